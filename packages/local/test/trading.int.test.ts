import { keys } from "@fsm/store";
import { beforeAll, describe, expect, it } from "vitest";
import { acehFacility, certifiedPatchouliBatch, daysFrom, registerInstruments } from "./support/flows";
import { type TestMarketplace, useMarketplace } from "./support/marketplace";

const market = useMarketplace({ ownDatabase: true, background: true, settings: { holdTtlSeconds: 1800 } });
let instruments: Record<string, string>;

const orderBody = (overrides: Record<string, unknown> = {}) => ({
  productId: "patchouli-oil",
  minGrade: "PA-32",
  quantity: 1000,
  maxUnitPriceIdr: 1_500_000,
  deliverBy: daysFrom(market.clock.now(), 30),
  destinationProvince: "ID-JI",
  allowPartial: false,
  ...overrides,
});

const batch = async (id: string) => (await market.as("ministry", `/batches/${id}`)).body;

const expectCountersAddUp = (found: { total: number; available: number; reserved: number; shipped: number }) => {
  expect(found.available).toBeGreaterThanOrEqual(0);
  expect(found.reserved).toBeGreaterThanOrEqual(0);
  expect(found.total).toBe(found.available + found.reserved + found.shipped);
};

const waitFor = async <T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 250));
  }
};

/** Withdraws every listed batch so each scenario starts from the stock it creates itself. */
const clearStock = async (target: TestMarketplace) => {
  for (const cooperative of ["koperasi-aceh", "koperasi-aceh-2"]) {
    const own = await target.as(cooperative, "/batches?status=listed");
    for (const listed of own.body) await target.as(cooperative, `/batches/${listed.id}/withdrawal`, { method: "POST" });
  }
};

beforeAll(async () => {
  instruments = await registerInstruments(market, "officer-aceh", acehFacility, ["gc", "pycnometer", "refractometer", "titration"]);
});

