import type { DomainErrorKind, FieldProblem } from "@fsm/core";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

export const statusOfKind: Record<DomainErrorKind, number> = {
  "invalid-input": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "business-rule": 422,
  "payload-too-large": 413,
  "store-unavailable": 503,
};

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Payload Too Large",
  422: "Unprocessable Content",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export interface ProblemInput {
  status: number;
  detail: string;
  errors?: FieldProblem[];
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An RFC 9457 problem+json response; the `type` names the status so clients can branch on it. */
export const problemResponse = ({ status, detail, errors, extensions, headers }: ProblemInput): APIGatewayProxyStructuredResultV2 => {
  const title = titles[status] ?? "Error";
  return {
    statusCode: status,
    headers: { "content-type": "application/problem+json", ...headers },
    body: JSON.stringify({
      type: `https://httpstatuses.io/${status}`,
      title,
      status,
      detail,
      ...(errors && errors.length > 0 ? { errors } : {}),
      ...extensions,
    }),
  };
};
