import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { openApiDocument } from "../openapi/document";
import { routes } from "../routes";
import { type AppDeps, productionDeps } from "../deps";

export const operations = [
  implement(routes.health, async () => ({ status: "ok" as const })),
  implement(routes.openApi, async () => openApiDocument()),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
