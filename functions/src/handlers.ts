import type { AppDeps } from "./deps";
import type { HttpHandler } from "./http/group-handler";
import type { RouteGroup } from "./http/route";
import * as batches from "./batches/handler";
import * as certificates from "./certificates/handler";
import * as quality from "./quality/handler";
import * as allocations from "./allocations/handler";
import * as orders from "./orders/handler";
import * as stats from "./stats/handler";
import * as catalog from "./catalog/handler";
import * as facilities from "./facilities/handler";
import * as identity from "./identity/handler";
import * as system from "./system/handler";

/**
 * Each group's module, as deployed: infra points a function at `functions/src/<group>/handler.handler`,
 * the local gateway calls the same module's `makeHandler` with local dependencies.
 */
export const groupModules: Partial<Record<RouteGroup, { makeHandler: (deps: AppDeps) => HttpHandler; operations: { route: { operationId: string; idempotent?: boolean }; replay?: unknown }[] }>> = {
  system,
  identity,
  batches,
  quality,
  certificates,
  orders,
  allocations,
  stats,
  catalog,
  facilities,
};

export const handlerEntry = (group: RouteGroup) => `functions/src/${group}/handler.handler`;
