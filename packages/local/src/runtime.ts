import { resolve } from "node:path";
import { randomIds, systemClock, type Clock, type IdGenerator } from "@fsm/core";
import { type AppDeps, createLogger } from "@fsm/functions";
import { createDynamoClient, createStore } from "@fsm/store";
import { createDevIdentity } from "./dev-identity";
import { startDynamoLocal } from "./dynamodb-local";
import { createGateway, listen } from "./gateway";
import { seedDemoData } from "./seed/seed";
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
  seed?: boolean;
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
    if (options.seed ?? true) await seedDemoData(store);
    const identity = await createDevIdentity(options.dataDir ? resolve(options.dataDir, "dev-issuer-key.json") : undefined);
    const deps: AppDeps = {
      store,
      clock: options.clock ?? systemClock,
      ids: options.ids ?? randomIds,
      logger: createLogger(options.logLevel ?? "WARN"),
      devIdentity: identity,
    };
    const server = createGateway({ deps, verifyToken: identity.verify, webRoot: options.webRoot });
    const port = await listen(server, options.port);
    return {
      url: `http://localhost:${port}`,
      port,
      deps,
      stop: async () => {
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
