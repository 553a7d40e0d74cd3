import type { TestProject } from "vitest/node";
import { createDynamoClient, createStore } from "@fsm/store";
import { startDynamoLocal } from "../../src/dynamodb-local";
import { seedDemoData } from "../../src/seed/seed";
import { defaultTableNames, ensureTables } from "../../src/tables";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** One DynamoDB Local (in memory) for the whole integration run, with the tables and demo data. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal();
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  await ensureTables(client);
  await seedDemoData(createStore({ client, tableName: defaultTableNames.market }));
  client.destroy();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  return () => dynamo.stop();
}
