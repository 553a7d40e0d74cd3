import { useState } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { Link } from "../router/Link";
import { FacilityPicker } from "./FacilityPicker";
import { useOfficerFacilities } from "./useOfficerFacilities";

/** Batches waiting for this officer's facility, oldest request first. */
export const InspectionsPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const facilities = useOfficerFacilities();
  const [chosen, setChosen] = useState("");
  const facilityId = chosen || facilities[0]?.id || "";
  const queue = useResource(() => unwrap(api.GET("/inspections", { params: { query: facilityId ? { facilityId } : {} } })), [facilityId]);
  const facility = reference.facility(facilityId);

  return (
    <>
      <PageHeader
        title={t("nav.inspections")}
        subtitle={facility ? facility.name : undefined}
        actions={
          <button type="button" className="button button-secondary" onClick={() => void queue.reload()}>
            {t("action.refresh")}
          </button>
        }
      />
      <FacilityPicker facilities={facilities} value={facilityId} onChange={setChosen} />
      <ErrorNotice error={queue.error} onRetry={() => void queue.reload()} />
      {!queue.data ? (
        !queue.error && <Loading />
      ) : queue.data.length === 0 ? (
        <p className="empty">{t("inspections.empty")}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t("field.batch")}</th>
              <th scope="col">{t("field.cooperative")}</th>
              <th scope="col" className="num">{t("field.quantity")}</th>
              <th scope="col">{t("inspections.requestedAt")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.data.map((batch) => {
              const product = reference.product(batch.productId);
              return (
                <tr key={batch.id}>
                  <td data-label={t("field.batch")}>
                    {productName(product, lang, batch.productId)}
                    <span className="muted block">
                      <code>{batch.id}</code>
                    </span>
                  </td>
                  <td data-label={t("field.cooperative")}>{reference.orgName(batch.cooperativeId)}</td>
                  <td data-label={t("field.quantity")} className="num">
                    {format.quantity(batch.total, product?.unit ?? "")}
                  </td>
                  <td data-label={t("inspections.requestedAt")}>{batch.inspectionRequestedAt ? format.dateTime(batch.inspectionRequestedAt) : "—"}</td>
                  <td>
                    <Link className="button button-small" to={`/officer/inspections/${encodeURIComponent(batch.id)}`}>
                      {t("inspections.inspect")}
                    </Link>
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
