import type { fixedClock } from "@fsm/core";
import type { RunningMarketplace } from "../../src/runtime";
import type { ApiRequest, ApiResponse, TestMarketplace } from "./marketplace";

/**
 * The same client `useMarketplace` gives a test, over any running marketplace (in this process, or
 * only its URL when it runs in another): for suites and benchmarks that start (and kill) their own,
 * and still want `registerInstruments`, `certifiedPatchouliBatch` and friends. Free of vitest hooks.
 */
export const marketplaceClient = (target: RunningMarketplace | { url: string }, clock: ReturnType<typeof fixedClock>): TestMarketplace => {
  const tokens = new Map<string, string>();
  const market: TestMarketplace = {
    get running() {
      if (!("deps" in target)) throw new Error("This marketplace runs in another process; only its URL is known here.");
      return target;
    },
    url: target.url,
    clock,
    async api(path: string, init: ApiRequest = {}): Promise<ApiResponse> {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers["content-type"] = "application/json";
      }
      const response = await fetch(`${target.url}/api${path}`, { method: init.method ?? (body === undefined ? "GET" : "POST"), headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    async login(handle: string) {
      const cached = tokens.get(handle);
      if (cached) return cached;
      const response = await market.api("/auth/dev-login", { body: { email: `${handle}@demo.example` } });
      if (response.status !== 200) throw new Error(`dev-login ${handle}: ${response.status} ${JSON.stringify(response.body)}`);
      tokens.set(handle, response.body.token);
      return response.body.token as string;
    },
    async as(handle: string, path: string, init: Omit<ApiRequest, "token"> = {}) {
      return market.api(path, { ...init, token: await market.login(handle) });
    },
  };
  return market;
};
