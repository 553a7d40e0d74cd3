import type { Logger } from "@aws-lambda-powertools/logger";
import { isDomainError } from "@fsm/core";
import { isStoreUnavailable } from "@fsm/store";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { problemResponse, statusOfKind } from "../problem";
import type { RouteMiddleware } from "./route-middleware";

export const retryAfterSeconds = 2;

const fromJsonBodyParser = (error: Error) =>
  (error.cause as { package?: unknown } | undefined)?.package === "@middy/http-json-body-parser";

/** The one place that turns any failure into problem+json: handlers only throw. */
export const toProblem = (error: unknown, logger: Logger): APIGatewayProxyStructuredResultV2 => {
  if (isDomainError(error)) {
    const status = statusOfKind[error.kind];
    return problemResponse({
      status,
      detail: error.message,
      errors: error.errors,
      extensions: error.details,
      headers: status === 503 ? { "retry-after": String(retryAfterSeconds) } : undefined,
    });
  }
  if (error instanceof Error && fromJsonBodyParser(error)) {
    return problemResponse({ status: 400, detail: "The body is not valid JSON." });
  }
  if (isStoreUnavailable(error)) {
    logger.warn("store unavailable", { error: error as Error });
    return problemResponse({
      status: 503,
      detail: "The data store is unavailable; try again shortly.",
      headers: { "retry-after": String(retryAfterSeconds) },
    });
  }
  logger.error("unexpected failure", { error: error as Error });
  return problemResponse({ status: 500, detail: "An unexpected error occurred; it has been logged." });
};

export const problemErrors = (logger: Logger): RouteMiddleware => ({
  onError: (request) => {
    request.response = toProblem(request.error, logger);
  },
});
