import { invalidInput } from "../errors";
import type { MatchCandidate } from "./types";

/** A candidate as the solver sees it: one cost per unit, one fixed cost, and their blend at full use. */
export interface Item {
  batchId: string;
  available: number;
  unitCostIdr: number;
  fixedCostIdr: number;
  /** Unit cost with the fixed cost spread over the whole batch: what a unit costs if the batch is emptied. */
  effectiveUnitCost: number;
}

const isWholeNonNegative = (value: number) => Number.isSafeInteger(value) && value >= 0;

export const assertWholeQuantity = (quantity: number) => {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    throw invalidInput("The quantity to match must be a positive whole number.", [{ path: "quantity", message: "must be a positive integer" }]);
  }
};

const assertWholeTerms = (candidate: MatchCandidate, index: number) => {
  const fields = ["available", "unitPriceIdr", "freightPerUnitIdr", "fixedCostIdr"] as const;
  const wrong = fields.filter((field) => !isWholeNonNegative(candidate[field]));
  if (wrong.length > 0) {
    throw invalidInput(
      `Candidate ${candidate.batchId} has terms that are not whole non-negative numbers.`,
      wrong.map((field) => ({ path: `candidates.${index}.${field}`, message: "must be a non-negative integer" })),
    );
  }
};

/**
 * The order the solver walks candidates in: cheapest at full use first. Every tie is broken down to the
 * batch id, so the plan never depends on the order candidates arrive in.
 */
export const compareItems = (left: Item, right: Item): number =>
  left.effectiveUnitCost - right.effectiveUnitCost ||
  left.unitCostIdr - right.unitCostIdr ||
  (left.batchId < right.batchId ? -1 : left.batchId > right.batchId ? 1 : 0);

/** Candidates with stock, as items sorted by `compareItems`. */
export const toSortedItems = (candidates: readonly MatchCandidate[]): Item[] => {
  const items: Item[] = [];
  candidates.forEach((candidate, index) => {
    assertWholeTerms(candidate, index);
    if (candidate.available === 0) return;
    const unitCostIdr = candidate.unitPriceIdr + candidate.freightPerUnitIdr;
    items.push({
      batchId: candidate.batchId,
      available: candidate.available,
      unitCostIdr,
      fixedCostIdr: candidate.fixedCostIdr,
      effectiveUnitCost: unitCostIdr + candidate.fixedCostIdr / candidate.available,
    });
  });
  return items.sort(compareItems);
};

/**
 * Costs are summed as doubles; beyond 2^53 rupiah they would stop being exact. No real order comes
 * near (a year of Indonesia's patchouli exports is under 2^45 rupiah), but refuse rather than round.
 */
export const assertCostsStayExact = (items: readonly Item[], quantity: number) => {
  let dearestUnit = 0;
  let fixedTotal = 0;
  for (const item of items) {
    dearestUnit = Math.max(dearestUnit, item.unitCostIdr);
    fixedTotal += item.fixedCostIdr;
  }
  if (dearestUnit * quantity + fixedTotal > Number.MAX_SAFE_INTEGER) {
    throw invalidInput("The order is too large to price exactly.", [{ path: "quantity", message: "landed cost would exceed 2^53 rupiah" }]);
  }
};
