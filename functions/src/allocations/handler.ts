import { businessRule, conflict, notFound } from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";

const allocationOrNotFound = async ({ store }: AppDeps, id: string, visibleTo: (allocation: { cooperativeId: string; buyerId: string }) => boolean) => {
  const allocation = await store.orders.getAllocation(id);
  if (!allocation || !visibleTo(allocation)) throw notFound("Allocation", id);
  return allocation;
};

export const operations = [
  implement(routes.listAllocations, async ({ query, caller }, { store }) =>
    store.orders.listAllocationsForCooperative(caller.orgId, query.status),
  ),
  implement(routes.shipAllocation, async ({ params, body, caller }, deps) => {
    const allocation = await allocationOrNotFound(deps, params.id, (found) => found.cooperativeId === caller.orgId);
    if (allocation.status !== "confirmed") throw conflict(`Allocation ${allocation.id} is ${allocation.status}; only confirmed allocations ship.`);
    const batch = await deps.store.batches.get(allocation.batchId);
    if (!batch) throw notFound("Batch", allocation.batchId);
    await deps.store.orders.ship(allocation, batch, body.waybill, deps.clock.now());
    return (await deps.store.orders.getAllocation(allocation.id)) ?? allocation;
  }),
  implement(routes.receiveAllocation, async ({ params, body, caller }, deps) => {
    const allocation = await allocationOrNotFound(deps, params.id, (found) => found.buyerId === caller.orgId);
    if (allocation.status !== "shipped") throw conflict(`Allocation ${allocation.id} is ${allocation.status}; only shipped goods can be received.`);
    if (body.receivedQuantity > allocation.quantity) {
      throw businessRule(`Received ${body.receivedQuantity} but ${allocation.quantity} were shipped.`, [
        { path: "body.receivedQuantity", message: `at most ${allocation.quantity}` },
      ]);
    }
    const found = await deps.store.orders.get(allocation.orderId);
    if (!found) throw notFound("Order", allocation.orderId);
    await deps.store.orders.receive(found.order, found.allocations, allocation, body.receivedQuantity, deps.clock.now());
    return (await deps.store.orders.getAllocation(allocation.id)) ?? allocation;
  }),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
