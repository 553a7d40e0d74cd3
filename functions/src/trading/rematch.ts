import { findRulebook, gradeRank, isoDay, planHolds } from "@fsm/core";
import type { AppDeps } from "../deps";
import { retryWhenMoved } from "../retry-when-moved";

/**
 * Open demand meets new stock: each open order of the product, oldest first, tries to hold what it
 * still lacks. An order that may not be partial holds only if it can hold all it lacks.
 */
export const rematchOpenOrders = async (productId: string, deps: AppDeps) => {
  const { store, clock, settings } = deps;
  const rulebook = findRulebook(productId);
  if (!rulebook) return 0;
  let matched = 0;
  for (const waiting of await store.orders.listOpenDemand(productId)) {
    const placed = await retryWhenMoved(
      async () => {
        const current = await store.orders.get(waiting.id);
        if (!current || (current.order.status !== "open" && current.order.status !== "partially-held")) return false;
        const { order, allocations } = current;
        const now = clock.now();
        if (order.deliverBy < isoDay(now)) return false;
        const minGradeRank = gradeRank(rulebook, order.minGrade);
        const candidates = await store.catalog.candidates(productId, minGradeRank, order.deliverBy);
        const holds = planHolds(
          {
            ...order,
            quantity: order.quantity - order.heldQuantity,
            minGradeRank,
            unit: rulebook.unit,
            minAverage: order.minAverage?.[rulebook.keyParameter],
          },
          candidates,
        );
        if (holds.length === 0) return false;
        await store.orders.placeHolds(order, holds, { existing: allocations, now, holdSeconds: settings.holdTtlSeconds });
        return true;
      },
      () => new Error(`Re-matching order ${waiting.id} kept conflicting.`),
    ).catch((error: unknown) => {
      deps.logger.warn("re-match skipped an order", { orderId: waiting.id, error: error as Error });
      return false;
    });
    if (placed) matched += 1;
  }
  return matched;
};
