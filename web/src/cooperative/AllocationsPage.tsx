import { api } from "../api/client";
import { unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { AllocationStatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { provinceName } from "../i18n/provinces";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { Link } from "../router/Link";
import { ShipForm } from "./ShipForm";

/** What buyers took from our batches; confirmed ones are ready to ship. */
export const AllocationsPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const allocations = useResource(() => unwrap(api.GET("/allocations", { params: { query: {} } })), []);
  return (
    <>
      <PageHeader title={t("nav.allocations")} subtitle={t("allocations.lede")} />
      <ErrorNotice error={allocations.error} onRetry={() => void allocations.reload()} />
      {!allocations.data ? (
        !allocations.error && <Loading />
      ) : allocations.data.length === 0 ? (
        <p className="empty">{t("allocations.empty")}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t("field.batch")}</th>
              <th scope="col">{t("field.buyer")}</th>
              <th scope="col" className="num">{t("field.quantity")}</th>
              <th scope="col" className="num">{t("field.value")}</th>
              <th scope="col">{t("field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {allocations.data.map((allocation) => {
              const product = reference.product(allocation.productId);
              const unit = product?.unit ?? "";
              return (
                <tr key={allocation.id}>
                  <td data-label={t("field.batch")}>
                    <Link to={`/cooperative/batches/${encodeURIComponent(allocation.batchId)}`}>{productName(product, lang, allocation.productId)}</Link>
                    <span className="muted block">
                      <code>{allocation.batchId}</code>
                    </span>
                  </td>
                  <td data-label={t("field.buyer")}>
                    {reference.orgName(allocation.buyerId)}
                    <span className="muted block">{format.dateTime(allocation.createdAt)}</span>
                  </td>
                  <td data-label={t("field.quantity")} className="num">
                    {format.quantity(allocation.quantity, unit)}
                  </td>
                  <td data-label={t("field.value")} className="num">
                    {format.money(allocation.quantity * allocation.unitPriceIdr)}
                  </td>
                  <td data-label={t("field.status")}>
                    <AllocationStatusBadge status={allocation.status} />
                    {allocation.waybill && (
                      <span className="block muted">
                        {t("field.waybill")}: <code>{allocation.waybill}</code>
                      </span>
                    )}
                    {allocation.status === "confirmed" && <ShipForm allocation={allocation} onShipped={() => void allocations.reload()} />}
                    {allocation.status === "held" && <span className="block muted">{t("allocations.heldHint")}</span>}
                    {allocation.status === "delivered" && allocation.receivedQuantity !== undefined && (
                      <span className="block muted">{t("order.received", { quantity: format.quantity(allocation.receivedQuantity, unit) })}</span>
                    )}
                    {reference.facility(allocation.facilityId) && allocation.status === "confirmed" && (
                      <span className="block muted small">{provinceName(reference.facility(allocation.facilityId)?.province ?? "")}</span>
                    )}
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
