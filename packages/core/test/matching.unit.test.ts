import { describe, expect, it } from "vitest";
import { isDomainError } from "../src/errors";
import { type MatchCandidate, matchOrder, type MatchPlan } from "../src/matching";

const batch = (batchId: string, available: number, unitPriceIdr: number, fixedCostIdr: number, freightPerUnitIdr = 0): MatchCandidate => ({
  batchId,
  available,
  unitPriceIdr,
  freightPerUnitIdr,
  fixedCostIdr,
});

const whole = (quantity: number) => ({ quantity, allowPartial: false });

const expectInvalidInput = (action: () => unknown) => {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(isDomainError(thrown) && thrown.kind === "invalid-input").toBe(true);
};

describe("matchOrder", () => {
  it("takes one big batch over two cheaper small ones when the second pickup costs more than it saves", () => {
    // A alone: 100 x 1,000 + 5,000 = 105,000. B and C: 100 x 990 + 2 x 5,000 = 109,000.
    const plan = matchOrder(whole(100), [batch("A", 100, 1_000, 5_000), batch("B", 60, 990, 5_000), batch("C", 60, 990, 5_000)]);
    expect(plan).toEqual({ picks: [{ batchId: "A", quantity: 100 }], quantity: 100, costIdr: 105_000, method: "exact" });
  });

  it("splits across the cheaper batches once pickups are cheap enough", () => {
    // A alone: 100,000 + 500 = 100,500. B and C: 99,000 + 2 x 500 = 100,000.
    const plan = matchOrder(whole(100), [batch("A", 100, 1_000, 500), batch("B", 60, 990, 500), batch("C", 60, 990, 500)]);
    expect(plan).toEqual({
      picks: [
        { batchId: "B", quantity: 60 },
        { batchId: "C", quantity: 40 },
      ],
      quantity: 100,
      costIdr: 100_000,
      method: "exact",
    });
  });

  it("counts freight: a cheaper batch far away loses to a dearer one nearby", () => {
    // near: 50 x (10,000 + 300) + 1,000 = 516,000; far: 50 x (9,800 + 5,491) + 1,000 = 765,550.
    const plan = matchOrder(whole(50), [batch("far", 100, 9_800, 1_000, 5_491), batch("near", 100, 10_000, 1_000, 300)]);
    expect(plan.picks).toEqual([{ batchId: "near", quantity: 50 }]);
    expect(plan.costIdr).toBe(516_000);
  });

  it("uses the cheaper batch in full and tops up from the dearer one", () => {
    // A full: 100 x 1,000 + 1,000; B 50 x 1,100 + 1,000: 157,000.
    const plan = matchOrder(whole(150), [batch("B", 100, 1_100, 1_000), batch("A", 100, 1_000, 1_000)]);
    expect(plan).toEqual({
      picks: [
        { batchId: "A", quantity: 100 },
        { batchId: "B", quantity: 50 },
      ],
      quantity: 150,
      costIdr: 157_000,
      method: "exact",
    });
  });

  it("takes all the stock there is for a partial order that cannot be filled", () => {
    // 100 x 1,000 + 5,000 + 150 x 1,200 + 5,000 = 290,000.
    const plan = matchOrder({ quantity: 500, allowPartial: true }, [batch("A", 100, 1_000, 5_000), batch("B", 150, 1_200, 5_000)]);
    expect(plan).toEqual({
      picks: [
        { batchId: "B", quantity: 150 },
        { batchId: "A", quantity: 100 },
      ],
      quantity: 250,
      costIdr: 290_000,
      method: "exact",
    });
  });

  it("optimises a partial order normally when there is enough stock", () => {
    const candidates = [batch("A", 100, 1_000, 5_000), batch("B", 60, 990, 5_000), batch("C", 60, 990, 5_000)];
    expect(matchOrder({ quantity: 100, allowPartial: true }, candidates)).toEqual(matchOrder(whole(100), candidates));
  });

  it("returns an empty plan for an all-or-nothing order that cannot be filled", () => {
    const empty: MatchPlan = { picks: [], quantity: 0, costIdr: 0, method: "exact" };
    expect(matchOrder(whole(500), [batch("A", 100, 1_000, 5_000), batch("B", 150, 1_200, 5_000)])).toEqual(empty);
    expect(matchOrder(whole(1), [])).toEqual(empty);
  });

  it("takes everything when the stock is exactly the quantity", () => {
    const plan = matchOrder(whole(250), [batch("A", 100, 1_000, 5_000), batch("B", 150, 1_200, 5_000)]);
    expect(plan.quantity).toBe(250);
    expect(plan.costIdr).toBe(290_000);
  });

  it("breaks ties by batch id, whatever order the candidates come in", () => {
    const twins = [batch("lot-b", 100, 1_000, 5_000), batch("lot-a", 100, 1_000, 5_000)];
    const expected = { picks: [{ batchId: "lot-a", quantity: 50 }], quantity: 50, costIdr: 55_000, method: "exact" };
    expect(matchOrder(whole(50), twins)).toEqual(expected);
    expect(matchOrder(whole(50), [...twins].reverse())).toEqual(expected);
    expect(matchOrder(whole(50), twins, { strategy: "heuristic" }).picks).toEqual(expected.picks);
  });

  it("never takes more than a batch has, and the picks add up to the order", () => {
    const candidates = Array.from({ length: 40 }, (_, index) =>
      batch(`b${String(index).padStart(2, "0")}`, 5 + ((index * 37) % 90), 900_000 + ((index * 7_919) % 200_000), 1_500_000, 300 + ((index * 131) % 9_000)),
    );
    for (const quantity of [1, 7, 95, 333, 1_000, 1_500]) {
      const plan = matchOrder(whole(quantity), candidates);
      const byId = new Map(candidates.map((candidate) => [candidate.batchId, candidate]));
      expect(plan.quantity).toBe(quantity);
      expect(plan.picks.reduce((sum, pick) => sum + pick.quantity, 0)).toBe(quantity);
      for (const pick of plan.picks) {
        expect(Number.isInteger(pick.quantity)).toBe(true);
        expect(pick.quantity).toBeGreaterThan(0);
        expect(pick.quantity).toBeLessThanOrEqual(byId.get(pick.batchId)?.available ?? 0);
      }
    }
  });

  it("ignores batches with no stock", () => {
    const plan = matchOrder(whole(10), [batch("empty", 0, 1, 0), batch("A", 20, 1_000, 0)]);
    expect(plan.picks).toEqual([{ batchId: "A", quantity: 10 }]);
  });

  it("says how it got the plan", () => {
    const candidates = [batch("A", 100, 1_000, 5_000), batch("B", 60, 990, 5_000)];
    expect(matchOrder(whole(120), candidates).method).toBe("exact");
    expect(matchOrder(whole(120), candidates, { strategy: "heuristic" }).method).toBe("heuristic");
  });

  it("refuses quantities and terms that are not whole non-negative numbers", () => {
    const candidates = [batch("A", 100, 1_000, 5_000)];
    expectInvalidInput(() => matchOrder(whole(0), candidates));
    expectInvalidInput(() => matchOrder(whole(1.5), candidates));
    expectInvalidInput(() => matchOrder(whole(-3), candidates));
    expectInvalidInput(() => matchOrder(whole(10), [batch("A", 2.5, 1_000, 5_000)]));
    expectInvalidInput(() => matchOrder(whole(10), [batch("A", 100, -1, 5_000)]));
    expectInvalidInput(() => matchOrder(whole(10), [batch("A", 100, 1_000, Number.NaN)]));
  });

  it("refuses an order too large to price in exact integers", () => {
    expectInvalidInput(() => matchOrder(whole(10_000_000), [batch("A", 10_000_000, 1_000_000_000_000, 0)]));
  });
});
