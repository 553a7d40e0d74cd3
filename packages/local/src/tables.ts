import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { marketTable, marketTableCreateInput } from "@fsm/store";

export interface LocalTableNames {
  market: string;
}

export const defaultTableNames: LocalTableNames = { market: "marketplace" };

const exists = async (client: DynamoDBClient, tableName: string) => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "ResourceNotFoundException") return false;
    throw error;
  }
};

const createWithTtl = async (client: DynamoDBClient, input: CreateTableCommandInput, ttlAttribute: string) => {
  if (await exists(client, input.TableName as string)) return;
  await client.send(new CreateTableCommand(input));
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: input.TableName,
      TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
    }),
  );
};

/** Creates the tables from the same definitions infra deploys, unless they already exist. */
export const ensureTables = async (client: DynamoDBClient, names: LocalTableNames = defaultTableNames) => {
  await createWithTtl(client, marketTableCreateInput(names.market), marketTable.timeToLiveAttribute);
};
