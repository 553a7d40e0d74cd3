import type { MiddlewareObj } from "@middy/core";
import type { Caller } from "@fsm/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import type { ValidatedInput } from "./validate-request";

/** What the middlewares leave on the Lambda context for the operation. */
export interface RouteContext extends Context {
  caller?: Caller;
  input?: ValidatedInput;
}

export type RouteMiddleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext>;
