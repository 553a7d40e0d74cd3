import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixedClock } from "@fsm/core";
import { type DynamoLocal, startDynamoLocal } from "../../src/dynamodb-local";
import { type MarketplaceOptions, type RunningMarketplace, startMarketplace } from "../../src/runtime";
import { defaultTableNames } from "../../src/tables";
import type { TestMarketplace } from "./marketplace";
import { marketplaceClient } from "./marketplace-client";

export interface KillableMarketplace {
  market: TestMarketplace;
  running: RunningMarketplace;
  /** The gateway's own DynamoDB client and the market table: what the invariant checker reads. */
  table: { client: RunningMarketplace["deps"]["store"]["table"]["client"]; tableName: string };
  /** Stops DynamoDB Local under the running gateway (the JVM exits; open connections drop). */
  killDatabase(): Promise<void>;
  /**
   * Arms a one-shot fault: the next `commandName` (e.g. `TransactWriteItemsCommand`) the gateway's
   * client sends succeeds, then DynamoDB Local is stopped before the gateway sees the answer, so
   * the request that committed cannot finish. Resolves once the database is down.
   */
  killDatabaseAfterNext(commandName: string): Promise<void>;
  /**
   * Arms a one-shot fault: the next `commandName` reaches DynamoDB and is applied, but its answer is
   * replaced by a connection reset, as when the network drops after a commit. The SDK's own retry
   * then sends the same request again. `dropped` turns true once an answer was dropped.
   */
  loseNextAnswer(commandName: string): { dropped: boolean };
  /** Starts DynamoDB Local again on the same port over the same files, so the gateway's client reconnects. */
  restartDatabase(): Promise<void>;
  stop(): Promise<void>;
}

export interface KillableMarketplaceOptions {
  start?: Date;
  settings?: MarketplaceOptions["settings"];
  logLevel?: string;
}

/**
 * A marketplace on a DynamoDB Local of its own, whose files live in a temporary directory so that
 * what was committed survives a kill and a restart. Accounts and facilities are seeded, no stock.
 */
export const startKillableMarketplace = async ({ start = new Date(), settings, logLevel }: KillableMarketplaceOptions = {}): Promise<KillableMarketplace> => {
  const dataDir = mkdtempSync(join(tmpdir(), "fsm-faults-"));
  const clock = fixedClock(start);
  let dynamo: DynamoLocal | undefined = await startDynamoLocal({ dataDir });
  const port = dynamo.port;
  let running: RunningMarketplace | undefined;
  try {
    running = await startMarketplace({
      port: 0,
      dynamoEndpoint: dynamo.endpoint,
      dataDir,
      seed: "directory",
      clock,
      logLevel: logLevel ?? process.env.TEST_LOG_LEVEL ?? "SILENT",
      background: false,
      settings,
    });
  } catch (error) {
    await dynamo.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const started = running;
  let armed: { commandName: string; killed: () => void } | undefined;
  const killDatabase = async () => {
    await dynamo?.stop();
    dynamo = undefined;
  };
  let losing: { commandName: string; dropped: boolean } | undefined;
  const answerLost = () => Object.assign(new Error("socket hang up (answer lost after the write was applied)"), { name: "TimeoutError", code: "ECONNRESET", $metadata: {} });
  // In the deserialize step, that is inside the SDK's retry loop: a lost answer is retried like a real one.
  started.deps.store.table.client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const fault = armed;
      if (fault && context.commandName === fault.commandName) {
        armed = undefined;
        await killDatabase();
        fault.killed();
        throw answerLost();
      }
      if (losing && context.commandName === losing.commandName) {
        losing.dropped = true;
        losing = undefined;
        throw answerLost();
      }
      return result;
    },
    { step: "deserialize", name: "killableMarketplaceFaults" },
  );
  return {
    market: marketplaceClient(started, clock),
    running: started,
    table: { client: started.deps.store.table.client, tableName: defaultTableNames.market },
    killDatabase,
    killDatabaseAfterNext(commandName: string) {
      return new Promise<void>((killed) => {
        armed = { commandName, killed };
      });
    },
    loseNextAnswer(commandName: string) {
      losing = { commandName, dropped: false };
      return losing;
    },
    async restartDatabase() {
      if (dynamo) throw new Error("DynamoDB Local is still running.");
      dynamo = await startDynamoLocal({ dataDir, port });
    },
    async stop() {
      await started.stop();
      await dynamo?.stop();
      dynamo = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
