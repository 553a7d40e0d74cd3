import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";
import { statsChanges } from "@fsm/core";
import { decodeStreamRecord } from "@fsm/store";
import { type AppDeps, productionDeps } from "../deps";

/**
 * Stream consumer keeping the ministry's daily figures current. A record that fails is reported
 * by sequence number so Lambda retries from there (bisecting), not the whole batch.
 */
export const makeHandler = (deps: AppDeps) => async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  for (const record of event.Records) {
    const { before, after } = decodeStreamRecord(record);
    try {
      for (const change of statsChanges(before, after)) {
        await deps.store.stats.apply(change.facilityId, change.productId, change.day, change);
      }
    } catch (error) {
      deps.logger.error("stats projection failed", { error: error as Error });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? "" }] };
    }
  }
  return { batchItemFailures: [] };
};

let built: ReturnType<typeof makeHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent) => (built ??= makeHandler(productionDeps()))(event);
