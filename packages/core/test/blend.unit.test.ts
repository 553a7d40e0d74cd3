import { describe, expect, it } from "vitest";
import { type Batch, blendedValue, findRulebook, planHolds, weightedAverage } from "../src";

const patchouli = findRulebook("patchouli-oil");
if (!patchouli) throw new Error("patchouli rulebook missing");

const batch = (id: string, available: number, unitPriceIdr: number, keyValue: number): Batch & { gradeRank: number } => ({
  id,
  productId: "patchouli-oil",
  facilityId: "f",
  province: "ID-AC",
  cooperativeId: "c",
  status: "listed",
  total: available,
  available,
  reserved: 0,
  shipped: 0,
  withdrawn: 0,
  unitPriceIdr,
  producedOn: "2026-11-01",
  contributions: [],
  grade: keyValue >= 35 ? "PA-35" : "PA-32",
  gradeRank: keyValue >= 35 ? 0 : 1,
  keyValue,
  certificateValidUntil: "2027-11-01",
  createdAt: "2026-11-01T00:00:00Z",
  updatedAt: "2026-11-01T00:00:00Z",
});

const request = (minAverage?: number) => ({
  productId: "patchouli-oil",
  maxUnitPriceIdr: 2_000_000,
  deliverBy: "2026-12-31",
  minGradeRank: 1,
  quantity: 1000,
  allowPartial: false,
  destinationProvince: "ID-JI",
  unit: "kg" as const,
  minAverage,
});

const averageHeld = (holds: ReturnType<typeof planHolds>) =>
  weightedAverage(holds.map((hold) => ({ quantity: hold.quantity, value: hold.batch.keyValue as number })));

describe("blended value of a pooled order", () => {
  it("weights each batch's key parameter by the quantity held", () => {
    expect(weightedAverage([{ quantity: 300, value: 36 }, { quantity: 100, value: 32 }])).toBe(35);
    expect(weightedAverage([])).toBeNull();
  });

  it("flags a pool within the rulebook's margin of a grade threshold for re-test", () => {
    expect(blendedValue(patchouli, [{ quantity: 1, value: 32.3 }, { quantity: 1, value: 32.5 }])).toMatchObject({ value: 32.4, retestRequired: true, nearestThreshold: 32 });
    expect(blendedValue(patchouli, [{ quantity: 1, value: 33.2 }, { quantity: 1, value: 33.4 }])).toMatchObject({ retestRequired: false });
    expect(blendedValue(patchouli, [{ quantity: 1, value: 32.2 }])).toMatchObject({ retestRequired: false });
  });
});

describe("matching with a minimum average", () => {
  const stock = [batch("cheap-lean", 800, 1_000_000, 32.1), batch("mid", 500, 1_150_000, 34), batch("dear-rich", 800, 1_400_000, 36.5)];

  it("takes the cheapest stock when the plain plan already meets the average", () => {
    const holds = planHolds(request(32), stock);
    expect(holds.find((hold) => hold.batch.id === "cheap-lean")?.quantity).toBe(800);
  });

  it("blends in richer stock, as little as needed, to reach the average", () => {
    const holds = planHolds(request(34), stock);
    expect(holds.reduce((sum, hold) => sum + hold.quantity, 0)).toBe(1000);
    expect(averageHeld(holds)).toBeGreaterThanOrEqual(34);
    expect(holds.some((hold) => hold.batch.id === "cheap-lean")).toBe(true);
  });

  it("holds nothing when no blend can reach the average", () => {
    expect(planHolds(request(37), stock)).toEqual([]);
  });
});
