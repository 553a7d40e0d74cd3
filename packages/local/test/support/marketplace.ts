import { fixedClock } from "@fsm/core";
import { afterAll, beforeAll, inject } from "vitest";
import { type MarketplaceOptions, type RunningMarketplace, startMarketplace } from "../../src/runtime";

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
  const clock = fixedClock(start);
  const tokens = new Map<string, string>();
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
  });
  afterAll(async () => {
    await running?.stop();
  });
  const market: TestMarketplace = {
    get running() {
      if (!running) throw new Error("The marketplace is not started yet.");
      return running;
    },
    get url() {
      return market.running.url;
    },
    clock,
    async api(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers["content-type"] = "application/json";
      }
      const response = await fetch(`${market.url}/api${path}`, { method: init.method ?? (body === undefined ? "GET" : "POST"), headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    async login(handle) {
      const cached = tokens.get(handle);
      if (cached) return cached;
      const response = await market.api("/auth/dev-login", { body: { email: `${handle}@demo.example` } });
      if (response.status !== 200) throw new Error(`dev-login ${handle}: ${response.status} ${JSON.stringify(response.body)}`);
      tokens.set(handle, response.body.token);
      return response.body.token as string;
    },
    async as(handle, path, init = {}) {
      return market.api(path, { ...init, token: await market.login(handle) });
    },
  };
  return market;
};
