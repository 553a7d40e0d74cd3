/**
 * Errors the domain raises on purpose. Each kind has one HTTP meaning, mapped in one place
 * (the functions' error middleware); the domain itself knows nothing of HTTP.
 */
export type DomainErrorKind =
  | "invalid-input"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "business-rule"
  | "payload-too-large"
  | "store-unavailable";

export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly errors: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const invalidInput = (message: string, errors: FieldProblem[] = []) =>
  new DomainError("invalid-input", message, errors);
export const unauthenticated = (message = "A valid bearer token is required.") =>
  new DomainError("unauthenticated", message);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const notFound = (what: string, id: string) => new DomainError("not-found", `${what} ${id} was not found.`);
export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError("conflict", message, [], details);
export const businessRule = (message: string, errors: FieldProblem[] = [], details: Record<string, unknown> = {}) =>
  new DomainError("business-rule", message, errors, details);
export const payloadTooLarge = (limitBytes: number) =>
  new DomainError("payload-too-large", `The request body exceeds ${limitBytes} bytes.`);
export const storeUnavailable = (message = "The data store is unavailable; try again shortly.") =>
  new DomainError("store-unavailable", message);

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
