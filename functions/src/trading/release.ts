import type { Allocation, Batch, OrderStatus } from "@fsm/core";
import { heldQuantityOf, holdingStatus } from "@fsm/core";
import type { StoredOrder } from "@fsm/store";
import type { AppDeps } from "../deps";

export const batchesOf = async ({ store }: AppDeps, allocations: Allocation[]) => {
  const ids = [...new Set(allocations.map((allocation) => allocation.batchId))];
  const batches = await Promise.all(ids.map((id) => store.batches.get(id)));
  return new Map(batches.filter((batch): batch is Batch => batch !== undefined).map((batch) => [batch.id, batch]));
};

/** After expired holds go: nothing left held means the order expired; otherwise it keeps collecting. */
const statusAfterExpiry = (order: StoredOrder, remaining: Allocation[]): OrderStatus => {
  const held = heldQuantityOf(remaining);
  return held === 0 ? "expired" : holdingStatus(order.quantity, held);
};

/** The scheduled job: returns the stock of every hold past its expiry, one transaction per order. */
export const releaseExpiredHolds = async (deps: AppDeps) => {
  const { store, clock } = deps;
  const now = clock.now();
  const stamp = now.toISOString();
  const expired = await store.orders.expiredHolds(now);
  const orderIds = [...new Set(expired.map((allocation) => allocation.orderId))];
  let released = 0;
  for (const orderId of orderIds) {
    const current = await store.orders.get(orderId);
    if (!current) continue;
    const { order, allocations } = current;
    const due = allocations.filter((allocation) => allocation.status === "held" && (allocation.holdExpiresAt ?? "") <= stamp);
    if (due.length === 0) continue;
    const remaining = allocations.filter((allocation) => !due.includes(allocation));
    try {
      await store.orders.release(order, allocations, due, await batchesOf(deps, due), "expired", statusAfterExpiry(order, remaining), now);
      released += due.length;
    } catch (error) {
      deps.logger.warn("hold release deferred to the next run", { orderId, error: error as Error });
    }
  }
  return released;
};
