import { routeList } from "@fsm/functions";
import { describe, expect, it } from "vitest";
import { useMarketplace } from "./support/marketplace";

const market = useMarketplace();

describe("public reference data", () => {
  it("answers health", async () => {
    const response = await market.api("/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });

  it("lists the five pilot facilities, each run by its own cooperative", async () => {
    const { status, body } = await market.api("/facilities");
    expect(status).toBe(200);
    expect(body.map((facility: { province: string }) => facility.province).sort()).toEqual(["ID-AC", "ID-JT", "ID-KI", "ID-NT", "ID-SA"]);
    const operators = new Set(body.map((facility: { operatorCooperativeId: string }) => facility.operatorCooperativeId));
    expect(operators.size).toBe(5);
    const aceh = body.find((facility: { province: string }) => facility.province === "ID-AC");
    expect(aceh.cooperativeIds).toHaveLength(2);
  });

  it("lists the five product families with grades best first", async () => {
    const { status, body } = await market.api("/products");
    expect(status).toBe(200);
    expect(body.map((product: { id: string }) => product.id).sort()).toEqual([
      "beef",
      "coco-fiber",
      "ginger-simplisia",
      "patchouli-oil",
      "teak-furniture",
    ]);
    const patchouli = body.find((product: { id: string }) => product.id === "patchouli-oil");
    expect(patchouli.grades).toEqual(["PA-35", "PA-32", "SNI"]);
    expect(patchouli.rulebookVersion).toBe("2026.1");
  });

  it("publishes an OpenAPI document with every route of the route table", async () => {
    const { status, body } = await market.api("/openapi.json");
    expect(status).toBe(200);
    for (const route of routeList) {
      const operation = body.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId).toBe(route.operationId);
      const headers = (operation?.parameters ?? []).filter((parameter: { in: string }) => parameter.in === "header").map((parameter: { name: string }) => parameter.name);
      expect(headers, route.operationId).toEqual(route.idempotent ? ["idempotency-key"] : []);
    }
  });
});

describe("identity", () => {
  it("signs in a demo account and tells who it is", async () => {
    const login = await market.api("/auth/dev-login", { body: { email: "koperasi-aceh-2@demo.example" } });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: "cooperative", orgId: "coop-nilam-bandar-pusaka" });
    const me = await market.api("/me", { token: login.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(login.body.user);
  });

  it("refuses an unknown demo account with 404", async () => {
    const response = await market.api("/auth/dev-login", { body: { email: "nobody@demo.example" } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it.each([
    ["no token", undefined],
    ["a malformed token", "not-a-jwt"],
    ["a token signed by someone else", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"],
    ["an unsigned token (alg none)", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiY29nbml0bzpncm91cHMiOlsibWluaXN0cnkiXX0."],
  ])("answers 401 problem+json for %s", async (_case, token) => {
    const response = await market.api("/me", { token });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body).toMatchObject({ status: 401, title: "Unauthorized" });
  });
});

describe("hostile input gets a documented 4xx, never a 500", () => {
  it("400 for malformed JSON", async () => {
    const response = await market.api("/auth/dev-login", { rawBody: '{"email": ', headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("400 with errors[] naming the field of the wrong type", async () => {
    const response = await market.api("/auth/dev-login", { body: { email: 42 } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: "body.email" })]);
  });

  it("413 for a body over 64 KiB", async () => {
    const response = await market.api("/auth/dev-login", { body: { email: "a@demo.example", padding: "x".repeat(70 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("404 problem+json for an unknown API path and 405 for a wrong method", async () => {
    expect((await market.api("/no-such-thing")).status).toBe(404);
    expect((await market.api("/health", { method: "DELETE" })).status).toBe(405);
  });
});

describe("organisation names", () => {
  it("names every organisation behind the ids the API returns", async () => {
    const { status, body } = await market.api("/organisations");
    expect(status).toBe(200);
    const names = new Map(body.map((organisation: { id: string; name: string }) => [organisation.id, organisation.name]));
    expect(names.get("coop-aroma-tamiang")).toBe("Koperasi Produsen Aroma Tamiang Makmur");
    expect(names.get("qc-aceh")).toContain("Aceh Tamiang");
    expect(body.filter((organisation: { kind: string }) => organisation.kind === "buyer")).toHaveLength(2);
  });
});
