import { invalidInput } from "../errors";
import type { MatchCandidate } from "./types";

/**
 * The candidates with stock, as the solver sees them: one cost per unit, one fixed cost, and their blend
 * at full use. Columns of numbers rather than an object per candidate: allocating 100,000 objects per
 * match cost more than all the optimisation on a busy two-core machine.
 */
export interface Items {
  count: number;
  batchIds: string[];
  available: Float64Array;
  unitCostIdr: Float64Array;
  fixedCostIdr: Float64Array;
  /** Unit cost with the fixed cost spread over the whole batch: what a unit costs if the batch is emptied. */
  effectiveUnitCost: Float64Array;
}

const isWholeNonNegative = (value: number) => Number.isSafeInteger(value) && value >= 0;

export const assertWholeQuantity = (quantity: number) => {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    throw invalidInput("The quantity to match must be a positive whole number.", [{ path: "quantity", message: "must be a positive integer" }]);
  }
};

const termFields = ["available", "unitPriceIdr", "freightPerUnitIdr", "fixedCostIdr"] as const;

const assertWholeTerms = (candidate: MatchCandidate, index: number) => {
  if (
    isWholeNonNegative(candidate.available) &&
    isWholeNonNegative(candidate.unitPriceIdr) &&
    isWholeNonNegative(candidate.freightPerUnitIdr) &&
    isWholeNonNegative(candidate.fixedCostIdr)
  ) {
    return;
  }
  const wrong = termFields.filter((field) => !isWholeNonNegative(candidate[field]));
  throw invalidInput(
    `Candidate ${candidate.batchId} has terms that are not whole non-negative numbers.`,
    wrong.map((field) => ({ path: `candidates.${index}.${field}`, message: "must be a non-negative integer" })),
  );
};

/** Candidates with stock, in the order given. */
export const toItems = (candidates: readonly MatchCandidate[]): Items => {
  const withStock = candidates.filter((candidate, index) => {
    assertWholeTerms(candidate, index);
    return candidate.available > 0;
  });
  const count = withStock.length;
  const items: Items = {
    count,
    batchIds: withStock.map((candidate) => candidate.batchId),
    available: new Float64Array(count),
    unitCostIdr: new Float64Array(count),
    fixedCostIdr: new Float64Array(count),
    effectiveUnitCost: new Float64Array(count),
  };
  withStock.forEach((candidate, index) => {
    const unitCostIdr = candidate.unitPriceIdr + candidate.freightPerUnitIdr;
    items.available[index] = candidate.available;
    items.unitCostIdr[index] = unitCostIdr;
    items.fixedCostIdr[index] = candidate.fixedCostIdr;
    items.effectiveUnitCost[index] = unitCostIdr + candidate.fixedCostIdr / candidate.available;
  });
  return items;
};

/**
 * The order the solver walks candidates in: cheapest at full use first. Every tie is broken down to the
 * batch id, so the plan never depends on the order candidates arrive in.
 */
export const compareItems = (items: Items, left: number, right: number): number => {
  const byEffectiveCost = (items.effectiveUnitCost[left] as number) - (items.effectiveUnitCost[right] as number);
  if (byEffectiveCost !== 0) return byEffectiveCost;
  const byUnitCost = (items.unitCostIdr[left] as number) - (items.unitCostIdr[right] as number);
  if (byUnitCost !== 0) return byUnitCost;
  const leftId = items.batchIds[left] as string;
  const rightId = items.batchIds[right] as string;
  return leftId < rightId ? -1 : leftId > rightId ? 1 : 0;
};

/**
 * Costs are summed as doubles; beyond 2^53 rupiah they would stop being exact. No real order comes
 * near (a year of Indonesia's patchouli exports is under 2^45 rupiah), but refuse rather than round.
 */
export const assertCostsStayExact = (items: Items, quantity: number) => {
  let dearestUnit = 0;
  let fixedTotal = 0;
  for (let index = 0; index < items.count; index++) {
    dearestUnit = Math.max(dearestUnit, items.unitCostIdr[index] as number);
    fixedTotal += items.fixedCostIdr[index] as number;
  }
  if (dearestUnit * quantity + fixedTotal > Number.MAX_SAFE_INTEGER) {
    throw invalidInput("The order is too large to price exactly.", [{ path: "quantity", message: "landed cost would exceed 2^53 rupiah" }]);
  }
};
