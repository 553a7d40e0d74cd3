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

/** Stream consumer: open orders of a product are re-matched when stock for it becomes sellable. */
export const makeHandler = (deps: AppDeps) => async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const products = new Set<string>();
  for (const record of event.Records) {
    const { before, after } = decodeStreamRecord(record);
    if (newlySellable(before, after)) products.add(String(after?.productId));
  }
  for (const productId of products) await rematchOpenOrders(productId, deps);
  return { batchItemFailures: [] };
};

let built: ReturnType<typeof makeHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent) => (built ??= makeHandler(productionDeps()))(event);
