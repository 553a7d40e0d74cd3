import { assertCanReadBatch, assertOwnsBatch, createBatch, findRulebook } from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";

export const operations = [
  implement(routes.createBatch, async ({ body, caller }, { store, clock, ids }) => {
    const batch = createBatch(body, {
      caller,
      facility: await store.directory.findFacility(body.facilityId),
      productKnown: findRulebook(body.productId) !== undefined,
      id: ids.next("bt"),
      now: clock.now(),
    });
    await store.batches.create(batch);
    return batch;
  }),
  implement(routes.listBatches, async ({ query, caller }, { store }) => store.batches.listByOwner(caller.orgId, query.status)),
  implement(routes.getBatch, async ({ params, caller }, { store }) =>
    assertCanReadBatch(caller, await store.batches.get(params.id), params.id),
  ),
  implement(routes.requestInspection, async ({ params, caller }, { store, clock }) => {
    const batch = assertOwnsBatch(caller, await store.batches.get(params.id), params.id);
    return store.batches.requestInspection(batch, clock.now());
  }),
  implement(routes.withdrawBatch, async ({ params, caller }, { store, clock }) => {
    const batch = assertOwnsBatch(caller, await store.batches.get(params.id), params.id);
    return store.batches.withdraw(batch, clock.now());
  }),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
