import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";
import { decodeStreamRecord } from "@fsm/store";
import { type AppDeps, productionDeps } from "../deps";
import { rematchOpenOrders } from "../trading/rematch";

/** Stock became available for sale: newly listed, or held stock released back to a listed batch. */
const newlySellable = (before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined) =>
  after?.entity === "batch" &&
  after.status === "listed" &&
  Number(after.available) > 0 &&
  (before?.status !== "listed" || Number(before?.available ?? 0) < Number(after.available));

/** A batch with nothing left to sell that is still in the catalog index. */
const soldOutInCatalog = (after: Record<string, unknown> | undefined) =>
  after?.entity === "batch" && Number(after.available) === 0 && after.gsi1pk !== undefined;

/**
 * Stream consumer for stock changes: open orders of a product are re-matched when stock for it
 * becomes sellable, and a batch emptied by a hold that could not see it was the last stock leaves the
 * catalog.
 */
export const makeHandler = (deps: AppDeps) => async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const products = new Set<string>();
  const soldOut = new Set<string>();
  for (const record of event.Records) {
    const { before, after } = decodeStreamRecord(record);
    if (newlySellable(before, after)) products.add(String(after?.productId));
    if (soldOutInCatalog(after)) soldOut.add(String(after?.id));
  }
  const now = deps.clock.now().toISOString();
  for (const batchId of soldOut) await deps.store.catalog.removeSoldOut(batchId, now);
  for (const productId of products) await rematchOpenOrders(productId, deps);
  return { batchItemFailures: [] };
};

let built: ReturnType<typeof makeHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent) => (built ??= makeHandler(productionDeps()))(event);
