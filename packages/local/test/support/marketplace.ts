import { fixedClock } from "@fsm/core";
import { afterAll, beforeAll, inject } from "vitest";
import { type MarketplaceOptions, type RunningMarketplace, startMarketplace } from "../../src/runtime";
import { marketplaceClient } from "./marketplace-client";

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
}

export interface ApiRequest {
  method?: string;
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestMarketplace {
  readonly url: string;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly running: RunningMarketplace;
  /** fetch against `/api`, JSON in and out. */
  api(path: string, init?: ApiRequest): Promise<ApiResponse>;
  /** A demo account's token, by handle (`buyer-wangi`). */
  login(handle: string): Promise<string>;
  as(handle: string, path: string, init?: Omit<ApiRequest, "token">): Promise<ApiResponse>;
}

export interface TestMarketplaceOptions {
  start?: Date;
  /**
   * A DynamoDB Local of its own (in memory, accounts and facilities only) instead of the run's
   * shared one: for tests whose assertions depend on all the stock or figures in the table.
   */
  ownDatabase?: boolean;
  background?: boolean;
  settings?: MarketplaceOptions["settings"];
}

/**
 * A gateway of its own per test file. By default on the run's shared DynamoDB Local, where each
 * test uses its own ids, so files do not step on each other.
 */
export const useMarketplace = ({ start = new Date(), ownDatabase = false, background = false, settings }: TestMarketplaceOptions = {}): TestMarketplace => {
  let running: RunningMarketplace | undefined;
  let client: TestMarketplace | undefined;
  const clock = fixedClock(start);
  beforeAll(async () => {
    running = await startMarketplace({
      port: 0,
      dynamoEndpoint: ownDatabase ? undefined : inject("dynamoEndpoint"),
      dataDir: ownDatabase ? undefined : inject("keysDir"),
      seed: ownDatabase ? "directory" : "none",
      clock,
      logLevel: process.env.TEST_LOG_LEVEL ?? "SILENT",
      background,
      releaseIntervalMs: 500,
      settings,
    });
    client = marketplaceClient(running, clock);
  });
  afterAll(async () => {
    await running?.stop();
  });
  const started = () => {
    if (!client) throw new Error("The marketplace is not started yet.");
    return client;
  };
  return {
    get running() {
      return started().running;
    },
    get url() {
      return started().url;
    },
    clock,
    api: (path, init) => started().api(path, init),
    login: (handle) => started().login(handle),
    as: (handle, path, init) => started().as(handle, path, init),
  };
};
