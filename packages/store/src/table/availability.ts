/** Errors that mean "the store cannot answer now", as opposed to a rule the request broke. */
const unavailableNames = new Set([
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "ThrottlingException",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "TransactionInProgressException",
]);
const unavailableSystemCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);

export const isStoreUnavailable = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === "string" && unavailableSystemCodes.has(code)) return true;
  if (unavailableNames.has(error.name)) return true;
  const metadata = (error as Error & { $metadata?: { httpStatusCode?: number } }).$metadata;
  if (metadata?.httpStatusCode !== undefined && metadata.httpStatusCode >= 500) return true;
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isStoreUnavailable(cause);
};
