import { type FieldProblem, invalidInput } from "@fsm/core";
import type * as z from "zod/mini";
import type { RouteDefinition } from "../route";
import type { RouteMiddleware } from "./route-middleware";

export interface ValidatedInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

const problemsOf = (where: string, error: z.core.$ZodError): FieldProblem[] =>
  error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));

/** Parses path, query and body with the route's zod schemas; every problem is reported at once. */
export const validateRequest = (route: RouteDefinition): RouteMiddleware => ({
  before: (request) => {
    const { event } = request;
    const problems: FieldProblem[] = [];
    const parse = (where: string, schema: z.ZodMiniType | undefined, value: unknown) => {
      if (!schema) return undefined;
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      problems.push(...problemsOf(where, result.error));
      return undefined;
    };
    const input: ValidatedInput = {
      params: parse("params", route.params, event.pathParameters ?? {}),
      query: parse("query", route.query, event.queryStringParameters ?? {}),
      body: parse("body", route.body, event.body),
    };
    if (problems.length > 0) throw invalidInput("The request does not match the schema.", problems);
    request.context.input = input;
  },
});
