import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import type { Item, TableGateway } from "../table/gateway";
import { failedConditions, putItem } from "../table/transactions";
import { keys } from "./keys";

/**
 * A creating request that carried an `Idempotency-Key`: `scope` names the caller, the route and the
 * key; `bodyHash` the body it came with.
 */
export interface CreateRequest {
  scope: string;
  bodyHash: string;
}

export interface CompletedRequest {
  bodyHash: string;
  /** The id of what the first request created; a replay answers its current state. */
  resourceId: string;
}

/** How long a key is remembered; after that it may be used again. */
export const requestReplaySeconds = 24 * 60 * 60;

const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** The first request with this key already committed; the caller answers what it created. */
export class RequestAlreadyCompletedError extends Error {
  constructor(readonly scope: string) {
    super("A request with this Idempotency-Key already completed.");
    this.name = "RequestAlreadyCompletedError";
  }
}

/**
 * The request record is written in the same transaction as what the request creates, so a crash can
 * never leave one without the other. It goes last, so the other items keep their positions in a
 * cancelled transaction's reasons.
 */
const requestRecordItem = (tableName: string, request: CreateRequest, resourceId: string, now: Date): TransactWriteItem =>
  putItem(
    tableName,
    { ...keys.request(request.scope), entity: "request", bodyHash: request.bodyHash, resourceId, ttl: epochSeconds(now) + requestReplaySeconds },
    `attribute_not_exists(pk) OR #ttl < :now`,
    { "#ttl": "ttl" },
    { ":now": epochSeconds(now) },
  );

export const requestRepository = (table: TableGateway) => ({
  /** The completed request with this scope, unless it is older than the replay window. */
  async find(scope: string, now: Date): Promise<CompletedRequest | undefined> {
    const item = await table.get(keys.request(scope));
    if (!item || Number(item.ttl) < epochSeconds(now)) return undefined;
    return { bodyHash: String(item.bodyHash), resourceId: String(item.resourceId) };
  },
});

/**
 * Runs a creating transaction, with the request's record in it when the request carried a key. If
 * that record already exists, throws `RequestAlreadyCompletedError`; any other failure is rethrown
 * as it came, for the repository to explain.
 */
export const transactCreating = async (
  table: TableGateway,
  items: TransactWriteItem[],
  creating: { request?: CreateRequest; resourceId: string; now: Date; token?: string },
) => {
  const { request, resourceId, now, token } = creating;
  if (!request) return table.transact(items, token);
  try {
    await table.transact([...items, requestRecordItem(table.tableName, request, resourceId, now)], token);
  } catch (error) {
    if (failedConditions(error)?.includes(items.length)) throw new RequestAlreadyCompletedError(request.scope);
    throw error;
  }
};

/** A single new item, with the request's record beside it when the request carried a key. */
export const putCreating = async (table: TableGateway, item: Item, creating: { request?: CreateRequest; resourceId: string; now: Date }) => {
  if (creating.request) await transactCreating(table, [putItem(table.tableName, item)], creating);
  else await table.putIfAbsent(item);
};

export type RequestRepository = ReturnType<typeof requestRepository>;
