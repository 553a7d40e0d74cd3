import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { marketTable } from "./definition";

export const marketTableCreateInput = (tableName: string): CreateTableCommandInput => {
  const indexes = Object.values(marketTable.indexes);
  const keyNames = [
    marketTable.partitionKey,
    marketTable.sortKey,
    ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: "S" })),
    KeySchema: [
      { AttributeName: marketTable.partitionKey, KeyType: "HASH" },
      { AttributeName: marketTable.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: marketTable.stream },
  };
};