describe("bulk orders filled from many small certified batches", () => {
  it("holds an order larger than any batch across cooperatives, cheapest eligible stock first, never ineligible stock", async () => {
    await clearStock(market);
    const cheapA = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh", quantity: 400, unitPriceIdr: 1_100_000, patchouliAlcohol: 33 });
    const cheapB = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh-2", quantity: 400, unitPriceIdr: 1_120_000, patchouliAlcohol: 35.5 });
    const middle = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh-2", quantity: 300, unitPriceIdr: 1_200_000, patchouliAlcohol: 34 });
    const dear = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh", quantity: 900, unitPriceIdr: 1_450_000, patchouliAlcohol: 36 });
    const lowGrade = await certifiedPatchouliBatch(market, instruments, { quantity: 900, unitPriceIdr: 900_000, patchouliAlcohol: 30.5 });
    const overCeiling = await certifiedPatchouliBatch(market, instruments, { quantity: 900, unitPriceIdr: 1_600_000, patchouliAlcohol: 36 });
    const expiresEarly = await certifiedPatchouliBatch(market, instruments, {
      quantity: 900,
      unitPriceIdr: 950_000,
      patchouliAlcohol: 36,
      bestBefore: daysFrom(market.clock.now(), 10),
    });
    const revoked = await certifiedPatchouliBatch(market, instruments, { quantity: 900, unitPriceIdr: 950_000, patchouliAlcohol: 36 });
    await market.as("officer-aceh", `/certificates/${revoked.certificate.id}/revocation`, { body: { reason: "retest failed" } });

    const placed = await market.as("buyer-wangi", "/orders", { body: orderBody() });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body).toMatchObject({ status: "held", quantity: 1000, heldQuantity: 1000 });
    const held = new Map<string, number>(placed.body.allocations.map((allocation: { batchId: string; quantity: number }) => [allocation.batchId, allocation.quantity]));
    expect(held.get(cheapA.batchId)).toBe(400);
    expect(held.get(cheapB.batchId)).toBe(400);
    expect(held.get(middle.batchId)).toBe(200);
    for (const never of [dear, lowGrade, overCeiling, expiresEarly, revoked]) expect(held.has(never.batchId)).toBe(false);
    expect(new Set(placed.body.allocations.map((allocation: { cooperativeId: string }) => allocation.cooperativeId)).size).toBe(2);
    for (const allocation of placed.body.allocations) {
      expect(allocation).toMatchObject({ status: "held", freightPerUnitIdr: expect.any(Number) });
      expect(Date.parse(allocation.holdExpiresAt)).toBe(market.clock.now().getTime() + 1800 * 1000);
    }
    expect(placed.body.totalIdr).toBe(placed.body.goodsIdr + placed.body.freightIdr);
    const middleAfter = await batch(middle.batchId);
    expect(middleAfter).toMatchObject({ available: 100, reserved: 200 });
    expectCountersAddUp(middleAfter);
    expect((await batch(cheapA.batchId)).available).toBe(0);
    const catalog = await market.api("/catalog?productId=patchouli-oil&limit=100");
    expect(catalog.body.items.map((item: { batchId: string }) => item.batchId)).not.toContain(cheapA.batchId);
    // Out of the sparse index itself, not only filtered from the answer.
    expect((await market.running.deps.store.table.get(keys.batch(cheapA.batchId)))?.gsi1pk).toBeUndefined();

    await market.as("buyer-wangi", `/orders/${placed.body.id}/cancellation`, { method: "POST" });
    expect((await batch(cheapA.batchId)).available).toBe(400);
  });

  it("holds nothing and stays open when stock is short and the order may not be partial; a partial order takes what there is", async () => {
    await clearStock(market);
    const only = await certifiedPatchouliBatch(market, instruments, { quantity: 300, unitPriceIdr: 1_100_000 });
    const strict = await market.as("buyer-wangi", "/orders", { body: orderBody({ quantity: 500 }) });
    expect(strict.status).toBe(201);
    expect(strict.body).toMatchObject({ status: "open", heldQuantity: 0, allocations: [] });
    expect(await batch(only.batchId)).toMatchObject({ available: 300, reserved: 0 });
    const partial = await market.as("buyer-nusantara", "/orders", { body: orderBody({ quantity: 500, allowPartial: true }) });
    expect(partial.body).toMatchObject({ status: "partially-held", heldQuantity: 300 });
    await market.as("buyer-wangi", `/orders/${strict.body.id}/cancellation`, { method: "POST" });
    await market.as("buyer-nusantara", `/orders/${partial.body.id}/cancellation`, { method: "POST" });
  });

  it("never holds more than exists when 50 orders race for the same stock", async () => {
    await clearStock(market);
    const batches = await Promise.all(
      [0, 1, 2].map((index) => certifiedPatchouliBatch(market, instruments, { quantity: 500, unitPriceIdr: 1_100_000 + index * 1000 })),
    );
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        market.as(index % 2 === 0 ? "buyer-wangi" : "buyer-nusantara", "/orders", { body: orderBody({ quantity: 40 + (index % 5) * 10 }) }),
      ),
    );
    for (const result of results) expect([201, 409]).toContain(result.status);
    const created = results.filter((result) => result.status === 201).map((result) => result.body);
    const totalHeld = created.reduce((sum, order) => sum + order.heldQuantity, 0);
    expect(totalHeld).toBeLessThanOrEqual(1500);
    expect(totalHeld).toBeGreaterThan(0);
    let reserved = 0;
    for (const { batchId } of batches) {
      const found = await batch(batchId);
      expectCountersAddUp(found);
      reserved += found.reserved;
    }
    expect(reserved).toBe(totalHeld);
    for (const order of created) {
      const fresh = (await market.as(order.buyerId === "buyer-wangi" ? "buyer-wangi" : "buyer-nusantara", `/orders/${order.id}`)).body;
      const allocated = fresh.allocations.filter((allocation: { status: string }) => allocation.status === "held").reduce((sum: number, allocation: { quantity: number }) => sum + allocation.quantity, 0);
      expect(allocated).toBe(fresh.heldQuantity);
      expect(["held", "open"]).toContain(fresh.status);
    }
    for (const order of created) {
      await market.as(order.buyerId === "buyer-wangi" ? "buyer-wangi" : "buyer-nusantara", `/orders/${order.id}/cancellation`, { method: "POST" });
    }
  });
});

