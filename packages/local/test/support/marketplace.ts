import { fixedClock } from "@fsm/core";
import { afterAll, beforeAll, inject } from "vitest";
import { type RunningMarketplace, startMarketplace } from "../../src/runtime";

export interface TestMarketplace {
  readonly url: string;
  readonly clock: ReturnType<typeof fixedClock>;
  /** fetch against `/api`, JSON in and out. */
  api(path: string, init?: { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<ApiResponse>;
  login(handle: string): Promise<string>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
}

/**
 * A gateway of its own per test file, on the run's shared DynamoDB Local. Each test uses its own
 * ids, so files do not step on each other.
 */
export const useMarketplace = (start = new Date()): TestMarketplace => {
  let running: RunningMarketplace | undefined;
  const clock = fixedClock(start);
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    running = await startMarketplace({ port: 0, dynamoEndpoint: inject("dynamoEndpoint"), seed: false, clock, logLevel: "SILENT" });
  });
  afterAll(async () => {
    await running?.stop();
  });
  const market: TestMarketplace = {
    get url() {
      if (!running) throw new Error("The marketplace is not started yet.");
      return running.url;
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
      const response = await fetch(`${market.url}/api${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
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
  };
  return market;
};
