import type { DataAccess, RouteGroup } from "@fsm/functions/http/route";
import { Effect, PolicyStatement } from "aws-cdk-lib/aws-iam";

/**
 * Least privilege, spelled out. SST v2's `bind: [table]` would grant `dynamodb:*`, so functions get
 * explicit action lists instead, scoped to the table and its indexes. There is no IAM action for
 * `TransactWriteItems`: a transaction is authorised item by item (Put/Update/Delete/ConditionCheck).
 */
export const tableReadActions = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:ConditionCheckItem",
] as const;

export const tableWriteActions = [...tableReadActions, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"] as const;

/**
 * What a Lambda event source mapping needs on a DynamoDB stream, scoped to this table's streams as in
 * AWS's documented execution-role policy (not `Resource: *`, which CDK's `grantStreamRead` uses).
 */
export const streamReadActions = [
  "dynamodb:DescribeStream",
  "dynamodb:GetRecords",
  "dynamodb:GetShardIterator",
  "dynamodb:ListStreams",
] as const;

/** Certificate signing: only the issuing group signs; the JWKS and verification read the public key. */
export const signingAccess: Partial<Record<RouteGroup, readonly string[]>> = {
  quality: ["kms:Sign"],
  certificates: ["kms:GetPublicKey"],
};

export interface TableArns {
  tableArn: string;
}

const allow = (actions: readonly string[], resources: string[]) =>
  new PolicyStatement({ effect: Effect.ALLOW, actions: [...actions], resources });

/** Item actions on the table and (for Query) its global secondary indexes. */
export const tableStatements = (access: DataAccess, table: TableArns): PolicyStatement[] => {
  if (access === "none") return [];
  const actions = access === "write" ? tableWriteActions : tableReadActions;
  return [allow(actions, [table.tableArn, `${table.tableArn}/index/*`])];
};

export const streamReadStatements = (table: TableArns): PolicyStatement[] => [
  allow(streamReadActions, [`${table.tableArn}/stream/*`]),
];

export const signingStatements = (group: RouteGroup, keyArn: string): PolicyStatement[] => {
  const actions = signingAccess[group];
  return actions ? [allow(actions, [keyArn])] : [];
};
