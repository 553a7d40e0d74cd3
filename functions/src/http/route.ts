import type { Role } from "@fsm/core";
import type * as z from "zod/mini";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * A route group becomes one Lambda function on AWS: routes that share data access and
 * dependencies, so that each function gets only the permissions its group needs.
 */
export type RouteGroup =
  | "system"
  | "identity"
  | "catalog"
  | "facilities"
  | "batches"
  | "quality"
  | "certificates"
  | "orders"
  | "allocations"
  | "stats";

export type DataAccess = "none" | "read" | "write";

export interface RouteDefinition {
  operationId: string;
  method: HttpMethod;
  /** Path relative to the API root, with `{name}` parameters as API Gateway writes them. */
  path: string;
  group: RouteGroup;
  summary: string;
  /** `public` routes have no authorizer; otherwise the roles that may call it. */
  auth: "public" | readonly Role[];
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  status: 200 | 201;
  /** What the route does to the table; infra grants exactly this. */
  dataAccess: DataAccess;
  /** Served by the local gateway only, never deployed (dev-login). */
  localOnly?: boolean;
  /** POSTs that create: `Idempotency-Key` replays the first response. */
  idempotent?: boolean;
  /** Other documented outcomes (besides the validation, auth and store failures every route has). */
  outcomes?: Partial<Record<404 | 409 | 422, string>>;
}

export const defineRoute = <const Route extends RouteDefinition>(route: Route) => route;

export const routeKey = (route: Pick<RouteDefinition, "method" | "path">) => `${route.method} ${route.path}`;

export const isPublic = (route: RouteDefinition) => route.auth === "public";
