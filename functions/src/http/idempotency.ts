import { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import { IdempotencyAlreadyInProgressError, IdempotencyValidationError } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Context } from "aws-lambda";
import { conflict } from "@fsm/core";
import type { RouteDefinition } from "./route";

export interface IdempotencySettings {
  client: DynamoDBClient;
  tableName: string;
}

export const idempotencyKeyHeader = "idempotency-key";
const replayWindowSeconds = 24 * 60 * 60;

interface IdempotentRequest {
  /** The caller and their key: one buyer's key never replays another's response. */
  key: string;
  body: unknown;
}

/**
 * `Idempotency-Key` on POSTs that create (Powertools idempotency, DynamoDB persistence): the same
 * key and body replay the first response; the same key with another body is a 409. One persistence
 * layer per route, because the layer carries the key prefix it was last configured with.
 */
export const idempotentRunner = <Result>(route: RouteDefinition, settings: IdempotencySettings) => {
  const persistenceStore = new DynamoDBPersistenceLayer({ tableName: settings.tableName, awsSdkV3Client: settings.client });
  const config = new IdempotencyConfig({ eventKeyJmesPath: "key", payloadValidationJmesPath: "body", expiresAfterSeconds: replayWindowSeconds });
  return async (request: IdempotentRequest, run: () => Promise<Result>, context: Context): Promise<Result> => {
    // Lets an in-progress record expire with the invocation, so a timed-out request can be retried.
    config.registerLambdaContext(context);
    // The stored record is the JSON the client saw: absent optional fields are dropped, not stored as undefined.
    const idempotent = makeIdempotent(async (_request: IdempotentRequest) => JSON.parse(JSON.stringify(await run())) as Result, {
      persistenceStore,
      config,
      keyPrefix: `marketplace.${route.operationId}`,
    });
    try {
      return (await idempotent(request)) as Result;
    } catch (error) {
      if (error instanceof IdempotencyValidationError) {
        throw conflict("This Idempotency-Key was already used with a different body.");
      }
      if (error instanceof IdempotencyAlreadyInProgressError) {
        throw conflict("A request with this Idempotency-Key is still in progress; retry shortly.");
      }
      throw error;
    }
  };
};
