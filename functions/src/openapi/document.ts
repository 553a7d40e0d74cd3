import { ProblemSchema } from "@fsm/core";
import * as z from "zod/mini";
import { idempotencyKeyHeader, longestIdempotencyKey } from "../http/create-once";
import { type RouteDefinition } from "../http/route";
import { routeList } from "../routes";

type JsonSchema = z.core.JSONSchema.BaseSchema;
type SchemaUse = "request" | "response";

const componentsPath = "#/components/schemas/";

/** Points `#/$defs/<id>` references (zod's, for one schema) at the document's shared components. */
const referencingComponents = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(referencingComponents);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? value.replace(/^#\/\$defs\//, componentsPath) : referencingComponents(value),
    ]),
  );
};

/**
 * Converts route schemas with zod's own JSON Schema generator (draft 2020-12, which OpenAPI 3.1
 * uses). Every schema registered with an `id` becomes one named component, referenced by `$ref`.
 */
const schemaConverter = () => {
  const components: Record<string, JsonSchema> = {};
  const convert = (schema: z.ZodMiniType, use: SchemaUse): JsonSchema => {
    const { $defs = {}, $schema: _dialect, ...root } = z.toJSONSchema(schema, {
      // A request is described as the client sends it (defaults optional), a response as the handler's parse leaves it.
      io: use === "request" ? "input" : "output",
      override: ({ zodSchema: { _zod: { def } }, jsonSchema }) => {
        // zod marks non-strict objects closed in output mode; responses stay open so a new field does not break strict clients.
        if (use === "response" && def.type === "object" && !def.catchall) delete jsonSchema.additionalProperties;
        // A format's own regex (date, date-time, email) lands in `pattern` (a regex of ours would make an `allOf`): `format` says it already.
        if (jsonSchema.format) delete jsonSchema.pattern;
        // `z.int()` means a safe integer: bounds of ±(2^53 - 1) restate it on every integer field.
        if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
        if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      },
    });
    for (const [id, definition] of Object.entries($defs)) {
      const component = referencingComponents(definition) as JsonSchema;
      const known = components[id];
      if (known && JSON.stringify(known) !== JSON.stringify(component)) {
        throw new Error(`OpenAPI component ${id} differs between uses; give the request and response shapes their own ids.`);
      }
      components[id] = component;
    }
    return referencingComponents(root) as JsonSchema;
  };
  return { components, convert };
};

type Converter = ReturnType<typeof schemaConverter>;

const parametersOf = (convert: Converter["convert"], schema: z.ZodMiniType | undefined, location: "path" | "query") => {
  if (!schema) return [];
  const { properties = {}, required = [] } = convert(schema, "request");
  return Object.entries(properties).map(([name, property]) => {
    const { description } = property as JsonSchema;
    return { name, in: location, required: location === "path" || required.includes(name), ...(description ? { description } : {}), schema: property };
  });
};

const idempotencyKeyParameter = {
  name: idempotencyKeyHeader,
  in: "header",
  required: false,
  description: "Kept 24 hours per caller and route: a repeat with the same path and body answers what the first request created; another path or body is a 409.",
  schema: { type: "string", minLength: 1, maxLength: longestIdempotencyKey },
};

const operationOf = (convert: Converter["convert"], route: RouteDefinition) => {
  const problem = (description: string) => ({
    description,
    content: { "application/problem+json": { schema: convert(ProblemSchema, "response") } },
  });
  const responses: Record<number, unknown> = {
    [route.status]: { description: "Success", content: { "application/json": { schema: convert(route.response, "response") } } },
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
  const parameters = [
    ...parametersOf(convert, route.params, "path"),
    ...parametersOf(convert, route.query, "query"),
    ...(route.idempotent ? [idempotencyKeyParameter] : []),
  ];
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.group],
    security: route.auth === "public" ? [] : [{ bearer: [] }],
    ...(route.localOnly ? { "x-local-only": true } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body ? { requestBody: { content: { "application/json": { schema: convert(route.body, "request") } } } } : {}),
    responses,
  };
};

let cached: Record<string, unknown> | undefined;

/** Generated once per process from the route table and the zod schemas. */
export const openApiDocument = (): Record<string, unknown> => {
  if (cached) return cached;
  const { components, convert } = schemaConverter();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routeList) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(convert, route) };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Factory-sharing marketplace API",
      version: "1.0.0",
      description: "Certified batches from Indonesia's factory-sharing sites, sold in bulk to industrial buyers.",
    },
    servers: [{ url: "/api", description: "Local runtime" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: components,
    },
    paths,
  };
  return cached;
};
