import { routeList } from "@fsm/functions";
import { describe, expect, it } from "vitest";
import { useMarketplace } from "./support/marketplace";

const market = useMarketplace();

/**
 * Who may call what, written out independently of the route table, so a change to a route's roles
 * must be made in both places on purpose. `public` needs no token.
 */
const whoMay: Record<string, "public" | string[]> = {
  getHealth: "public",
  getOpenApiDocument: "public",
  listProducts: "public",
  listFacilities: "public",
  listOrganisations: "public",
  recordEquipmentRun: ["cooperative", "officer"],
  listEquipmentRuns: ["cooperative", "officer", "ministry"],
  searchCatalog: "public",
  devLogin: "public",
  getCertificate: "public",
  verifyCertificate: "public",
  getJwks: "public",
  getMe: ["buyer", "cooperative", "officer", "ministry"],
  createBatch: ["cooperative"],
  listBatches: ["cooperative"],
  getBatch: ["cooperative", "officer", "ministry"],
  requestInspection: ["cooperative"],
  withdrawBatch: ["cooperative"],
  listAllocations: ["cooperative"],
  shipAllocation: ["cooperative"],
  registerEquipment: ["officer"],
  listEquipment: ["officer", "cooperative", "ministry"],
  listInspections: ["officer"],
  issueCertificate: ["officer"],
  revokeCertificate: ["officer"],
  issuePooledCertificate: ["officer"],
  listCertificates: ["cooperative"],
  createOrder: ["buyer"],
  listOrders: ["buyer"],
  getOrder: ["buyer"],
  confirmOrder: ["buyer"],
  cancelOrder: ["buyer"],
  receiveAllocation: ["buyer"],
  getStats: ["ministry", "officer"],
};

const accountOf: Record<string, string> = {
  buyer: "buyer-wangi",
  cooperative: "koperasi-aceh",
  officer: "officer-aceh",
  ministry: "ministry",
};

const concretePath = (path: string) => path.replace("{id}", "no-such-id");

describe("authorization matrix: every route x every role", () => {
  it("documents every route of the route table", () => {
    expect(Object.keys(whoMay).sort()).toEqual(routeList.map((route) => route.operationId).sort());
  });

  for (const route of routeList) {
    const allowed = whoMay[route.operationId];
    if (allowed === "public" || allowed === undefined) continue;
    it(`${route.method} ${route.path}: 401 without a token`, async () => {
      const response = await market.api(concretePath(route.path), { method: route.method, ...(route.method === "POST" ? { body: {} } : {}) });
      expect(response.status).toBe(401);
    });
    for (const role of Object.keys(accountOf)) {
      it(`${route.method} ${route.path} as ${role}: ${allowed.includes(role) ? "allowed" : "403"}`, async () => {
        const response = await market.as(accountOf[role] as string, concretePath(route.path), {
          method: route.method,
          ...(route.method === "POST" ? { body: {} } : {}),
        });
        if (allowed.includes(role)) {
          expect([200, 201, 400, 404, 409, 422]).toContain(response.status);
        } else {
          expect(response.status).toBe(403);
        }
        expect(response.headers.get("content-type")).toMatch(/json/);
      });
    }
  }
});

describe("own versus another organisation", () => {
  it("hides a cooperative's batch from another cooperative, and lets officers and the ministry read it", async () => {
    const created = await market.as("koperasi-sulut", "/batches", {
      body: { productId: "coco-fiber", facilityId: "rpb-kelapa-minahasa-selatan", quantity: 500, unitPriceIdr: 2_500, producedOn: "2026-01-05" },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await market.as("koperasi-aceh", `/batches/${id}`)).status).toBe(404);
    expect((await market.as("koperasi-aceh", `/batches/${id}/inspection-request`, { method: "POST" })).status).toBe(404);
    expect((await market.as("koperasi-aceh", `/batches/${id}/withdrawal`, { method: "POST" })).status).toBe(404);
    expect((await market.as("officer-aceh", `/batches/${id}`)).status).toBe(200);
    expect((await market.as("ministry", `/batches/${id}`)).status).toBe(200);
    expect((await market.as("koperasi-aceh", "/batches")).body.map((batch: { id: string }) => batch.id)).not.toContain(id);
  });

  it("refuses a batch at a facility the cooperative does not produce at (403)", async () => {
    const response = await market.as("koperasi-aceh", "/batches", {
      body: { productId: "coco-fiber", facilityId: "rpb-kelapa-minahasa-selatan", quantity: 5, unitPriceIdr: 2_500, producedOn: "2026-01-05" },
    });
    expect(response.status).toBe(403);
  });

  it("lets the second Aceh cooperative produce at the shared Aceh site", async () => {
    const response = await market.as("koperasi-aceh-2", "/batches", {
      body: { productId: "patchouli-oil", facilityId: "rpb-nilam-aceh-tamiang", quantity: 5, unitPriceIdr: 1_000_000, producedOn: "2026-01-05" },
    });
    expect(response.status).toBe(201);
  });

  it("lets an officer register equipment only at their own facility", async () => {
    const body = { kind: "ruler", serial: "R-1", calibratedOn: "2026-01-01", calibrationValidUntil: "2027-01-01" };
    expect((await market.as("officer-aceh", "/facilities/rpb-kelapa-minahasa-selatan/equipment", { body })).status).toBe(403);
    expect((await market.as("officer-sulut", "/facilities/rpb-kelapa-minahasa-selatan/equipment", { body })).status).toBe(201);
  });

  it("shows an officer only their own facility's inspection queue", async () => {
    const created = await market.as("koperasi-jateng", "/batches", {
      body: { productId: "teak-furniture", facilityId: "rpb-mebel-sragen", quantity: 4, unitPriceIdr: 3_000_000, producedOn: "2026-01-05" },
    });
    await market.as("koperasi-jateng", `/batches/${created.body.id}/inspection-request`, { method: "POST" });
    const ownQueue = await market.as("officer-jateng", "/inspections");
    expect(ownQueue.body.map((batch: { id: string }) => batch.id)).toContain(created.body.id);
    const otherQueue = await market.as("officer-aceh", "/inspections?facilityId=rpb-mebel-sragen");
    expect(otherQueue.body).toEqual([]);
  });
});
