import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { acehFacility, daysFrom, declareBackedBatch, patchouliMeasurements, registerInstruments } from "./support/flows";
import { type ApiResponse, useMarketplace } from "./support/marketplace";

const market = useMarketplace();
let instruments: Record<string, string>;

const post = (handle: string, path: string, body: unknown, key: string) => market.as(handle, path, { body, headers: { "idempotency-key": key } });

/** Counts what a list route shows with this id: a repeated key must not have created a second one. */
const countListed = async (handle: string, path: string, id: string) => {
  const listed = await market.as(handle, path);
  expect(listed.status).toBe(200);
  return (listed.body as { id: string }[]).filter((item) => item.id === id).length;
};

interface CreatingRequest {
  path: string;
  body: unknown;
  otherBody: unknown;
}

interface CreatingRoute {
  name: string;
  handle: string;
  /** A fresh request (and whatever it needs to exist first), and a body that differs from it. */
  prepare: () => Promise<CreatingRequest>;
  listPath: string;
}

const today = () => market.clock.now();

const queuedBatch = async () => {
  const batch = await declareBackedBatch(market, {
    cooperative: "koperasi-aceh",
    productId: "patchouli-oil",
    facilityId: acehFacility,
    quantity: 40,
    unitPriceIdr: 1_150_000,
    producedOn: daysFrom(today(), -2),
  });
  expect((await market.as("koperasi-aceh", `/batches/${batch.id}/inspection-request`, { method: "POST" })).status).toBe(200);
  return batch.id as string;
};

/** A batch body backed by an equipment run, so the site's capacity check accepts it whatever else was declared. */
const backedBatchRequest = async (cooperative: string, quantity: number): Promise<CreatingRequest> => {
  const run = await market.as(cooperative, `/facilities/${acehFacility}/equipment-runs`, {
    body: { productId: "patchouli-oil", description: "run behind an idempotent batch", ranOn: daysFrom(today(), -1), outputQuantity: quantity },
  });
  expect(run.status).toBe(201);
  const body = { productId: "patchouli-oil", facilityId: acehFacility, quantity, unitPriceIdr: 1_190_000, producedOn: daysFrom(today(), -1), equipmentRunIds: [run.body.id] };
  return { path: "/batches", body, otherBody: { ...body, unitPriceIdr: 1_180_000 } };
};

const routes = (): CreatingRoute[] => [
  {
    name: "POST /facilities/{id}/equipment",
    handle: "officer-aceh",
    prepare: async () => ({
      path: `/facilities/${acehFacility}/equipment`,
      body: { kind: "gc", serial: "IDEMP-1", calibratedOn: daysFrom(today(), -10), calibrationValidUntil: daysFrom(today(), 200) },
      otherBody: { kind: "gc", serial: "IDEMP-2", calibratedOn: daysFrom(today(), -10), calibrationValidUntil: daysFrom(today(), 200) },
    }),
    listPath: `/facilities/${acehFacility}/equipment`,
  },
  {
    name: "POST /facilities/{id}/equipment-runs",
    handle: "koperasi-aceh",
    prepare: async () => ({
      path: `/facilities/${acehFacility}/equipment-runs`,
      body: { productId: "patchouli-oil", description: "idempotent run", ranOn: daysFrom(today(), -1), outputQuantity: 30 },
      otherBody: { productId: "patchouli-oil", description: "idempotent run", ranOn: daysFrom(today(), -1), outputQuantity: 31 },
    }),
    listPath: `/facilities/${acehFacility}/equipment-runs`,
  },
  {
    name: "POST /batches",
    handle: "koperasi-aceh",
    prepare: () => backedBatchRequest("koperasi-aceh", 5),
    listPath: "/batches",
  },
  {
    name: "POST /batches/{id}/certificates",
    handle: "officer-aceh",
    prepare: async () => ({
      path: `/batches/${await queuedBatch()}/certificates`,
      body: { measuredOn: daysFrom(today(), -1), measurements: patchouliMeasurements(instruments, 33) },
      otherBody: { measuredOn: daysFrom(today(), -1), measurements: patchouliMeasurements(instruments, 34) },
    }),
    listPath: "",
  },
];

beforeAll(async () => {
  instruments = await registerInstruments(market, "officer-aceh", acehFacility, ["gc", "pycnometer", "refractometer"]);
}, 60_000);

describe("Idempotency-Key on every creating route", () => {
  it.each(routes().map((route) => [route.name, route] as const))("%s: a repeat answers the first result, another body is a 409", async (_name, route) => {
    const { path, body, otherBody } = await route.prepare();
    const key = randomUUID();
    const first = await post(route.handle, path, body, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const again = await post(route.handle, path, body, key);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    if (route.listPath) expect(await countListed(route.handle, route.listPath, first.body.id)).toBe(1);
    const reused = await post(route.handle, path, otherBody, key);
    expect(reused.status).toBe(409);
    expect(reused.body.detail).toMatch(/different body/);
  });

  it("treats the same key and body sent to another batch as another request: a 409, and that batch stays in its queue", async () => {
    const key = randomUUID();
    const body = { measuredOn: daysFrom(today(), -1), measurements: patchouliMeasurements(instruments, 33) };
    const [first, second] = [await queuedBatch(), await queuedBatch()];
    expect((await post("officer-aceh", `/batches/${first}/certificates`, body, key)).status).toBe(201);
    const elsewhere = await post("officer-aceh", `/batches/${second}/certificates`, body, key);
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.detail).toMatch(/different body or path/);
    expect((await market.as("koperasi-aceh", `/batches/${second}`)).body.status).toBe("awaiting-inspection");
  });

  it("creates one batch when the same request races itself, and answers every copy with it", async () => {
    const key = randomUUID();
    const { body } = await backedBatchRequest("koperasi-aceh", 6);
    const copies: ApiResponse[] = await Promise.all(Array.from({ length: 6 }, () => post("koperasi-aceh", "/batches", body, key)));
    expect(copies.map((copy) => copy.status)).toEqual(copies.map(() => 201));
    const ids = new Set(copies.map((copy) => copy.body.id as string));
    expect(ids.size).toBe(1);
    expect(await countListed("koperasi-aceh", "/batches", [...ids][0] as string)).toBe(1);
  });

  it("keeps one caller's key apart from another's, and from the same key on another route", async () => {
    const key = randomUUID();
    const mine = await post("koperasi-aceh", "/batches", (await backedBatchRequest("koperasi-aceh", 4)).body, key);
    const theirs = await post("koperasi-aceh-2", "/batches", (await backedBatchRequest("koperasi-aceh-2", 4)).body, key);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.cooperativeId).not.toBe(mine.body.cooperativeId);
    const run = await post("koperasi-aceh", `/facilities/${acehFacility}/equipment-runs`, { productId: "patchouli-oil", description: "same key, other route", ranOn: daysFrom(today(), -1), outputQuantity: 4 }, key);
    expect(run.status).toBe(201);
  });

  it("refuses an empty or overlong key with a 400 and writes nothing", async () => {
    const before = await market.as("koperasi-aceh", "/batches");
    const { body } = await backedBatchRequest("koperasi-aceh", 3);
    for (const key of ["", "k".repeat(256)]) {
      const refused = await post("koperasi-aceh", "/batches", body, key);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].path).toBe("headers.idempotency-key");
    }
    expect((await market.as("koperasi-aceh", "/batches")).body).toHaveLength(before.body.length);
  });
});
