import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";

export interface DecodedChange {
  kind: "INSERT" | "MODIFY" | "REMOVE";
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** A stream record's images as plain objects (Lambda's and the Streams API's shapes are the same). */
export const decodeStreamRecord = (record: DynamoDBRecord): DecodedChange => ({
  kind: (record.eventName ?? "MODIFY") as DecodedChange["kind"],
  before: record.dynamodb?.OldImage ? unmarshall(record.dynamodb.OldImage as Record<string, AttributeValue>) : undefined,
  after: record.dynamodb?.NewImage ? unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) : undefined,
});
