import { api } from "../api/client";
import { unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { CertificateStatusBadge, GradeBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { Link } from "../router/Link";

/** The cooperative's certificates: grade, validity and status at a glance, each linking to the public page. */
export const CertificatesPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const certificates = useResource(() => unwrap(api.GET("/certificates")), []);
  return (
    <>
      <PageHeader title={t("nav.certificates")} subtitle={t("certificates.lede")} />
      <ErrorNotice error={certificates.error} onRetry={() => void certificates.reload()} />
      {!certificates.data ? (
        !certificates.error && <Loading />
      ) : certificates.data.length === 0 ? (
        <p className="empty">{t("certificates.empty")}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t("field.certificate")}</th>
              <th scope="col">{t("field.product")}</th>
              <th scope="col">{t("field.grade")}</th>
              <th scope="col" className="num">{t("field.quantity")}</th>
              <th scope="col">{t("field.validUntil")}</th>
              <th scope="col">{t("field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.data.map((certificate) => {
              const product = reference.product(certificate.productId);
              return (
                <tr key={certificate.id}>
                  <td data-label={t("field.certificate")}>
                    <Link to={`/certificates/${encodeURIComponent(certificate.id)}`}>{format.date(certificate.measuredOn)}</Link>
                    <span className="muted block">
                      <code>{certificate.id}</code>
                    </span>
                  </td>
                  <td data-label={t("field.product")}>{productName(product, lang, certificate.productId)}</td>
                  <td data-label={t("field.grade")}>
                    <GradeBadge grade={certificate.grade} />
                  </td>
                  <td data-label={t("field.quantity")} className="num">
                    {format.quantity(certificate.quantity, product?.unit ?? "")}
                  </td>
                  <td data-label={t("field.validUntil")}>{format.date(certificate.validUntil)}</td>
                  <td data-label={t("field.status")}>
                    <CertificateStatusBadge status={certificate.status} />
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
