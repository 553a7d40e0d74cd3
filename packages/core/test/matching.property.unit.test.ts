import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MatchCandidate, matchOrder, type MatchPlan } from "../src/matching";

interface Terms {
  available: number;
  unitPriceIdr: number;
  freightPerUnitIdr: number;
  fixedCostIdr: number;
}

const withIds = (terms: Terms[]): MatchCandidate[] => terms.map((term, index) => ({ batchId: `batch-${index}`, ...term }));

/** Small numbers, where fixed costs can outweigh everything: the awkward corners. */
const smallTerms = fc.record({
  available: fc.integer({ min: 1, max: 40 }),
  unitPriceIdr: fc.integer({ min: 0, max: 2_000 }),
  freightPerUnitIdr: fc.integer({ min: 0, max: 500 }),
  fixedCostIdr: fc.integer({ min: 0, max: 5_000 }),
});

/** Patchouli oil as traded: Rp 0.85-1.2 million per kg, tariff-like freight, a pickup fee. */
const realisticTerms = fc.record({
  available: fc.integer({ min: 1, max: 2_000 }),
  unitPriceIdr: fc.integer({ min: 850_000, max: 1_200_000 }),
  freightPerUnitIdr: fc.integer({ min: 300, max: 13_000 }),
  fixedCostIdr: fc.constantFrom(0, 750_000, 1_500_000, 3_000_000),
});

/** An instance and an order quantity from 1 to a little over the stock. */
const instance = (terms: fc.Arbitrary<Terms>, maxCandidates: number) =>
  fc
    .tuple(fc.array(terms, { minLength: 1, maxLength: maxCandidates }), fc.double({ min: 0, max: 1.15, noNaN: true }), fc.boolean())
    .map(([candidateTerms, share, allowPartial]) => {
      const candidates = withIds(candidateTerms);
      const stock = candidates.reduce((sum, candidate) => sum + candidate.available, 0);
      return { candidates, stock, quantity: Math.max(1, Math.round(share * stock)), allowPartial };
    });

const unitCost = (candidate: MatchCandidate) => candidate.unitPriceIdr + candidate.freightPerUnitIdr;

/** The least landed cost over every set of batches, each set drawn on cheapest per unit first. */
const bruteForceOptimum = (candidates: readonly MatchCandidate[], quantity: number): number => {
  let best = Infinity;
  for (let subset = 1; subset < 1 << candidates.length; subset++) {
    const chosen = candidates.filter((_, index) => (subset & (1 << index)) !== 0).sort((left, right) => unitCost(left) - unitCost(right));
    let remaining = quantity;
    let cost = 0;
    for (const candidate of chosen) {
      const taken = Math.min(candidate.available, remaining);
      cost += taken * unitCost(candidate) + candidate.fixedCostIdr;
      remaining -= taken;
    }
    if (remaining === 0) best = Math.min(best, cost);
  }
  return best;
};

const expectSound = (plan: MatchPlan, candidates: readonly MatchCandidate[]) => {
  const byId = new Map(candidates.map((candidate) => [candidate.batchId, candidate]));
  expect(new Set(plan.picks.map((pick) => pick.batchId)).size).toBe(plan.picks.length);
  let cost = 0;
  for (const pick of plan.picks) {
    const candidate = byId.get(pick.batchId);
    expect(candidate).toBeDefined();
    if (candidate === undefined) return;
    expect(Number.isSafeInteger(pick.quantity)).toBe(true);
    expect(pick.quantity).toBeGreaterThan(0);
    expect(pick.quantity).toBeLessThanOrEqual(candidate.available);
    cost += pick.quantity * unitCost(candidate) + candidate.fixedCostIdr;
  }
  expect(plan.picks.reduce((sum, pick) => sum + pick.quantity, 0)).toBe(plan.quantity);
  expect(plan.costIdr).toBe(cost);
};

describe("matchOrder against brute force on tiny instances", () => {
  for (const [name, terms] of [
    ["small numbers", smallTerms],
    ["realistic prices", realisticTerms],
  ] as const) {
    it(`finds the optimum exactly (${name})`, () => {
      fc.assert(
        fc.property(instance(terms, 8), ({ candidates, stock, quantity, allowPartial }) => {
          const plan = matchOrder({ quantity, allowPartial }, candidates, { strategy: "exact" });
          expectSound(plan, candidates);
          expect(plan.method).toBe("exact");
          if (stock >= quantity) {
            expect(plan.quantity).toBe(quantity);
            expect(plan.costIdr).toBe(bruteForceOptimum(candidates, quantity));
          } else if (allowPartial) {
            expect(plan.quantity).toBe(stock);
          } else {
            expect(plan.picks).toEqual([]);
            expect(plan.quantity).toBe(0);
          }
        }),
        { numRuns: 400 },
      );
    });

    it(`stays within 1% of the optimum with the heuristic alone (${name})`, () => {
      fc.assert(
        fc.property(instance(terms, 8), ({ candidates, stock, quantity }) => {
          fc.pre(stock >= quantity);
          const plan = matchOrder({ quantity, allowPartial: false }, candidates, { strategy: "heuristic" });
          expectSound(plan, candidates);
          expect(plan.quantity).toBe(quantity);
          expect(plan.costIdr).toBeLessThanOrEqual(1.01 * bruteForceOptimum(candidates, quantity));
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe("matchOrder invariants", () => {
  it("never over-allocates, takes whole units and totals exactly the order", () => {
    fc.assert(
      fc.property(instance(realisticTerms, 60), ({ candidates, stock, quantity, allowPartial }) => {
        const plan = matchOrder({ quantity, allowPartial }, candidates);
        expectSound(plan, candidates);
        const expected = stock >= quantity ? quantity : allowPartial ? stock : 0;
        expect(plan.quantity).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same plan whatever order the candidates arrive in", () => {
    fc.assert(
      fc.property(instance(smallTerms, 20), fc.integer({ min: 0, max: 1_000 }), ({ candidates, quantity, allowPartial }, rotation) => {
        const shift = rotation % candidates.length;
        const shuffled = [...candidates.slice(shift), ...candidates.slice(0, shift)].reverse();
        expect(matchOrder({ quantity, allowPartial }, shuffled)).toEqual(matchOrder({ quantity, allowPartial }, candidates));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the default and the heuristic within 1% of the proven optimum on mid-sized instances", () => {
    fc.assert(
      fc.property(instance(realisticTerms, 60), ({ candidates, stock, quantity }) => {
        fc.pre(stock >= quantity);
        const request = { quantity, allowPartial: false };
        const exact = matchOrder(request, candidates, { strategy: "exact" });
        expect(exact.method).toBe("exact");
        for (const plan of [matchOrder(request, candidates), matchOrder(request, candidates, { strategy: "heuristic" })]) {
          expectSound(plan, candidates);
          expect(plan.costIdr).toBeGreaterThanOrEqual(exact.costIdr);
          expect(plan.costIdr).toBeLessThanOrEqual(1.01 * exact.costIdr);
        }
      }),
      { numRuns: 150 },
    );
  });
});
