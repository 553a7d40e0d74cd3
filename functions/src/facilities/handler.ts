import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";

export const operations = [
  implement(routes.listFacilities, async (_input, { store }) => store.directory.listFacilities()),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
