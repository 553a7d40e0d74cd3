import { createHash } from "node:crypto";
import { type Caller, canonicalJson, conflict, invalidInput } from "@fsm/core";
import { type CreateRequest, isTransactionConflict, RequestAlreadyCompletedError, type Store } from "@fsm/store";
import type { RouteDefinition } from "./route";

export const idempotencyKeyHeader = "idempotency-key";
export const longestIdempotencyKey = 255;

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

/**
 * The request a creating POST with an `Idempotency-Key` stands for: scoped to the caller and the
 * route, so one buyer's key never answers for another's, and bound to the path and body it came with,
 * so the key sent again to another batch's certificates is another request (a 409), not a replay.
 */
export const createRequestOf = (route: RouteDefinition, caller: Caller, key: string, sent: { params: unknown; body: unknown }): CreateRequest => {
  if (key.length === 0 || key.length > longestIdempotencyKey) {
    throw invalidInput("Idempotency-Key must be 1 to 255 characters.", [{ path: `headers.${idempotencyKeyHeader}`, message: `1 to ${longestIdempotencyKey} characters` }]);
  }
  return {
    scope: sha256([route.operationId, caller.userId, key].join("\n")),
    bodyHash: sha256(canonicalJson({ params: sent.params ?? null, body: sent.body ?? null })),
  };
};

/**
 * Creates at most once per key. The record of a completed request is written in the same
 * transaction as what it created (see the store's `transactCreating`), so a retry after any crash
 * either finds both, and answers what was created, or neither, and creates it.
 */
export const createOnce = async <Result>(
  request: CreateRequest,
  { store, now }: { store: Store; now: Date },
  create: () => Promise<Result>,
  replay: (resourceId: string) => Promise<Result>,
): Promise<Result> => {
  const answerCompleted = async () => {
    const completed = await store.requests.find(request.scope, now);
    if (!completed) return undefined;
    if (completed.bodyHash !== request.bodyHash) throw conflict("This Idempotency-Key was already used with a different body or path.");
    return replay(completed.resourceId);
  };
  const earlier = await answerCompleted();
  if (earlier !== undefined) return earlier;
  try {
    return await create();
  } catch (error) {
    // A copy of this request that ran at the same time may have won, and made this one fail a check
    // (its record, or what it created, was already there): the client gets the winner's answer.
    const concurrent = await answerCompleted();
    if (concurrent !== undefined) return concurrent;
    if (error instanceof RequestAlreadyCompletedError || isTransactionConflict(error)) {
      throw conflict("A request with this Idempotency-Key was completing meanwhile; retry.");
    }
    throw error;
  }
};
