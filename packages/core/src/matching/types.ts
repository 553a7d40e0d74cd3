export interface MatchRequest {
  quantity: number;
  allowPartial: boolean;
}

/** A batch already known to be eligible for the order, with its landed-cost terms in whole rupiah. */
export interface MatchCandidate {
  batchId: string;
  available: number;
  unitPriceIdr: number;
  freightPerUnitIdr: number;
  /** Paid once if any quantity is taken from this batch (the pickup). */
  fixedCostIdr: number;
}

export interface MatchPick {
  batchId: string;
  quantity: number;
}

/** `exact`: proven to have the least landed cost. `heuristic`: the best plan found within the search budget. */
export type MatchMethod = "exact" | "heuristic";

export interface MatchPlan {
  picks: MatchPick[];
  quantity: number;
  costIdr: number;
  method: MatchMethod;
}

export interface MatchOptions {
  /**
   * `auto` (default) searches for a proof of optimality within `searchBudget` and falls back to the best
   * plan found; `exact` searches without a budget; `heuristic` only runs the greedy and local search.
   */
  strategy?: "auto" | "exact" | "heuristic";
  /** Steps of branch-and-bound allowed in `auto`; a step is one batch looked at while bounding a node. */
  searchBudget?: number;
}
