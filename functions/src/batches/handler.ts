import { assertCanReadBatch, assertOwnsBatch } from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement, implementCreating } from "../http/operation";
import { declareBatch } from "../production/declare-batch";
import { routes } from "../routes";

export const operations = [
  implementCreating(
    routes.createBatch,
    async ({ body, caller, request }, deps) => declareBatch(body, caller, deps, request),
    async (id, { caller }, { store }) => assertOwnsBatch(caller, await store.batches.get(id), id),
  ),
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
