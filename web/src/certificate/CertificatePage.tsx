import { api } from "../api/client";
import { unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { QrCode } from "../components/QrCode";
import { CertificateStatusBadge, GradeBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { provinceName } from "../i18n/provinces";
import { useFormat } from "../i18n/useFormat";
import { parameterName, productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import type { PageProps } from "../routes";
import { RevokePanel } from "./RevokePanel";
import { ShortfallNote } from "./ShortfallNote";
import { SignatureStatus } from "./SignatureStatus";

/** Public: anyone holding the paper or the QR code can check the certificate, no account needed. */
export const CertificatePage = ({ params }: PageProps) => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const id = params.id ?? "";
  const certificate = useResource(() => unwrap(api.GET("/certificates/{id}", { params: { path: { id } } })), [id]);

  if (certificate.error) {
    return (
      <>
        <PageHeader title={t("certificate.title")} />
        <ErrorNotice error={certificate.error} onRetry={() => void certificate.reload()} />
      </>
    );
  }
  if (!certificate.data) return <Loading />;

  const data = certificate.data;
  const product = reference.product(data.productId);
  const facility = reference.facility(data.facilityId);
  const url = `${window.location.origin}/certificates/${encodeURIComponent(data.id)}`;
  const parameter = (key: string) => product?.parameters.find((candidate) => candidate.key === key);

  return (
    <article className="certificate">
      <p className="print-only print-brand">
        {t("app.name")} · {url}
      </p>
      <PageHeader
        title={t("certificate.title")}
        subtitle={
          <>
            {t("certificate.number")} <code>{data.id}</code>
          </>
        }
        actions={
          <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
            {t("certificate.print")}
          </button>
        }
      />

      <div className="certificate-top">
        <dl className="facts">
          <div>
            <dt>{t("field.product")}</dt>
            <dd>{productName(product, lang, data.productId)}</dd>
          </div>
          <div>
            <dt>{t("field.grade")}</dt>
            <dd>
              <GradeBadge grade={data.grade} />
            </dd>
          </div>
          <div>
            <dt>{t("field.status")}</dt>
            <dd>
              <CertificateStatusBadge status={data.status} />
            </dd>
          </div>
          <div>
            <dt>{t("field.quantity")}</dt>
            <dd>{format.quantity(data.quantity, product?.unit ?? "")}</dd>
          </div>
          <div>
            <dt>{t("field.facility")}</dt>
            <dd>
              {facility?.name ?? data.facilityId}
              {facility && <span className="muted block">{`${facility.regency}, ${provinceName(facility.province)}`}</span>}
            </dd>
          </div>
          <div>
            <dt>{t("field.cooperative")}</dt>
            <dd>{reference.orgName(data.cooperativeId)}</dd>
          </div>
          <div>
            <dt>{data.scope === "pooled-delivery" ? t("certificate.pooled") : t("field.batch")}</dt>
            <dd>
              {(data.scope === "pooled-delivery" && data.pooledBatchIds?.length ? data.pooledBatchIds : [data.batchId]).map((batchId) => (
                <code key={batchId} className="block">
                  {batchId}
                </code>
              ))}
            </dd>
          </div>
          <div>
            <dt>{t("field.rulebook")}</dt>
            <dd>{data.rulebookVersion}</dd>
          </div>
          <div>
            <dt>{t("field.measuredOn")}</dt>
            <dd>{format.date(data.measuredOn)}</dd>
          </div>
          <div>
            <dt>{t("field.issuedAt")}</dt>
            <dd>{format.dateTime(data.issuedAt)}</dd>
          </div>
          <div>
            <dt>{t("field.validUntil")}</dt>
            <dd>{format.date(data.validUntil)}</dd>
          </div>
          <div>
            <dt>{t("field.officer")}</dt>
            <dd>{data.officerId}</dd>
          </div>
        </dl>
        <figure className="certificate-qr">
          <QrCode value={url} label={t("certificate.qrLabel")} size={132} />
          <figcaption>{t("certificate.qrCaption")}</figcaption>
        </figure>
      </div>

      {data.status === "revoked" && (
        <p className="notice notice-error">
          {t("certificate.revokedOn", { date: data.revokedAt ? format.dateTime(data.revokedAt) : "—" })}
          {data.revocationReason && ` — ${data.revocationReason}`}
        </p>
      )}

      <SignatureStatus certificate={data} />

      <section aria-labelledby="measurements-heading">
        <h2 id="measurements-heading">{t("certificate.measurements")}</h2>
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t("field.parameter")}</th>
              <th scope="col" className="num">{t("field.value")}</th>
              <th scope="col">{t("field.equipment")}</th>
              <th scope="col">{t("field.calibration")}</th>
            </tr>
          </thead>
          <tbody>
            {data.measurements.map((measurement) => {
              const definition = parameter(measurement.parameter);
              return (
                <tr key={measurement.parameter}>
                  <td data-label={t("field.parameter")}>{definition ? parameterName(definition, lang) : measurement.parameter}</td>
                  <td data-label={t("field.value")} className="num">
                    {format.number(measurement.value)} {measurement.unit !== "-" ? measurement.unit : ""}
                  </td>
                  <td data-label={t("field.equipment")}>
                    {measurement.equipmentKind} · <code>{measurement.equipmentSerial}</code>
                  </td>
                  <td data-label={t("field.calibration")}>
                    {format.date(measurement.calibratedOn)} – {format.date(measurement.calibrationValidUntil)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <ShortfallNote certificate={data} product={product} />
      <RevokePanel certificate={data} onRevoked={() => void certificate.reload()} />
    </article>
  );
};
