import { useState } from "react";
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
import type { PageProps } from "../routes";
import { Link } from "../router/Link";

export const BatchPage = ({ params }: PageProps) => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const id = params.id ?? "";
  const batch = useResource(() => unwrap(api.GET("/batches/{id}", { params: { path: { id } } })), [id]);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();

  if (batch.error && !batch.data) return <ErrorNotice error={batch.error} onRetry={() => void batch.reload()} />;
  if (!batch.data) return <Loading />;
  const data = batch.data;
  const product = reference.product(data.productId);
  const facility = reference.facility(data.facilityId);
  const unit = product?.unit ?? "";

  const act = async (action: "inspection" | "withdrawal") => {
    if (action === "withdrawal" && !window.confirm(t("batch.withdrawConfirm"))) return;
    setBusy(true);
    setActionError(undefined);
    try {
      const path = { params: { path: { id } } };
      await unwrap(action === "inspection" ? api.POST("/batches/{id}/inspection-request", path) : api.POST("/batches/{id}/withdrawal", path));
      await batch.reload();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t("batch.title", { product: productName(product, lang, data.productId) })}
        subtitle={<code>{data.id}</code>}
        actions={<BatchStatusBadge status={data.status} />}
      />
      <p>
        <Link to="/cooperative/batches">← {t("nav.myBatches")}</Link>
      </p>
      <div className="split">
        <section className="card" aria-labelledby="batch-facts">
          <h2 id="batch-facts">{t("batch.details")}</h2>
          <dl className="facts facts-compact">
            <div>
              <dt>{t("field.facility")}</dt>
              <dd>{facility?.name ?? data.facilityId}</dd>
            </div>
            <div>
              <dt>{t("field.producedOn")}</dt>
              <dd>{format.date(data.producedOn)}</dd>
            </div>
            <div>
              <dt>{t("field.bestBefore")}</dt>
              <dd>{data.bestBefore ? format.date(data.bestBefore) : "—"}</dd>
            </div>
            <div>
              <dt>{t("field.unitPrice")}</dt>
              <dd>{format.money(data.unitPriceIdr)}</dd>
            </div>
            <div>
              <dt>{t("field.total")}</dt>
              <dd>{format.quantity(data.total, unit)}</dd>
            </div>
            <div>
              <dt>{t("field.available")}</dt>
              <dd>{format.quantity(data.available, unit)}</dd>
            </div>
            <div>
              <dt>{t("field.reserved")}</dt>
              <dd>{format.quantity(data.reserved, unit)}</dd>
            </div>
            <div>
              <dt>{t("field.shipped")}</dt>
              <dd>{format.quantity(data.shipped, unit)}</dd>
            </div>
          </dl>
        </section>
        <section className="card" aria-labelledby="batch-quality">
          <h2 id="batch-quality">{t("batch.quality")}</h2>
          {data.certificateId ? (
            <>
              <p>
                {t("field.grade")}: <GradeBadge grade={data.grade} />
              </p>
              {data.certificateValidUntil && <p>{t("batch.validUntil", { date: format.date(data.certificateValidUntil) })}</p>}
              <Link className="button button-secondary" to={`/certificates/${encodeURIComponent(data.certificateId)}`}>
                {t("batch.viewCertificate")}
              </Link>
            </>
          ) : (
            <p>{t(`batch.explain.${data.status}`)}</p>
          )}
          <ErrorNotice error={actionError} />
          <div className="button-row">
            {data.status === "draft" && (
              <button type="button" className="button" disabled={busy} onClick={() => void act("inspection")}>
                {t("batch.requestInspection")}
              </button>
            )}
            {data.status !== "withdrawn" && data.status !== "sold-out" && data.status !== "rejected" && (
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act("withdrawal")}>
                {t("batch.withdraw")}
              </button>
            )}
          </div>
        </section>
      </div>
      {data.contributions.length > 0 && (
        <section aria-labelledby="contributions-heading">
          <h2 id="contributions-heading">{t("batch.contributions")}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("batch.member")}</th>
                <th scope="col" className="num">{t("field.quantity")}</th>
              </tr>
            </thead>
            <tbody>
              {data.contributions.map((contribution, index) => (
                <tr key={`${contribution.memberName}-${index}`}>
                  <td>{contribution.memberName}</td>
                  <td className="num">{format.quantity(contribution.quantity, unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
};
