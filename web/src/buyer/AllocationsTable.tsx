import type { Order } from "../api/types";
import { Countdown } from "../components/Countdown";
import { AllocationStatusBadge, GradeBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { provinceName } from "../i18n/provinces";
import { useFormat } from "../i18n/useFormat";
import { useReference } from "../reference/ReferenceProvider";
import { ReceiptForm } from "./ReceiptForm";

/** The proposed (then confirmed, shipped, delivered) split of the order across cooperatives and batches. */
export const AllocationsTable = ({ order, unit, onChanged }: { order: Order; unit: string; onChanged: () => void }) => {
  const { t } = useI18n();
  const format = useFormat();
  const reference = useReference();
  if (order.allocations.length === 0) return <p className="empty">{t(order.status === "open" ? "order.noAllocationsOpen" : "order.noAllocations")}</p>;
  return (
    <table className="table table-stack">
      <thead>
        <tr>
          <th scope="col">{t("field.cooperative")}</th>
          <th scope="col">{t("field.batch")}</th>
          <th scope="col" className="num">{t("field.quantity")}</th>
          <th scope="col" className="num">{t("field.unitPrice")}</th>
          <th scope="col" className="num">{t("field.freightPerUnit")}</th>
          <th scope="col" className="num">{t("field.subtotal")}</th>
          <th scope="col">{t("field.status")}</th>
        </tr>
      </thead>
      <tbody>
        {order.allocations.map((allocation) => {
          const facility = reference.facility(allocation.facilityId);
          const subtotal = allocation.quantity * (allocation.unitPriceIdr + allocation.freightPerUnitIdr) + allocation.pickupCostIdr;
          return (
            <tr key={allocation.id}>
              <td data-label={t("field.cooperative")}>
                {reference.orgName(allocation.cooperativeId)}
                <span className="muted block">{facility ? `${facility.name}, ${provinceName(facility.province)}` : allocation.facilityId}</span>
              </td>
              <td data-label={t("field.batch")}>
                <code>{allocation.batchId}</code> <GradeBadge grade={allocation.grade} />
              </td>
              <td data-label={t("field.quantity")} className="num">
                {format.quantity(allocation.quantity, unit)}
              </td>
              <td data-label={t("field.unitPrice")} className="num">
                {format.money(allocation.unitPriceIdr)}
              </td>
              <td data-label={t("field.freightPerUnit")} className="num">
                {format.money(allocation.freightPerUnitIdr)}
              </td>
              <td data-label={t("field.subtotal")} className="num">
                {format.money(subtotal)}
              </td>
              <td data-label={t("field.status")}>
                <AllocationStatusBadge status={allocation.status} />
                {allocation.status === "held" && allocation.holdExpiresAt && (
                  <span className="block">
                    <Countdown until={allocation.holdExpiresAt} onExpire={onChanged} />
                  </span>
                )}
                {allocation.certificateRevoked && <span className="block warning-text">{t("order.certificateRevoked")}</span>}
                {allocation.releaseReason && <span className="block muted">{t(`releaseReason.${allocation.releaseReason}`)}</span>}
                {allocation.waybill && (
                  <span className="block muted">
                    {t("field.waybill")}: <code>{allocation.waybill}</code>
                    {allocation.shippedAt && ` · ${format.dateTime(allocation.shippedAt)}`}
                  </span>
                )}
                {allocation.status === "delivered" && allocation.receivedQuantity !== undefined && (
                  <span className="block muted">{t("order.received", { quantity: format.quantity(allocation.receivedQuantity, unit) })}</span>
                )}
                {allocation.status === "shipped" && <ReceiptForm allocation={allocation} unit={unit} onRecorded={onChanged} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
