import { routeList } from "@fsm/functions";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useMarketplace } from "./support/marketplace";

const market = useMarketplace();

const accountFor: Record<string, string> = {
  buyer: "buyer-nusantara",
  cooperative: "koperasi-kaltim",
  officer: "officer-kaltim",
  ministry: "ministry",
};

const hostileStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("' OR '1'='1", "\"; DROP TABLE batches; --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "\u0000", "🙂".repeat(200), "ID-XX", "__proto__"),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileStrings,
    fc.constantFrom(-1, 0, 0.5, -0.000001, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 63, null, true),
    fc.integer(),
    fc.double(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileStrings, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Bodies near the real shapes (right keys, wrong values) and far from them. */
const hostileBody = fc.oneof(
  hostileValue,
  fc.record({
    productId: hostileValue,
    facilityId: hostileValue,
    quantity: hostileValue,
    unitPriceIdr: hostileValue,
    producedOn: hostileValue,
    minGrade: hostileValue,
    maxUnitPriceIdr: hostileValue,
    deliverBy: hostileValue,
    destinationProvince: hostileValue,
    allowPartial: hostileValue,
    measurements: hostileValue,
    measuredOn: hostileValue,
    email: hostileValue,
    jws: hostileValue,
    reason: hostileValue,
    waybill: hostileValue,
    receivedQuantity: hostileValue,
  }, { requiredKeys: [] }),
);

const rawBodies = fc.oneof(fc.string(), fc.constantFrom("{", "[1,2", '{"a":}', "null", "\"text\"", "{\"quantity\": 1e999}", "\u0000\u0001"));

const writeRoutes = routeList.filter((route) => route.method === "POST");

const ownFootprint = async () => {
  const [batches, orders] = await Promise.all([market.as("koperasi-kaltim", "/batches"), market.as("buyer-nusantara", "/orders")]);
  return { batches: batches.body.length as number, orders: orders.body.length as number };
};

describe("hostile input: zero 5xx, and nothing written by a rejected request", () => {
  it("survives malformed JSON, wrong types, huge and fractional numbers and injection strings on every write route", async () => {
    const before = await ownFootprint();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writeRoutes), fc.oneof(hostileBody.map((body) => ({ body })), rawBodies.map((rawBody) => ({ rawBody }))), async (route, payload) => {
        const role = route.auth === "public" ? "buyer" : (route.auth[0] as string);
        const path = route.path.replace("{id}", "bt_does_not_exist");
        const response = await market.as(accountFor[role] as string, path, {
          method: "POST",
          ...payload,
          headers: "rawBody" in payload ? { "content-type": "application/json" } : undefined,
        });
        expect(response.status, `${route.operationId} ${JSON.stringify(payload).slice(0, 200)}`).toBeLessThan(500);
        if (response.status >= 400) expect(response.headers.get("content-type")).toBe("application/problem+json");
      }),
      { numRuns: 150 },
    );
    const after = await ownFootprint();
    expect(after.batches).toBe(before.batches);
  });

  it("answers query strings of any shape without a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("productId", "minGrade", "province", "minQuantity", "limit", "cursor", "status", "from", "to", "facilityId"), hostileStrings), async (query) => {
        const search = new URLSearchParams(query).toString();
        for (const path of ["/catalog", "/stats", "/batches", "/orders", "/inspections"]) {
          const account = path === "/stats" ? "ministry" : path === "/orders" ? "buyer-nusantara" : path === "/inspections" ? "officer-kaltim" : "koperasi-kaltim";
          const response = await market.as(account, `${path}?${search}`);
          expect(response.status, `${path}?${search}`).toBeLessThan(500);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("refuses oversized bodies with 413 before parsing them", async () => {
    const huge = JSON.stringify({ productId: "x".repeat(66 * 1024) });
    for (const route of writeRoutes.slice(0, 5)) {
      const response = await market.as("koperasi-kaltim", route.path.replace("{id}", "x"), { method: "POST", rawBody: huge, headers: { "content-type": "application/json" } });
      expect([403, 413]).toContain(response.status);
    }
    const response = await market.as("koperasi-kaltim", "/batches", { method: "POST", rawBody: huge, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(413);
  });

  it("refuses forged, expired, wrongly signed and unsigned tokens with 401", async () => {
    const token = await market.login("ministry");
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, "cognito:groups": ["officer"] })).toString("base64url");
    const expiredPayload = Buffer.from(JSON.stringify({ ...claims, exp: 1 })).toString("base64url");
    const none = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const hs256 = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    for (const forged of [
      `${header}.${forgedPayload}.${signature}`,
      `${header}.${expiredPayload}.${signature}`,
      `${none}.${payload}.`,
      `${hs256}.${payload}.${signature}`,
      `${header}.${payload}.${signature.slice(0, -4)}AAAA`,
      "Bearer",
      "",
    ]) {
      const response = await market.api("/stats", { token: forged });
      expect(response.status).toBe(401);
    }
  });
});