describe("the life of an order", () => {
  it("confirms, ships, receives and fulfils; each step only by its owner and in the right state", async () => {
    await clearStock(market);
    const one = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh", quantity: 300, unitPriceIdr: 1_100_000 });
    const two = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh-2", quantity: 300, unitPriceIdr: 1_150_000 });
    const order = (await market.as("buyer-wangi", "/orders", { body: orderBody({ quantity: 500 }) })).body;
    expect(order.status).toBe("held");

    expect((await market.as("buyer-nusantara", `/orders/${order.id}`)).status).toBe(404);
    expect((await market.as("buyer-nusantara", `/orders/${order.id}/confirmation`, { method: "POST" })).status).toBe(404);
    expect((await market.as("koperasi-aceh", `/orders/${order.id}/confirmation`, { method: "POST" })).status).toBe(403);
    const allocationOfOne = order.allocations.find((allocation: { batchId: string }) => allocation.batchId === one.batchId);
    expect((await market.as("koperasi-aceh", `/allocations/${allocationOfOne.id}/shipment`, { body: { waybill: "JNE-0001" } })).status).toBe(409);

    const confirmed = await market.as("buyer-wangi", `/orders/${order.id}/confirmation`, { method: "POST" });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe("confirmed");
    expect(confirmed.body.allocations.every((allocation: { status: string }) => allocation.status === "confirmed")).toBe(true);
    expect((await market.as("buyer-wangi", `/orders/${order.id}/confirmation`, { method: "POST" })).status).toBe(409);

    const mine = await market.as("koperasi-aceh", "/allocations?status=confirmed");
    expect(mine.body.map((allocation: { id: string }) => allocation.id)).toContain(allocationOfOne.id);
    expect((await market.as("koperasi-aceh-2", `/allocations/${allocationOfOne.id}/shipment`, { body: { waybill: "JNE-0001" } })).status).toBe(404);
    expect((await market.as("buyer-wangi", `/allocations/${allocationOfOne.id}/receipt`, { body: { receivedQuantity: 1 } })).status).toBe(409);

    for (const allocation of confirmed.body.allocations) {
      const cooperative = allocation.cooperativeId === "coop-aroma-tamiang" ? "koperasi-aceh" : "koperasi-aceh-2";
      const shipped = await market.as(cooperative, `/allocations/${allocation.id}/shipment`, { body: { waybill: `JNE-${allocation.id.slice(-4)}` } });
      expect(shipped.status).toBe(200);
      expect(shipped.body.status).toBe("shipped");
    }
    const oneAfterShipping = await batch(one.batchId);
    expectCountersAddUp(oneAfterShipping);
    expect(oneAfterShipping.shipped).toBe(allocationOfOne.quantity);

    const [first, second] = confirmed.body.allocations;
    expect((await market.as("buyer-wangi", `/allocations/${first.id}/receipt`, { body: { receivedQuantity: first.quantity + 1 } })).status).toBe(422);
    expect((await market.as("buyer-nusantara", `/allocations/${first.id}/receipt`, { body: { receivedQuantity: first.quantity } })).status).toBe(404);
    expect((await market.as("buyer-wangi", `/allocations/${first.id}/receipt`, { body: { receivedQuantity: first.quantity } })).body.status).toBe("delivered");
    expect((await market.as("buyer-wangi", `/orders/${order.id}`)).body.status).toBe("confirmed");
    await market.as("buyer-wangi", `/allocations/${second.id}/receipt`, { body: { receivedQuantity: second.quantity - 2 } });
    expect((await market.as("buyer-wangi", `/orders/${order.id}`)).body.status).toBe("fulfilled");
    expect(two.batchId).toBeTruthy();

    const stats = await waitFor(
      () => market.as("ministry", "/stats"),
      (response) => (response.body.items?.find((item: { facilityId: string }) => item.facilityId === acehFacility)?.shippedQuantity ?? 0) >= 500,
    );
    const aceh = stats.body.items.find((item: { facilityId: string }) => item.facilityId === acehFacility);
    expect(aceh.shippedQuantity).toBe(500);
    expect(aceh.gmvIdr).toBe(order.goodsIdr);
    expect(aceh.fillRate).toBeGreaterThan(0);
    expect(aceh.gradeDistribution["PA-32"]).toBeGreaterThan(0);
    expect((await market.as("buyer-wangi", "/stats")).status).toBe(403);
  });

  it("releases expired holds on schedule, and confirming an expired hold is a 409", async () => {
    await clearStock(market);
    const only = await certifiedPatchouliBatch(market, instruments, { quantity: 300, unitPriceIdr: 1_100_000 });
    const order = (await market.as("buyer-wangi", "/orders", { body: orderBody({ quantity: 200 }) })).body;
    expect(order.status).toBe("held");
    market.clock.advanceSeconds(1801);
    expect((await market.as("buyer-wangi", `/orders/${order.id}/confirmation`, { method: "POST" })).status).toBe(409);
    const expired = await waitFor(
      () => market.as("buyer-wangi", `/orders/${order.id}`),
      (response) => response.body.status === "expired",
    );
    expect(expired.body.status).toBe("expired");
    expect(expired.body.allocations[0]).toMatchObject({ status: "released", releaseReason: "expired" });
    expect(await batch(only.batchId)).toMatchObject({ available: 300, reserved: 0 });
  });

  it("re-matches an open order when new stock is certified", async () => {
    await clearStock(market);
    const open = (await market.as("buyer-nusantara", "/orders", { body: orderBody({ quantity: 350 }) })).body;
    expect(open.status).toBe("open");
    await certifiedPatchouliBatch(market, instruments, { quantity: 400, unitPriceIdr: 1_100_000 });
    const rematched = await waitFor(
      () => market.as("buyer-nusantara", `/orders/${open.id}`),
      (response) => response.body.status === "held",
    );
    expect(rematched.body).toMatchObject({ status: "held", heldQuantity: 350 });
    await market.as("buyer-nusantara", `/orders/${open.id}/cancellation`, { method: "POST" });
  });

  it("takes a sold-out batch out of the catalog when a hold emptied it while the catalog still showed more", async () => {
    await clearStock(market);
    const { batchId } = await certifiedPatchouliBatch(market, instruments, { quantity: 100, unitPriceIdr: 1_000_000 });
    expect((await market.as("buyer-wangi", "/orders", { body: orderBody({ quantity: 100 }) })).status).toBe(201);
    // What a hold planned on a stale catalog view leaves behind: the batch emptied, its catalog entry still there.
    const { table } = market.running.deps.store;
    const emptied = await table.get(keys.batch(batchId));
    expect(emptied).toMatchObject({ available: 0 });
    await table.update({ key: keys.batch(batchId), set: keys.catalogEntry("patchouli-oil", Number(emptied?.gradeRank), 1_000_000, batchId) });
    const tidied = await waitFor(
      () => table.get(keys.batch(batchId)),
      (item) => item?.gsi1pk === undefined,
    );
    expect(tidied?.gsi1pk).toBeUndefined();
    expect(tidied).toMatchObject({ available: 0, reserved: 100 });
  });

  it("replays the first response for the same Idempotency-Key and body, and refuses another body", async () => {
    await clearStock(market);
    await certifiedPatchouliBatch(market, instruments, { quantity: 500, unitPriceIdr: 1_100_000 });
    const headers = { "idempotency-key": `key-${Date.now()}` };
    const first = await market.as("buyer-wangi", "/orders", { body: orderBody({ quantity: 100 }), headers });
    const again = await market.as("buyer-wangi", "/orders", { body: orderBody({ quantity: 100 }), headers });
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect((await market.as("buyer-wangi", "/orders")).body.filter((order: { id: string }) => order.id === first.body.id)).toHaveLength(1);
    const reused = await market.as("buyer-wangi", "/orders", { body: orderBody({ quantity: 101 }), headers });
    expect(reused.status).toBe(409);
    const batches = (await market.as("koperasi-aceh", "/batches?status=listed")).body;
    expect(batches.reduce((sum: number, listed: { reserved: number }) => sum + listed.reserved, 0)).toBe(100);
  });
});
