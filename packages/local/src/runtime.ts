import { resolve } from "node:path";
import { randomIds, systemClock, type Clock, type IdGenerator } from "@fsm/core";
import { type AppDeps, createLogger, type MarketSettings, scheduledJobs, settingsFromEnvironment, streamConsumers } from "@fsm/functions";
import { createDynamoClient, createStore } from "@fsm/store";
import { createDevIdentity } from "./dev-identity";
import { startDynamoLocal } from "./dynamodb-local";
import { createGateway, listen } from "./gateway";
import { createLocalSigner } from "./local-signer";
import { every } from "./scheduler";
import { seedDemoData, seedDirectory } from "./seed/seed";
import { startStreamPoller } from "./stream-poller";
import { defaultTableNames, ensureTables } from "./tables";

export interface MarketplaceOptions {
  port: number;
  /** DynamoDB Local's files and the local keys; omitted, everything lives in memory. */
  dataDir?: string;
  webRoot?: string;
  /** An already running DynamoDB Local (tests share one per run). */
  dynamoEndpoint?: string;
  clock?: Clock;
  ids?: IdGenerator;
  logLevel?: string;
  /** `demo` (default): directory and demo stock, once; `directory`: accounts and facilities only. */
  seed?: "demo" | "directory" | "none";
  settings?: MarketSettings;
  /** Poll the table's stream into the consumers and run the scheduled jobs (npm start does). */
  background?: boolean;
  /** How often the hold-release job runs; at most 10 s as the contract requires. */
  releaseIntervalMs?: number;
}

export interface RunningMarketplace {
  url: string;
  port: number;
  deps: AppDeps;
  stop(): Promise<void>;
}

/** Everything `npm start` runs, as a function the tests can start too. */
export const startMarketplace = async (options: MarketplaceOptions): Promise<RunningMarketplace> => {
  const dynamo = options.dynamoEndpoint ? undefined : await startDynamoLocal({ dataDir: options.dataDir });
  const endpoint = options.dynamoEndpoint ?? (dynamo?.endpoint as string);
  const client = createDynamoClient({ endpoint });
  try {
    await ensureTables(client);
    const store = createStore({ client, tableName: defaultTableNames.market });
    const signer = await createLocalSigner(options.dataDir ? resolve(options.dataDir, "certificate-signing-key.json") : undefined);
    const clock = options.clock ?? systemClock;
    const seed = options.seed ?? "demo";
    if (seed === "demo") await seedDemoData(store, signer, clock);
    if (seed === "directory") await seedDirectory(store);
    const identity = await createDevIdentity(options.dataDir ? resolve(options.dataDir, "dev-issuer-key.json") : undefined);
    const deps: AppDeps = {
      store,
      clock,
      ids: options.ids ?? randomIds,
      logger: createLogger(options.logLevel ?? "WARN"),
      signer,
      devIdentity: identity,
      settings: options.settings ?? settingsFromEnvironment(),
    };
    const server = createGateway({ deps, verifyToken: identity.verify, webRoot: options.webRoot });
    const port = await listen(server, options.port);
    const reportBackgroundError = (error: unknown) => deps.logger.warn("background job failed; it runs again", { error: error as Error });
    const background = options.background
      ? [
          await startStreamPoller({
            client,
            endpoint,
            tableName: defaultTableNames.market,
            consumers: Object.values(streamConsumers).map((consumer) => consumer.makeHandler(deps)),
            onError: reportBackgroundError,
          }),
          every(options.releaseIntervalMs ?? 5_000, scheduledJobs.releaseExpiredHolds.makeHandler(deps), reportBackgroundError),
        ]
      : [];
    return {
      url: `http://localhost:${port}`,
      port,
      deps,
      stop: async () => {
        await Promise.all(background.map((job) => job.stop()));
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        client.destroy();
        await dynamo?.stop();
      },
    };
  } catch (error) {
    client.destroy();
    await dynamo?.stop();
    throw error;
  }
};
