import type { Problem } from "./types";

/** A failed API call, carrying the problem+json body so forms can show field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = "ApiError";
  }

  /** Validation messages by field path, e.g. `measurements.0.value`. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) errors[error.path] = error.message;
    return errors;
  }
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === "object" && value !== null && "status" in value && "title" in value;

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** openapi-fetch resolves on any status; the screens want data or a thrown ApiError. */
export const unwrap = async <T>(call: Promise<FetchResult<T>>): Promise<T> => {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  throw new ApiError(response.status, isProblem(error) ? error : undefined);
};

/** A fresh key per form submission: a retried POST then creates nothing twice. */
export const idempotencyKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
