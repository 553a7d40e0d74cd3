import type { CatalogItem } from "../api/types";

export interface OrderEstimate {
  /** Stock the order could draw on at or under the price ceiling. */
  eligibleQuantity: number;
  coveredQuantity: number;
  goodsIdr: number;
  /** Known only when the catalog quotes freight to the destination; null otherwise. */
  freightIdr: number | null;
  lowestUnitPriceIdr: number | null;
  highestUnitPriceIdr: number | null;
  batches: number;
}

/**
 * A quick goods estimate from the public catalog while the buyer types: cheapest eligible stock
 * first. The matching engine decides the real mix (it adds freight and pickup costs), so the page
 * calls this an estimate and shows the engine's figures once the order is placed.
 */
/** Freight to the buyer's province, when the catalog quotes it (`?destinationProvince=`). */
const quotedFreight = (item: CatalogItem): number | null =>
  "freightPerUnitIdr" in item && typeof item.freightPerUnitIdr === "number" ? item.freightPerUnitIdr : null;

export const estimateOrder = (
  items: CatalogItem[],
  request: { quantity: number; maxUnitPriceIdr: number; deliverBy: string },
): OrderEstimate => {
  const eligible = items
    .filter((item) => item.unitPriceIdr <= request.maxUnitPriceIdr)
    .filter((item) => !item.bestBefore || item.bestBefore > request.deliverBy)
    .filter((item) => item.certificateValidUntil >= request.deliverBy)
    .sort((a, b) => a.unitPriceIdr - b.unitPriceIdr);
  let remaining = Math.max(0, request.quantity);
  let goodsIdr = 0;
  let freightIdr: number | null = 0;
  let batches = 0;
  let highest: number | null = null;
  for (const item of eligible) {
    if (remaining === 0) break;
    const take = Math.min(remaining, item.available);
    remaining -= take;
    goodsIdr += take * item.unitPriceIdr;
    const freight = quotedFreight(item);
    freightIdr = freight === null || freightIdr === null ? null : freightIdr + take * freight;
    batches += 1;
    highest = item.unitPriceIdr;
  }
  return {
    eligibleQuantity: eligible.reduce((sum, item) => sum + item.available, 0),
    coveredQuantity: Math.max(0, request.quantity) - remaining,
    goodsIdr,
    freightIdr: batches === 0 ? null : freightIdr,
    lowestUnitPriceIdr: eligible[0]?.unitPriceIdr ?? null,
    highestUnitPriceIdr: highest,
    batches,
  };
};
