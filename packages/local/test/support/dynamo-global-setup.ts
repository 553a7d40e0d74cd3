import type { TestProject } from "vitest/node";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@fsm/core";
import { createDynamoClient, createStore } from "@fsm/store";
import { createLocalSigner } from "../../src/local-signer";
import { startDynamoLocal } from "../../src/dynamodb-local";
import { seedDemoData } from "../../src/seed/seed";
import { defaultTableNames, ensureTables } from "../../src/tables";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    /** Keys shared by every test gateway, so the seeded certificates verify in every file. */
    keysDir: string;
  }
}

/** One DynamoDB Local (in memory) for the whole integration run, with the tables and demo data. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal();
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  await ensureTables(client);
  const keysDir = mkdtempSync(join(tmpdir(), "fsm-test-keys-"));
  const signer = await createLocalSigner(join(keysDir, "certificate-signing-key.json"));
  await seedDemoData(createStore({ client, tableName: defaultTableNames.market }), signer, systemClock);
  client.destroy();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  project.provide("keysDir", keysDir);
  return async () => {
    await dynamo.stop();
    rmSync(keysDir, { recursive: true, force: true });
  };
}
