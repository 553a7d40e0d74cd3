import { handlerEntry } from "@fsm/functions/handlers";
import { type DataAccess, isPublic, type RouteDefinition, type RouteGroup, routeKey } from "@fsm/functions/http/route";
import { routeList } from "@fsm/functions/routes";

/**
 * What the route table means for AWS: which routes are deployed, which Lambda serves each group and
 * what that Lambda may do to the table. Everything here is derived from `functions/src/routes.ts`;
 * infra never keeps its own copy of a route.
 */

const accessRank: Record<DataAccess, number> = { none: 0, read: 1, write: 2 };

export interface GroupPlan {
  group: RouteGroup;
  /** `functions/src/<group>/handler.handler`, from `handlerEntry`. */
  handler: string;
  routes: RouteDefinition[];
  /** The widest `dataAccess` among the group's deployed routes. */
  dataAccess: DataAccess;
}

/** Routes that exist on AWS: everything but `localOnly` ones (dev-login is never deployed). */
export const deployedRoutes = (routes: readonly RouteDefinition[] = routeList) => routes.filter((route) => !route.localOnly);

/** One plan per route group that has at least one deployed route, in route-table order. */
export const groupPlans = (routes: readonly RouteDefinition[] = routeList): GroupPlan[] => {
  const plans = new Map<RouteGroup, GroupPlan>();
  for (const route of deployedRoutes(routes)) {
    const plan = plans.get(route.group) ?? {
      group: route.group,
      handler: handlerEntry(route.group),
      routes: [],
      dataAccess: "none" as DataAccess,
    };
    plan.routes.push(route);
    if (accessRank[route.dataAccess] > accessRank[plan.dataAccess]) plan.dataAccess = route.dataAccess;
    plans.set(route.group, plan);
  }
  return [...plans.values()];
};

/** The HTTP methods the deployed routes use (for the CORS preflight answer). */
export const routeMethods = (routes: readonly RouteDefinition[] = routeList) => [...new Set(deployedRoutes(routes).map((route) => route.method))];

export const authorizerFor = (route: RouteDefinition): "none" | "jwt" => (isPublic(route) ? "none" : "jwt");

export { routeKey };

/** `batches` -> `Batches`, for construct ids. */
export const pascal = (name: string) => name.replace(/(^|[-_])(\w)/g, (_match, _sep: string, char: string) => char.toUpperCase());
