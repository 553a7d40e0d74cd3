import {
  DevLoginRequestSchema,
  DevLoginResponseSchema,
  FacilitySchema,
  HealthSchema,
  ProductSchema,
  UserSchema,
  roles,
  z,
} from "@fsm/core";
import { defineRoute, type RouteDefinition } from "./http/route";

/**
 * THE route table: every route once. infra builds the HTTP API from it, the local gateway serves
 * it and the OpenAPI document is generated from it.
 */
export const routes = {
  health: defineRoute({
    operationId: "getHealth",
    method: "GET",
    path: "/health",
    group: "system",
    summary: "Liveness of the API.",
    auth: "public",
    response: HealthSchema,
    status: 200,
    dataAccess: "none",
  }),
  openApi: defineRoute({
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/openapi.json",
    group: "system",
    summary: "This API's OpenAPI 3.1 document, generated from the route table.",
    auth: "public",
    response: z.record(z.string(), z.unknown()),
    status: 200,
    dataAccess: "none",
  }),
  listProducts: defineRoute({
    operationId: "listProducts",
    method: "GET",
    path: "/products",
    group: "catalog",
    summary: "Products with their grades (best first), parameters and rulebook version.",
    auth: "public",
    response: z.array(ProductSchema),
    status: 200,
    dataAccess: "none",
  }),
  listFacilities: defineRoute({
    operationId: "listFacilities",
    method: "GET",
    path: "/facilities",
    group: "facilities",
    summary: "The factory-sharing sites and the cooperatives that produce there.",
    auth: "public",
    response: z.array(FacilitySchema),
    status: 200,
    dataAccess: "read",
  }),
  devLogin: defineRoute({
    operationId: "devLogin",
    method: "POST",
    path: "/auth/dev-login",
    group: "identity",
    summary: "Local only: a token for a seeded demo account.",
    auth: "public",
    body: DevLoginRequestSchema,
    response: DevLoginResponseSchema,
    status: 200,
    dataAccess: "read",
    localOnly: true,
    outcomes: { 404: "No demo account has that email." },
  }),
  me: defineRoute({
    operationId: "getMe",
    method: "GET",
    path: "/me",
    group: "identity",
    summary: "Who the token belongs to.",
    auth: roles,
    response: UserSchema,
    status: 200,
    dataAccess: "none",
  }),
} as const satisfies Record<string, RouteDefinition>;

export const routeList: RouteDefinition[] = Object.values(routes);
