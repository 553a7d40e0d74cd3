import { compactVerify, createRemoteJWKSet } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { acehFacility, daysFrom, declareBackedBatch, patchouliMeasurements, registerInstruments } from "./support/flows";
import { useMarketplace } from "./support/marketplace";

const market = useMarketplace();
let instruments: Record<string, string>;

const draftBatch = async (quantity = 120) => {
  const created = await declareBackedBatch(market, {
    cooperative: "koperasi-aceh",
    productId: "patchouli-oil",
    facilityId: acehFacility,
    quantity,
    unitPriceIdr: 1_200_000,
    producedOn: daysFrom(market.clock.now(), -2),
  });
  return created.id as string;
};

const queuedBatch = async () => {
  const id = await draftBatch();
  expect((await market.as("koperasi-aceh", `/batches/${id}/inspection-request`, { method: "POST" })).status).toBe(200);
  return id;
};

const certify = (batchId: string, measurements: unknown, officer = "officer-aceh", measuredOn = daysFrom(market.clock.now(), -1)) =>
  market.as(officer, `/batches/${batchId}/certificates`, { body: { measuredOn, measurements } });

beforeAll(async () => {
  instruments = await registerInstruments(market, "officer-aceh", acehFacility, ["gc", "pycnometer", "refractometer", "titration"]);
});

