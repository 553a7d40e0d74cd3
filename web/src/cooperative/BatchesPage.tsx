import { api } from "../api/client";
import { unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { BatchStatusBadge, GradeBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { Link } from "../router/Link";

export const BatchesPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const batches = useResource(() => unwrap(api.GET("/batches", { params: { query: {} } })), []);
  return (
    <>
      <PageHeader
        title={t("nav.myBatches")}
        subtitle={t("batches.lede")}
        actions={
          <Link to="/cooperative/batches/new" className="button">
            {t("nav.newBatch")}
          </Link>
        }
      />
      <ErrorNotice error={batches.error} onRetry={() => void batches.reload()} />
      {!batches.data ? (
        !batches.error && <Loading />
      ) : batches.data.length === 0 ? (
        <p className="empty">{t("batches.empty")}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t("field.batch")}</th>
              <th scope="col">{t("field.product")}</th>
              <th scope="col">{t("field.grade")}</th>
              <th scope="col" className="num">{t("field.available")}</th>
              <th scope="col" className="num">{t("field.reserved")}</th>
              <th scope="col" className="num">{t("field.shipped")}</th>
              <th scope="col">{t("field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {batches.data.map((batch) => {
              const product = reference.product(batch.productId);
              const unit = product?.unit ?? "";
              return (
                <tr key={batch.id}>
                  <td data-label={t("field.batch")}>
                    <Link to={`/cooperative/batches/${encodeURIComponent(batch.id)}`}>{format.date(batch.producedOn)}</Link>
                    <span className="muted block">
                      <code>{batch.id}</code>
                    </span>
                  </td>
                  <td data-label={t("field.product")}>{productName(product, lang, batch.productId)}</td>
                  <td data-label={t("field.grade")}>{batch.grade !== undefined ? <GradeBadge grade={batch.grade} /> : "—"}</td>
                  <td data-label={t("field.available")} className="num">
                    {format.quantity(batch.available, unit)}
                  </td>
                  <td data-label={t("field.reserved")} className="num">
                    {format.quantity(batch.reserved, unit)}
                  </td>
                  <td data-label={t("field.shipped")} className="num">
                    {format.quantity(batch.shipped, unit)}
                  </td>
                  <td data-label={t("field.status")}>
                    <BatchStatusBadge status={batch.status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
};
