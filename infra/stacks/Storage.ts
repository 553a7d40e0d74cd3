import { marketTable } from "@fsm/store";
import { BillingMode } from "aws-cdk-lib/aws-dynamodb";
import { type StackContext, Table } from "sst/constructs";
import { isProd, statefulRemovalPolicy } from "../stage";

/**
 * The single table, derived from `packages/store`'s definition (the same object the local runtime's
 * CreateTable uses). `Idempotency-Key` records live in it too, written in the same transaction as what
 * their request created. On-demand billing and point-in-time recovery
 * are SST's `Table` defaults; they are spelled out so a reader (and the tests) need not know that.
 */
export function Storage({ stack, app }: StackContext) {
  const prod = isProd(app.stage);
  const indexes = Object.values(marketTable.indexes);
  const keyAttributes = [marketTable.partitionKey, marketTable.sortKey, ...indexes.flatMap((index) => [index.partitionKey, index.sortKey])];

  const table = new Table(stack, "Market", {
    fields: Object.fromEntries(keyAttributes.map((name) => [name, "string" as const])),
    primaryIndex: { partitionKey: marketTable.partitionKey, sortKey: marketTable.sortKey },
    globalIndexes: Object.fromEntries(indexes.map((index) => [index.name, { partitionKey: index.partitionKey, sortKey: index.sortKey }])),
    stream: marketTable.stream.toLowerCase() as Lowercase<typeof marketTable.stream>,
    timeToLiveAttribute: marketTable.timeToLiveAttribute,
    cdk: {
      table: {
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecovery: true,
        deletionProtection: prod,
        removalPolicy: statefulRemovalPolicy(app.stage),
      },
    },
  });

  stack.addOutputs({ TableName: table.tableName });
  return { table };
}