describe("the whole quality flow through the API", () => {
  it("grades by the rulebook, signs a verifiable certificate, and revocation delists", async () => {
    const batchId = await queuedBatch();
    const queue = await market.as("officer-aceh", `/inspections?facilityId=${acehFacility}`);
    expect(queue.body.map((batch: { id: string }) => batch.id)).toContain(batchId);

    const issued = await certify(batchId, patchouliMeasurements(instruments, 33.1));
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ batchId, grade: "PA-32", rulebookVersion: "2026.1", status: "valid" });
    expect(issued.body.shortOfNextGrade).toMatchObject({ grade: "PA-35" });
    expect(issued.body.measurements[0]).toMatchObject({ equipmentId: instruments.gc, equipmentKind: "gc" });

    const batch = await market.as("koperasi-aceh", `/batches/${batchId}`);
    expect(batch.body).toMatchObject({ status: "listed", grade: "PA-32", certificateId: issued.body.id });
    const catalog = await market.api("/catalog?productId=patchouli-oil&limit=100");
    expect(catalog.body.items.map((item: { batchId: string }) => item.batchId)).toContain(batchId);

    const verified = await market.api("/certificates/verification", { body: { jws: issued.body.jws } });
    expect(verified.body).toMatchObject({ valid: true, certificate: { id: issued.body.id } });

    const jwks = createRemoteJWKSet(new URL(`${market.url}/api/.well-known/jwks.json`));
    const { payload } = await compactVerify(issued.body.jws, jwks);
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ certificateId: issued.body.id, grade: "PA-32", batchId });

    const [header, body, signature] = issued.body.jws.split(".");
    const flipped = body.slice(0, 10) + (body[10] === "A" ? "B" : "A") + body.slice(11);
    const tampered = await market.api("/certificates/verification", { body: { jws: `${header}.${flipped}.${signature}` } });
    expect(tampered.body.valid).toBe(false);
    expect(["bad-signature", "malformed"]).toContain(tampered.body.reason);
    const badSignature = await market.api("/certificates/verification", {
      body: { jws: `${header}.${body}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}` },
    });
    expect(badSignature.body).toEqual({ valid: false, reason: "bad-signature" });

    const foreign = await market.api("/certificates/verification", { body: { jws: issued.body.jws.replace(header, Buffer.from(JSON.stringify({ alg: "ES256", kid: "someone-else" })).toString("base64url")) } });
    expect(foreign.body).toEqual({ valid: false, reason: "unknown-key" });

    expect((await market.as("officer-sulut", `/certificates/${issued.body.id}/revocation`, { body: { reason: "not ours" } })).status).toBe(403);
    const revoked = await market.as("officer-aceh", `/certificates/${issued.body.id}/revocation`, { body: { reason: "GC column contaminated" } });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: "revoked", revocationReason: "GC column contaminated" });
    const afterRevocation = await market.api("/certificates/verification", { body: { jws: issued.body.jws } });
    expect(afterRevocation.body).toMatchObject({ valid: false, reason: "revoked" });
    const catalogAfter = await market.api("/catalog?productId=patchouli-oil&limit=100");
    expect(catalogAfter.body.items.map((item: { batchId: string }) => item.batchId)).not.toContain(batchId);
    expect((await market.as("koperasi-aceh", `/batches/${batchId}`)).body.status).toBe("delisted");
    expect((await market.api(`/certificates/${issued.body.id}`)).body.status).toBe("revoked");
    expect((await market.as("officer-aceh", `/certificates/${issued.body.id}/revocation`, { body: { reason: "again" } })).status).toBe(409);
  });

  it("records a batch below every grade as rejected (201, grade null) and keeps it off the catalog", async () => {
    const batchId = await queuedBatch();
    const issued = await certify(batchId, patchouliMeasurements(instruments, 29.5));
    expect(issued.status).toBe(201);
    expect(issued.body.grade).toBeNull();
    expect((await market.as("koperasi-aceh", `/batches/${batchId}`)).body.status).toBe("rejected");
  });

  it("shows the certificate to anyone without a token", async () => {
    const batchId = await queuedBatch();
    const issued = await certify(batchId, patchouliMeasurements(instruments, 36));
    const publicView = await market.api(`/certificates/${issued.body.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body).toMatchObject({ grade: "PA-35", status: "valid", jws: issued.body.jws });
  });
});

describe("what the quality rules refuse, writing nothing", () => {
  it("422 when the equipment's calibration is not valid on the measurement date", async () => {
    const batchId = await queuedBatch();
    const today = market.clock.now();
    const expired = await market.as("officer-aceh", `/facilities/${acehFacility}/equipment`, {
      body: { kind: "gc", serial: "T-gc-expired", calibratedOn: daysFrom(today, -400), calibrationValidUntil: daysFrom(today, -35) },
    });
    const measurements = patchouliMeasurements(instruments, 34).map((measurement) =>
      measurement.parameter === "patchouliAlcohol" ? { ...measurement, equipmentId: expired.body.id } : measurement,
    );
    const refused = await certify(batchId, measurements);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].message).toContain("calibration");
    expect((await market.as("koperasi-aceh", `/batches/${batchId}`)).body).toMatchObject({ status: "awaiting-inspection" });
    expect((await market.as("koperasi-aceh", "/certificates")).body.map((certificate: { batchId: string }) => certificate.batchId)).not.toContain(batchId);
  });

  it("422 when a required parameter is missing, or an instrument of the wrong kind measured it", async () => {
    const batchId = await queuedBatch();
    const missing = patchouliMeasurements(instruments, 34).filter((measurement) => measurement.parameter !== "refractiveIndex");
    expect((await certify(batchId, missing)).status).toBe(422);
    const wrongKind = patchouliMeasurements(instruments, 34).map((measurement) =>
      measurement.parameter === "patchouliAlcohol" ? { ...measurement, equipmentId: instruments.pycnometer } : measurement,
    );
    expect((await certify(batchId, wrongKind)).status).toBe(422);
    expect((await market.as("koperasi-aceh", `/batches/${batchId}`)).body.status).toBe("awaiting-inspection");
  });

  it("400 for a reading no instrument can give", async () => {
    const batchId = await queuedBatch();
    const response = await certify(batchId, patchouliMeasurements(instruments, 140));
    expect(response.status).toBe(400);
  });

  it("403 for an officer of another facility and for a cooperative", async () => {
    const batchId = await queuedBatch();
    expect((await certify(batchId, patchouliMeasurements(instruments, 34), "officer-sulut")).status).toBe(403);
    const asCooperative = await market.as("koperasi-aceh", `/batches/${batchId}/certificates`, {
      body: { measuredOn: daysFrom(market.clock.now(), -1), measurements: patchouliMeasurements(instruments, 34) },
    });
    expect(asCooperative.status).toBe(403);
    expect((await market.as("officer-sulut", `/facilities/${acehFacility}/equipment`, {
      body: { kind: "gc", serial: "x", calibratedOn: "2026-01-01", calibrationValidUntil: "2027-01-01" },
    })).status).toBe(403);
  });

  it("409 when the batch is not awaiting inspection", async () => {
    const batchId = await draftBatch();
    expect((await certify(batchId, patchouliMeasurements(instruments, 34))).status).toBe(409);
  });
});
