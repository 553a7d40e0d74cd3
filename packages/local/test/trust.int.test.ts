import { describe, expect, it } from "vitest";
import { acehFacility, certifiedPatchouliBatch, daysFrom, patchouliMeasurements, registerInstruments } from "./support/flows";
import { useMarketplace } from "./support/marketplace";

const market = useMarketplace({ ownDatabase: true });
const sragen = "rpb-mebel-sragen";

const furniture = (quantity: number, producedOn: string, equipmentRunIds?: string[]) => ({
  productId: "teak-furniture",
  facilityId: sragen,
  quantity,
  unitPriceIdr: 3_500_000,
  producedOn,
  ...(equipmentRunIds ? { equipmentRunIds } : {}),
});

describe("volumes checked against the site's capacity", () => {
  it("refuses a batch larger than the site could have produced, explaining the numbers, and accepts it once equipment runs account for it", async () => {
    const today = daysFrom(market.clock.now(), 0);
    const first = await market.as("koperasi-jateng", "/batches", { body: furniture(30, daysFrom(market.clock.now(), -5)) });
    expect(first.status).toBe(201);

    const tooMuch = await market.as("koperasi-jateng", "/batches", { body: furniture(45, today) });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.headers.get("content-type")).toBe("application/problem+json");
    expect(tooMuch.body.detail).toContain("8 piece");
    expect(tooMuch.body.volumeCheck).toMatchObject({ capacityPerDay: 8, days: 5, capacity: 40, alreadyDeclared: 0, remaining: 40, requested: 45 });
    expect((await market.as("koperasi-jateng", "/batches")).body).toHaveLength(1);

    const run = await market.as("koperasi-jateng", `/facilities/${sragen}/equipment-runs`, {
      body: { productId: "teak-furniture", description: "kiln drying charge 14", ranOn: today, outputQuantity: 10 },
    });
    expect(run.status).toBe(201);
    const backed = await market.as("koperasi-jateng", "/batches", { body: furniture(45, today, [run.body.id]) });
    expect(backed.status).toBe(201);
    expect(backed.body.equipmentRunIds).toEqual([run.body.id]);

    const runs = await market.as("officer-jateng", `/facilities/${sragen}/equipment-runs`);
    expect(runs.body.find((candidate: { id: string }) => candidate.id === run.body.id).batchId).toBe(backed.body.id);
    const reused = await market.as("koperasi-jateng", "/batches", { body: furniture(5, today, [run.body.id]) });
    expect(reused.status).toBe(409);

    const stats = await market.as("officer-jateng", `/stats?from=${daysFrom(market.clock.now(), -9)}&to=${today}`);
    const sragenStats = stats.body.items.find((item: { facilityId: string }) => item.facilityId === sragen);
    expect(sragenStats).toMatchObject({ declaredQuantity: 75, capacityQuantity: 80, utilisation: 0.9375 });
  });

  it("lets only one of two racing declarations take the last of a site's capacity", async () => {
    const ginger = (quantity: number) => ({
      productId: "ginger-simplisia",
      facilityId: "rpb-jahe-kutai-kartanegara",
      quantity,
      unitPriceIdr: 90_000,
      producedOn: daysFrom(market.clock.now(), -1),
    });
    const probe = await market.as("koperasi-kaltim", "/batches", { body: ginger(10_000_000) });
    expect(probe.status).toBe(422);
    const allowed = probe.body.volumeCheck.allowed as number;
    expect(allowed).toBeGreaterThan(10);
    const share = Math.ceil(allowed * 0.6);
    const racing = await Promise.all([market.as("koperasi-kaltim", "/batches", { body: ginger(share) }), market.as("koperasi-kaltim", "/batches", { body: ginger(share) })]);
    expect(racing.map((response) => response.status).sort()).toEqual([201, 422]);
    const declared = (await market.as("koperasi-kaltim", "/batches")).body as { total: number }[];
    expect(declared.reduce((sum, batch) => sum + batch.total, 0)).toBe(share);
  });

  it("counts what was already declared at the site in the window, and refuses runs of another product or site", async () => {
    const foreign = await market.as("koperasi-jateng", `/facilities/${sragen}/equipment-runs`, {
      body: { productId: "beef", description: "not here", ranOn: daysFrom(market.clock.now(), -1), outputQuantity: 10 },
    });
    expect(foreign.status).toBe(400);
    expect((await market.as("koperasi-aceh", `/facilities/${sragen}/equipment-runs`, {
      body: { productId: "teak-furniture", description: "not our site", ranOn: daysFrom(market.clock.now(), -1), outputQuantity: 10 },
    })).status).toBe(403);
  });
});

