import type { IncomingHttpHeaders } from "node:http";
import { randomUUID } from "node:crypto";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import type { JWTPayload } from "jose";

export interface IncomingApiRequest {
  method: string;
  path: string;
  rawQueryString: string;
  headers: IncomingHttpHeaders;
  body: string | undefined;
  sourceIp: string;
  routeKey: string;
  pathParameters: Record<string, string>;
  claims?: JWTPayload;
}

/** API Gateway hands JWT claims to Lambda as strings, arrays written as `[a b]`. */
const claimAsGatewayString = (value: unknown) =>
  Array.isArray(value) ? `[${value.join(" ")}]` : typeof value === "string" ? value : JSON.stringify(value);

const joinedHeaders = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(
    Object.entries(headers)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      .map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(",") : value]),
  );

const queryParameters = (rawQueryString: string) => {
  const parameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  }
  return Object.keys(parameters).length > 0 ? parameters : undefined;
};

/** A real `APIGatewayProxyEventV2`, shaped as an HTTP API with a JWT authorizer would send it. */
export const toApiGatewayEvent = (request: IncomingApiRequest): APIGatewayProxyEventV2 => {
  const now = new Date();
  const headers = joinedHeaders(request.headers);
  const authorizer = request.claims
    ? {
        jwt: {
          claims: Object.fromEntries(Object.entries(request.claims).map(([name, value]) => [name, claimAsGatewayString(value)])),
          scopes: null,
        },
      }
    : undefined;
  return {
    version: "2.0",
    routeKey: request.routeKey,
    rawPath: request.path,
    rawQueryString: request.rawQueryString,
    headers,
    queryStringParameters: queryParameters(request.rawQueryString),
    pathParameters: Object.keys(request.pathParameters).length > 0 ? request.pathParameters : undefined,
    body: request.body,
    isBase64Encoded: false,
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: headers.host ?? "localhost",
      domainPrefix: "localhost",
      http: {
        method: request.method,
        path: request.path,
        protocol: "HTTP/1.1",
        sourceIp: request.sourceIp,
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: request.routeKey,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(authorizer ? { authorizer } : {}),
    },
  } as APIGatewayProxyEventV2;
};

export const lambdaContext = (functionName: string): Context => {
  const deadline = Date.now() + 29_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:ap-southeast-3:000000000000:function:${functionName}`,
    memoryLimitInMB: "1024",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};
