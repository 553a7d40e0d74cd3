import { productSummary, rulebooks } from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";

export const operations = [
  implement(routes.listProducts, async () => rulebooks.map(productSummary)),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
