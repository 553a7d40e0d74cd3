import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";

export interface DynamoConnection {
  /** Set for DynamoDB Local; absent on AWS, where the SDK finds the regional endpoint. */
  endpoint?: string;
  region?: string;
}

/**
 * Short timeouts and few retries: when the store is down a client should get a quick 503 with
 * Retry-After rather than a request that hangs until the gateway gives up. The handler is built
 * here, not described as options: functions deploy with `@aws-sdk/*` from the Lambda runtime, and
 * `throwOnRequestTimeout` must not depend on that copy's age (`@smithy/*` is bundled at the version
 * the lock file pins).
 */
export const createDynamoClient = ({ endpoint, region = "ap-southeast-3" }: DynamoConnection = {}) =>
  new DynamoDBClient({
    region,
    maxAttempts: 3,
    requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 5_000, throwOnRequestTimeout: true }),
    ...(endpoint
      ? { endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
