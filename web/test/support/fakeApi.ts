import { vi } from "vitest";

type Handler = (request: { method: string; path: string; query: URLSearchParams; body: unknown; headers: Headers }) => { status?: number; body: unknown };

/**
 * A stand-in for the API at the fetch boundary: tests declare `METHOD /path` handlers (with
 * `:param` segments) and read back what the app sent. Unknown routes answer 404 problem+json.
 */
export const fakeApi = (routes: Record<string, Handler>) => {
  const calls: { method: string; path: string; body: unknown; headers: Headers }[] = [];
  const fetchMock = vi.fn(async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api/, "");
    const text = request.method === "GET" ? "" : await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, path, body, headers: request.headers });
    for (const [key, handler] of Object.entries(routes)) {
      const [method, pattern = ""] = key.split(" ");
      const regex = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, "[^/]+")}$`);
      if (method === request.method && regex.test(path)) {
        const result = handler({ method: request.method, path, query: url.searchParams, body, headers: request.headers });
        const status = result.status ?? 200;
        return new Response(JSON.stringify(result.body), {
          status,
          headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
        });
      }
    }
    return new Response(JSON.stringify({ type: "about:blank", title: "Not Found", status: 404, detail: `no fake for ${request.method} ${path}` }), {
      status: 404,
      headers: { "content-type": "application/problem+json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
};
