import { expect } from "vitest";
import type { TestMarketplace } from "./marketplace";

export const acehFacility = "rpb-nilam-aceh-tamiang";

export const daysFrom = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

const patchouliKinds: Record<string, string> = {
  patchouliAlcohol: "gc",
  alphaCopaene: "gc",
  specificGravity: "pycnometer",
  refractiveIndex: "refractometer",
  acidNumber: "titration",
};

/** Registers one calibrated instrument of each kind at the facility; returns their ids by kind. */
export const registerInstruments = async (market: TestMarketplace, officer: string, facilityId: string, kinds: string[]) => {
  const today = market.clock.now();
  const ids: Record<string, string> = {};
  for (const kind of kinds) {
    const response = await market.as(officer, `/facilities/${facilityId}/equipment`, {
      body: { kind, serial: `T-${kind}-${Math.random().toString(36).slice(2, 8)}`, calibratedOn: daysFrom(today, -30), calibrationValidUntil: daysFrom(today, 300) },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    ids[kind] = response.body.id;
  }
  return ids;
};

export const patchouliMeasurements = (instruments: Record<string, string>, patchouliAlcohol: number, overrides: Record<string, number> = {}) =>
  Object.entries({ patchouliAlcohol, alphaCopaene: 0.3, specificGravity: 0.96, refractiveIndex: 1.51, ...overrides }).map(([parameter, value]) => ({
    parameter,
    value,
    equipmentId: instruments[patchouliKinds[parameter] as string] as string,
  }));

export interface Declaration {
  cooperative: string;
  productId: string;
  facilityId: string;
  quantity: number;
  unitPriceIdr: number;
  producedOn: string;
  bestBefore?: string;
}

/**
 * Declares a batch backed by a recorded equipment run of the same output, so the site's capacity
 * check accepts it however many batches a test declares on one day.
 */
export const declareBackedBatch = async (market: TestMarketplace, declaration: Declaration) => {
  const { cooperative, quantity, producedOn, ...rest } = declaration;
  const run = await market.as(cooperative, `/facilities/${declaration.facilityId}/equipment-runs`, {
    body: { productId: declaration.productId, description: "test production run", ranOn: producedOn, outputQuantity: quantity },
  });
  expect(run.status, JSON.stringify(run.body)).toBe(201);
  const created = await market.as(cooperative, "/batches", { body: { ...rest, quantity, producedOn, equipmentRunIds: [run.body.id] } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
};

export interface BatchSpec {
  cooperative?: string;
  quantity: number;
  unitPriceIdr: number;
  patchouliAlcohol?: number;
  bestBefore?: string;
}

/** A patchouli batch at the Aceh site taken all the way to a certificate. */
export const certifiedPatchouliBatch = async (market: TestMarketplace, instruments: Record<string, string>, spec: BatchSpec) => {
  const cooperative = spec.cooperative ?? "koperasi-aceh";
  const today = market.clock.now();
  const created = await declareBackedBatch(market, {
    cooperative,
    productId: "patchouli-oil",
    facilityId: acehFacility,
    quantity: spec.quantity,
    unitPriceIdr: spec.unitPriceIdr,
    producedOn: daysFrom(today, -3),
    ...(spec.bestBefore ? { bestBefore: spec.bestBefore } : {}),
  });
  const queued = await market.as(cooperative, `/batches/${created.id}/inspection-request`, { method: "POST" });
  expect(queued.status).toBe(200);
  const certificate = await market.as("officer-aceh", `/batches/${created.id}/certificates`, {
    body: { measuredOn: daysFrom(today, -1), measurements: patchouliMeasurements(instruments, spec.patchouliAlcohol ?? 33) },
  });
  expect(certificate.status, JSON.stringify(certificate.body)).toBe(201);
  return { batchId: created.id as string, certificate: certificate.body };
};
