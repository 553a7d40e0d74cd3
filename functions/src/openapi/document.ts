import { OpenApiGeneratorV31, OpenAPIRegistry, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ProblemSchema } from "@fsm/core";
import type { z } from "zod";
import { type RouteDefinition } from "../http/route";
import { routeList } from "../routes";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

const outcomesOf = (route: RouteDefinition): RouteConfig["responses"] => {
  const responses: RouteConfig["responses"] = {
    [route.status]: { description: "Success", content: { "application/json": { schema: route.response } } },
    400: problem("Malformed JSON or input that does not match the schema; `errors` lists each field."),
    413: problem("Body over 64 KiB."),
    503: problem("The store is unavailable; retry after `Retry-After` seconds."),
  };
  if (route.auth !== "public") {
    responses[401] = problem("No token, or an invalid one.");
    responses[403] = problem(`Only for: ${route.auth.join(", ")}; or another organisation's resource.`);
  }
  for (const [status, description] of Object.entries(route.outcomes ?? {})) {
    responses[Number(status)] = problem(description);
  }
  return responses;
};

const registerRoute = (registry: OpenAPIRegistry, route: RouteDefinition) => {
  registry.registerPath({
    operationId: route.operationId,
    method: route.method.toLowerCase() as RouteConfig["method"],
    path: route.path,
    summary: route.summary,
    tags: [route.group],
    security: route.auth === "public" ? [] : [{ bearer: [] }],
    request: {
      params: route.params as z.ZodObject | undefined,
      query: route.query as z.ZodObject | undefined,
      body: route.body ? { content: { "application/json": { schema: route.body } } } : undefined,
      headers: undefined,
    },
    responses: outcomesOf(route),
    ...(route.localOnly ? { "x-local-only": true } : {}),
  });
};

let cached: Record<string, unknown> | undefined;

/** Generated once per process from the route table and the zod schemas. */
export const openApiDocument = (): Record<string, unknown> => {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  for (const route of routeList) registerRoute(registry, route);
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Factory-sharing marketplace API",
      version: "1.0.0",
      description: "Certified batches from Indonesia's factory-sharing sites, sold in bulk to industrial buyers.",
    },
    servers: [{ url: "/api", description: "Local runtime" }],
  }) as unknown as Record<string, unknown>;
  return cached;
};
