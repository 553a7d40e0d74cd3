import { type Caller, conflict, notFound } from "@fsm/core";
import { toOrderView } from "@fsm/store";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement, implementCreating } from "../http/operation";
import { routes } from "../routes";
import { placeOrder } from "../trading/place-order";
import { batchesOf } from "../trading/release";

/** Another buyer's order is as unknown as one that does not exist. */
const ownOrder = async ({ store }: AppDeps, caller: Caller, id: string) => {
  const found = await store.orders.get(id);
  if (!found || found.order.buyerId !== caller.orgId) throw notFound("Order", id);
  return found;
};

export const operations = [
  implementCreating(
    routes.createOrder,
    async ({ body, caller, request }, deps) => placeOrder(body, caller, deps, request),
    async (id, { caller }, deps) => {
      const { order, allocations } = await ownOrder(deps, caller, id);
      return toOrderView(order, allocations);
    },
  ),
  implement(routes.listOrders, async ({ query, caller }, { store }) => {
    const orders = await store.orders.listByBuyer(caller.orgId, query.status);
    const withAllocations = await Promise.all(orders.map((order) => store.orders.get(order.id)));
    return withAllocations.flatMap((found) => (found ? [toOrderView(found.order, found.allocations)] : []));
  }),
  implement(routes.getOrder, async ({ params, caller }, deps) => {
    const { order, allocations } = await ownOrder(deps, caller, params.id);
    return toOrderView(order, allocations);
  }),
  implement(routes.confirmOrder, async ({ params, caller }, deps) => {
    const { order, allocations } = await ownOrder(deps, caller, params.id);
    const now = deps.clock.now();
    const held = allocations.filter((allocation) => allocation.status === "held");
    if ((order.status !== "held" && order.status !== "partially-held") || held.length === 0) {
      throw conflict(`Order ${order.id} is ${order.status}; only held stock can be confirmed.`);
    }
    if (held.some((allocation) => (allocation.holdExpiresAt ?? "") <= now.toISOString())) {
      throw conflict(`The holds of order ${order.id} expired; place the order again.`, { reason: "hold-expired" });
    }
    await deps.store.orders.confirm(order, allocations, now);
    const updated = await ownOrder(deps, caller, params.id);
    return toOrderView(updated.order, updated.allocations);
  }),
  implement(routes.cancelOrder, async ({ params, caller }, deps) => {
    const { order, allocations } = await ownOrder(deps, caller, params.id);
    if (order.status !== "open" && order.status !== "partially-held" && order.status !== "held") {
      throw conflict(`Order ${order.id} is ${order.status}; it can no longer be cancelled.`);
    }
    const held = allocations.filter((allocation) => allocation.status === "held");
    await deps.store.orders.release(order, allocations, held, await batchesOf(deps, held), "cancelled", "cancelled", deps.clock.now());
    const updated = await ownOrder(deps, caller, params.id);
    return toOrderView(updated.order, updated.allocations);
  }),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
