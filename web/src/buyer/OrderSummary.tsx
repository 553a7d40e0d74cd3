import type { CatalogItem, Product } from "../api/types";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { useI18n } from "../i18n/I18nProvider";
import { provinceName } from "../i18n/provinces";
import { useFormat } from "../i18n/useFormat";
import { estimateOrder } from "./estimate";

interface Props {
  product: Product | undefined;
  stock: CatalogItem[] | null;
  stockError: unknown;
  quantity: number;
  maxUnitPriceIdr: number;
  deliverBy: string;
  destinationProvince: string;
}

/** The live summary beside the order form; announced politely as it changes. */
export const OrderSummary = ({ product, stock, stockError, quantity, maxUnitPriceIdr, deliverBy, destinationProvince }: Props) => {
  const { t } = useI18n();
  const format = useFormat();
  const unit = product?.unit ?? "";
  const estimate = stock ? estimateOrder(stock, { quantity, maxUnitPriceIdr: maxUnitPriceIdr || Number.MAX_SAFE_INTEGER, deliverBy }) : null;
  const short = estimate ? quantity - estimate.coveredQuantity : 0;
  return (
    <aside className="card summary" id="order-summary" aria-labelledby="summary-heading" aria-live="polite">
      <h2 id="summary-heading">{t("order.summary.title")}</h2>
      <ErrorNotice error={stockError} />
      {!estimate && !stockError && <Loading label={t("order.summary.loading")} />}
      {estimate && (
        <dl className="summary-lines">
          <div>
            <dt>{t("order.summary.requested")}</dt>
            <dd>{format.quantity(quantity, unit)}</dd>
          </div>
          <div>
            <dt>{t("order.summary.eligible")}</dt>
            <dd>{format.quantity(estimate.eligibleQuantity, unit)}</dd>
          </div>
          <div>
            <dt>{t("order.summary.priceRange")}</dt>
            <dd>
              {estimate.lowestUnitPriceIdr === null
                ? "—"
                : `${format.money(estimate.lowestUnitPriceIdr)} – ${format.money(estimate.highestUnitPriceIdr ?? estimate.lowestUnitPriceIdr)}`}
            </dd>
          </div>
          <div>
            <dt>{t("order.summary.goods")}</dt>
            <dd>{format.money(estimate.goodsIdr)}</dd>
          </div>
          <div>
            <dt>{t("order.summary.freight")}</dt>
            <dd>{estimate.freightIdr === null ? t("order.summary.freightLater", { destination: provinceName(destinationProvince) }) : format.money(estimate.freightIdr)}</dd>
          </div>
          <div className="summary-total">
            <dt>{t("order.summary.estimate")}</dt>
            <dd>{format.money(estimate.goodsIdr + (estimate.freightIdr ?? 0))}</dd>
          </div>
          {maxUnitPriceIdr > 0 && quantity > 0 && (
            <div>
              <dt>{t("order.summary.ceiling")}</dt>
              <dd>{format.money(maxUnitPriceIdr * quantity)}</dd>
            </div>
          )}
        </dl>
      )}
      {estimate && quantity > 0 && short > 0 && (
        <p className="notice notice-warning">{t("order.summary.short", { quantity: format.quantity(short, unit) })}</p>
      )}
      {estimate && quantity > 0 && short <= 0 && estimate.batches > 1 && (
        <p className="notice notice-info">{t("order.summary.split", { batches: estimate.batches })}</p>
      )}
      <p className="muted small">{t("order.summary.note")}</p>
    </aside>
  );
};