describe("pooled orders carry a blended grade", () => {
  it("holds only a blend whose weighted average meets the minimum, shows it, and flags a near-threshold pool for re-test", async () => {
    const instruments = await registerInstruments(market, "officer-aceh", acehFacility, ["gc", "pycnometer", "refractometer", "titration"]);
    const lean = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh", quantity: 600, unitPriceIdr: 1_050_000, patchouliAlcohol: 32.2 });
    const rich = await certifiedPatchouliBatch(market, instruments, { cooperative: "koperasi-aceh-2", quantity: 600, unitPriceIdr: 1_300_000, patchouliAlcohol: 35.8 });
    const order = (overrides: Record<string, unknown>) => ({
      productId: "patchouli-oil",
      minGrade: "PA-32",
      quantity: 800,
      maxUnitPriceIdr: 1_500_000,
      deliverBy: daysFrom(market.clock.now(), 30),
      destinationProvince: "ID-JI",
      allowPartial: false,
      ...overrides,
    });

    const plain = await market.as("buyer-wangi", "/orders", { body: order({}) });
    expect(plain.body.allocations.find((allocation: { batchId: string }) => allocation.batchId === lean.batchId).quantity).toBe(600);
    expect(plain.body.blended.parameter).toBe("patchouliAlcohol");
    expect(plain.body.blended.value).toBeCloseTo((600 * 32.2 + 200 * 35.8) / 800, 3);
    await market.as("buyer-wangi", `/orders/${plain.body.id}/cancellation`, { method: "POST" });

    const blended = await market.as("buyer-wangi", "/orders", { body: order({ minAverage: { patchouliAlcohol: 34 } }) });
    expect(blended.status, JSON.stringify(blended.body)).toBe(201);
    expect(blended.body.status).toBe("held");
    const held = new Map<string, number>(blended.body.allocations.map((allocation: { batchId: string; quantity: number }) => [allocation.batchId, allocation.quantity]));
    const average = ((held.get(lean.batchId) ?? 0) * 32.2 + (held.get(rich.batchId) ?? 0) * 35.8) / 800;
    expect(average).toBeGreaterThanOrEqual(34);
    expect(held.get(lean.batchId)).toBeGreaterThan(0);
    expect(blended.body.blended.value).toBeCloseTo(average, 2);
    expect(blended.body.minAverage).toEqual({ patchouliAlcohol: 34 });
    expect(blended.body.blended.retestRequired).toBe(false);
    await market.as("buyer-wangi", `/orders/${blended.body.id}/cancellation`, { method: "POST" });

    const impossible = await market.as("buyer-wangi", "/orders", { body: order({ minAverage: { patchouliAlcohol: 36 } }) });
    expect(impossible.body).toMatchObject({ status: "open", heldQuantity: 0 });
    await market.as("buyer-wangi", `/orders/${impossible.body.id}/cancellation`, { method: "POST" });
    expect((await market.as("buyer-wangi", "/orders", { body: order({ minAverage: { acidNumber: 3 } }) })).status).toBe(400);

    const nearThreshold = await market.as("buyer-nusantara", "/orders", { body: order({ quantity: 620, minAverage: { patchouliAlcohol: 32.2 } }) });
    expect(nearThreshold.body.status).toBe("held");
    expect(nearThreshold.body.blended.value).toBeGreaterThanOrEqual(32.2);
    expect(nearThreshold.body.blended.value).toBeLessThanOrEqual(32 + 0.5);
    expect(nearThreshold.body.blended).toMatchObject({ retestRequired: true, nearestThreshold: 32 });

    expect((await market.as("officer-sulut", `/orders/${nearThreshold.body.id}/pooled-certificates`, {
      body: { measuredOn: daysFrom(market.clock.now(), 0), measurements: patchouliMeasurements(instruments, 32.6) },
    })).status).toBe(403);
    const retest = await market.as("officer-aceh", `/orders/${nearThreshold.body.id}/pooled-certificates`, {
      body: { measuredOn: daysFrom(market.clock.now(), 0), measurements: patchouliMeasurements(instruments, 32.6) },
    });
    expect(retest.status, JSON.stringify(retest.body)).toBe(201);
    expect(retest.body).toMatchObject({ scope: "pooled-delivery", batchId: nearThreshold.body.id, grade: "PA-32", quantity: 620 });
    expect((await market.as("buyer-nusantara", `/orders/${nearThreshold.body.id}`)).body.pooledCertificateId).toBe(retest.body.id);
    expect((await market.api("/certificates/verification", { body: { jws: retest.body.jws } })).body.valid).toBe(true);
  });
});
