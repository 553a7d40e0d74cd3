import type { Allocation, OrderStatus } from "../schemas/order";

const activeStatuses = new Set<Allocation["status"]>(["held", "confirmed", "shipped", "delivered"]);

export const isActive = (allocation: Pick<Allocation, "status">) => activeStatuses.has(allocation.status);

export const heldQuantityOf = (allocations: Pick<Allocation, "status" | "quantity">[]) =>
  allocations.filter(isActive).reduce((sum, allocation) => sum + allocation.quantity, 0);

/** The status of an order still collecting stock, from how much of it is held. */
export const holdingStatus = (quantity: number, heldQuantity: number): OrderStatus =>
  heldQuantity >= quantity ? "held" : heldQuantity > 0 ? "partially-held" : "open";

/** Open demand: orders that still want stock and are re-matched when new stock is listed. */
export const wantsMoreStock = (status: OrderStatus) => status === "open" || status === "partially-held";

export const orderTotals = (allocations: Pick<Allocation, "status" | "quantity" | "unitPriceIdr" | "freightPerUnitIdr" | "pickupCostIdr">[]) => {
  const active = allocations.filter(isActive);
  const goodsIdr = active.reduce((sum, allocation) => sum + allocation.quantity * allocation.unitPriceIdr, 0);
  const freightIdr = active.reduce(
    (sum, allocation) => sum + allocation.quantity * allocation.freightPerUnitIdr + allocation.pickupCostIdr,
    0,
  );
  return { goodsIdr, freightIdr, totalIdr: goodsIdr + freightIdr };
};
