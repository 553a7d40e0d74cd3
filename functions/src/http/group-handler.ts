import middy from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import httpJsonBodyParser from "@middy/http-json-body-parser";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import type { AppDeps } from "../deps";
import { bodyLimit } from "./middleware/body-limit";
import { callerContext } from "./middleware/caller-context";
import { problemErrors } from "./middleware/problem-errors";
import type { RouteContext } from "./middleware/route-middleware";
import { validateRequest, type ValidatedInput } from "./middleware/validate-request";
import { createOnce, createRequestOf, idempotencyKeyHeader } from "./create-once";
import type { Operation, OperationInput } from "./operation";
import { problemResponse } from "./problem";
import { type RouteDefinition, routeKey } from "./route";

export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** The route's use case; a creating route given an `Idempotency-Key` runs it once per key. */
const runOperation = (operation: Operation, input: OperationInput<RouteDefinition>, key: string | undefined, deps: AppDeps) => {
  const { route, replay } = operation;
  if (!replay || key === undefined || !input.caller) return operation.run(input, deps);
  const request = createRequestOf(route, input.caller, key, input);
  return createOnce(
    request,
    { store: deps.store, now: deps.clock.now() },
    () => operation.run({ ...input, request }, deps),
    (resourceId) => replay(resourceId, input, deps),
  );
};

const routeHandler = (operation: Operation, deps: AppDeps) => {
  const { route } = operation;
  const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext>()
    .use(problemErrors(deps.logger))
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(bodyLimit())
    .use(httpHeaderNormalizer())
    .use(callerContext(route));
  if (route.body) handler.use(httpJsonBodyParser({ disableContentTypeError: true }));
  return handler.use(validateRequest(route)).handler(async (event, context) => {
    const validated = context.input as ValidatedInput;
    const input = {
      ...validated,
      caller: context.caller,
      headers: event.headers,
    } as OperationInput<RouteDefinition>;
    const output = await runOperation(operation, input, event.headers[idempotencyKeyHeader], deps);
    const result = route.response.parse(output);
    return {
      statusCode: route.status,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(result),
    };
  });
};

/**
 * One Lambda per route group: API Gateway names the matched route in `routeKey`, and the group
 * dispatches to that route's middy chain.
 */
export const groupHandler = (operations: Operation[], deps: AppDeps): HttpHandler => {
  const byRouteKey = new Map(operations.map((operation) => [routeKey(operation.route), routeHandler(operation, deps)]));
  return async (event, context) => {
    const handle = byRouteKey.get(event.routeKey);
    if (!handle) return problemResponse({ status: 404, detail: `No route ${event.routeKey}.` });
    return handle(event, context);
  };
};

/** Builds the deployed handler on first call, so importing a module never needs the environment. */
export const lazyHandler = (build: () => HttpHandler): HttpHandler => {
  let built: HttpHandler | undefined;
  return (event, context) => {
    built ??= build();
    return built(event, context);
  };
};
