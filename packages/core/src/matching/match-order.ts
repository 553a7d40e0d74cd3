import { branchAndBound } from "./branch-and-bound";
import { solveHeuristically } from "./heuristic";
import { assertCostsStayExact, assertWholeQuantity, compareItems, type Items, toItems } from "./items";
import { LazyOrder } from "./lazy-order";
import { type Solution, takeEverything } from "./solution";
import type { MatchCandidate, MatchMethod, MatchOptions, MatchPlan, MatchRequest } from "./types";

/**
 * Branch-and-bound steps allowed by default: a few milliseconds on one core of the benchmark machine,
 * so an order against 10,000 candidates stays well under 50 ms even when optimality cannot be proven
 * in time (docs/PERFORMANCE.md).
 */
export const DEFAULT_SEARCH_BUDGET = 500_000;

const emptyPlan: MatchPlan = { picks: [], quantity: 0, costIdr: 0, method: "exact" };

const toPlan = (items: Items, solution: Solution, method: MatchMethod): MatchPlan => {
  const picks = solution.allocations
    .filter(({ quantity }) => quantity > 0)
    .map(({ item, quantity }) => ({ batchId: items.batchIds[item] as string, quantity }))
    .sort((left, right) => right.quantity - left.quantity || (left.batchId < right.batchId ? -1 : left.batchId > right.batchId ? 1 : 0));
  return { picks, quantity: picks.reduce((sum, pick) => sum + pick.quantity, 0), costIdr: solution.costIdr, method };
};

/**
 * Which eligible batches to draw on, and how much from each, for the least landed cost:
 * sum of quantity x (unit price + freight per unit) + the fixed cost of every batch drawn on.
 *
 * Short of stock, a partial order takes everything there is (the most it can get; all of it, so the
 * cost is what it is) and an all-or-nothing order gets an empty plan. Picks come largest first, ties by
 * batch id; the plan depends only on the candidates' terms and ids, never on their order.
 */
export const matchOrder = (request: MatchRequest, candidates: readonly MatchCandidate[], options: MatchOptions = {}): MatchPlan => {
  assertWholeQuantity(request.quantity);
  const items = toItems(candidates);
  const stock = items.available.reduce((sum, available) => sum + available, 0);
  if (stock < request.quantity && !request.allowPartial) return emptyPlan;
  assertCostsStayExact(items, Math.min(stock, request.quantity));
  if (stock <= request.quantity) return toPlan(items, takeEverything(items), "exact");

  const order = new LazyOrder(items.count, (left, right) => compareItems(items, left, right));
  const heuristic = solveHeuristically(items, order, request.quantity);
  const strategy = options.strategy ?? "auto";
  if (strategy === "heuristic") return toPlan(items, heuristic, "heuristic");
  const budget = strategy === "exact" ? Infinity : (options.searchBudget ?? DEFAULT_SEARCH_BUDGET);
  const outcome = branchAndBound(items, order, request.quantity, heuristic, budget);
  return toPlan(items, outcome.solution, outcome.proven ? "exact" : "heuristic");
};
