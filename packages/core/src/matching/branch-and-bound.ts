import { LazyOrder } from "./lazy-order";
import { compareItems, type Items } from "./items";
import { type Allocation, type Solution, toSolution } from "./solution";

export interface SearchOutcome {
  solution: Solution;
  /** True when the search finished: no plan is cheaper than `solution`. */
  proven: boolean;
}

/**
 * Costs are whole rupiah, so a bound within half a rupiah of the incumbent already proves nothing
 * cheaper lies below; the half also absorbs the rounding of the fractional bounds.
 */
const cannotBeat = (bound: number, incumbentIdr: number) => bound >= incumbentIdr - 0.5;

/** Deep enough for any instance the budget lets through; a guard against exhausting the call stack. */
const MAX_DEPTH = 5_000;
/**
 * With a budget, at most this many batches survive into the search, the cheapest at full use; more
 * could not be branched on within the budget anyway, and sorting them all would cost more than it wins.
 */
const MAX_SEARCHED_BATCHES = 5_000;

/** What root reduced-cost fixing decided for a batch. */
const FIXED_OUT = 0;
const FREE = 1;
const FIXED_IN = 2;

/** What a node of the search has decided for a batch. */
const UNDECIDED = 0;
const OPEN = 1;
const CLOSED = 2;

interface Relaxation {
  bound: number;
  /** The undecided batch the relaxation uses only in part, or -1 when the relaxation is a real plan. */
  fractional: number;
  /**
   * The landed cost of taking what the relaxation takes, paying every fixed cost in full: a real plan
   * at every node, and the cheap way to find better incumbents.
   */
  planCostIdr: number;
}

/**
 * A second lower bound, for when lots are small next to the order and the relaxation, which pays for a
 * pickup only in proportion to what it takes, is weak: any plan pays at least the unit costs of the
 * cheapest units on offer, and at least as many pickups as it takes of the largest lots to reach the
 * quantity, each at least the smallest pickup cost.
 */
const pickupCountBound = (items: Items, quantity: number): number => {
  const { available, unitCostIdr, fixedCostIdr } = items;
  const byUnitCost = new LazyOrder(items.count, (left, right) => (unitCostIdr[left] as number) - (unitCostIdr[right] as number));
  let bound = 0;
  let remaining = quantity;
  for (let rank = 0; remaining > 0; rank++) {
    const index = byUnitCost.at(rank);
    const taken = Math.min(available[index] as number, remaining);
    bound += (unitCostIdr[index] as number) * taken;
    remaining -= taken;
  }
  const bySize = new LazyOrder(items.count, (left, right) => (available[right] as number) - (available[left] as number));
  let pickups = 0;
  for (remaining = quantity; remaining > 0; pickups++) remaining -= available[bySize.at(pickups)] as number;
  let cheapestPickup = Infinity;
  for (let index = 0; index < items.count; index++) cheapestPickup = Math.min(cheapestPickup, fixedCostIdr[index] as number);
  return bound + pickups * cheapestPickup;
};

/**
 * Least landed cost by branch and bound on which batches are used.
 *
 * Relaxation: with "used" relaxed to a fraction, a batch costs its effective unit cost (fixed cost
 * spread over the whole batch) per unit, so the bound is a fill of the quantity cheapest-first; opened
 * batches cost their unit cost plus their full fixed cost, closed ones are gone. At most one batch is
 * used in part in that fill, and it is the one branched on (open or closed).
 *
 * Before searching, the root relaxation's price of a unit (lambda, the effective cost of the batch it
 * uses in part) prices every batch (Lagrangian reduced costs): a batch whose use would lift the bound
 * past the incumbent is dropped, one whose absence would is opened. With realistic prices this leaves
 * a handful of batches around lambda to branch on, which is what makes 100,000 candidates tractable.
 * A search cut short by the budget can still be proven optimal by `pickupCountBound`.
 */
export const branchAndBound = (
  items: Items,
  order: LazyOrder,
  quantity: number,
  incumbent: Solution,
  budget: number,
): SearchOutcome => {
  let best = incumbent;

  let remaining = quantity;
  let prefixCostIdr = 0;
  let critical = -1;
  let criticalRank = -1;
  for (let rank = 0; rank < order.length; rank++) {
    const index = order.at(rank);
    const available = items.available[index] as number;
    if (available >= remaining) {
      critical = index;
      criticalRank = rank;
      break;
    }
    prefixCostIdr += (items.unitCostIdr[index] as number) * available + (items.fixedCostIdr[index] as number);
    remaining -= available;
  }
  if (critical < 0) return { solution: best, proven: true };
  if (items.available[critical] === remaining) {
    const prefix: Allocation[] = [];
    for (let rank = 0; rank <= criticalRank; rank++) {
      const index = order.at(rank);
      prefix.push({ item: index, quantity: items.available[index] as number });
    }
    const exact = toSolution(items, prefix);
    return { solution: exact.costIdr < best.costIdr ? exact : best, proven: true };
  }
  const lambda = items.effectiveUnitCost[critical] as number;
  const rootBound = prefixCostIdr + lambda * remaining;
  if (cannotBeat(rootBound, best.costIdr)) return { solution: best, proven: true };

  const fixing = new Uint8Array(items.count);
  let keptCount = 0;
  for (let index = 0; index < items.count; index++) {
    const available = items.available[index] as number;
    const effectiveUnitCost = items.effectiveUnitCost[index] as number;
    if (effectiveUnitCost >= lambda && index !== critical) {
      const liftIfUsed = (items.fixedCostIdr[index] as number) + available * Math.min(0, (items.unitCostIdr[index] as number) - lambda);
      fixing[index] = cannotBeat(rootBound + liftIfUsed, best.costIdr) ? FIXED_OUT : FREE;
    } else {
      const liftIfUnused = index === critical ? 0 : available * (lambda - effectiveUnitCost);
      fixing[index] = cannotBeat(rootBound + liftIfUnused, best.costIdr) ? FIXED_IN : FREE;
    }
    if (fixing[index] !== FIXED_OUT) keptCount++;
  }
  const searched = Math.min(keptCount, budget === Infinity ? keptCount : MAX_SEARCHED_BATCHES);
  const kept: number[] = [];
  if (searched < keptCount) {
    for (let rank = 0; kept.length < searched; rank++) {
      const index = order.at(rank);
      if (fixing[index] !== FIXED_OUT) kept.push(index);
    }
  } else {
    // Survivors can sit deep in effective-cost order (small lots just above lambda); sorting only them
    // is cheaper than sorting the order that far.
    for (let index = 0; index < items.count; index++) if (fixing[index] !== FIXED_OUT) kept.push(index);
    kept.sort((left, right) => compareItems(items, left, right));
  }
  const startsOpen = kept.map((index) => fixing[index] === FIXED_IN);

  const count = kept.length;
  const available = new Float64Array(count);
  const unitCost = new Float64Array(count);
  const fixedCost = new Float64Array(count);
  const effectiveCost = new Float64Array(count);
  const status = new Uint8Array(count);
  let openFixedCostIdr = 0;
  kept.forEach((itemIndex, position) => {
    available[position] = items.available[itemIndex] as number;
    unitCost[position] = items.unitCostIdr[itemIndex] as number;
    fixedCost[position] = items.fixedCostIdr[itemIndex] as number;
    effectiveCost[position] = items.effectiveUnitCost[itemIndex] as number;
    if (startsOpen[position] === true) {
      status[position] = OPEN;
      openFixedCostIdr += fixedCost[position] as number;
    }
  });
  const byUnitCost = Array.from({ length: count }, (_, position) => position).sort(
    (left, right) => (unitCost[left] as number) - (unitCost[right] as number) || left - right,
  );

  let steps = 0;
  let exhausted = false;

  /** Walks open batches by unit cost and undecided ones by effective cost, cheapest first, until the quantity is met. */
  const walk = (collect: Allocation[] | undefined): Relaxation => {
    let left = quantity;
    let bound = openFixedCostIdr;
    let fractional = -1;
    let planCostIdr = 0;
    let openCursor = 0;
    let undecidedCursor = 0;
    while (left > 0) {
      while (openCursor < count && status[byUnitCost[openCursor] as number] !== OPEN) openCursor++;
      while (undecidedCursor < count && status[undecidedCursor] !== UNDECIDED) undecidedCursor++;
      const openNext = openCursor < count ? (byUnitCost[openCursor] as number) : -1;
      const undecidedNext = undecidedCursor < count ? undecidedCursor : -1;
      if (openNext < 0 && undecidedNext < 0) {
        steps += count;
        return { bound: Infinity, fractional: -1, planCostIdr: Infinity };
      }
      const useOpen = openNext >= 0 && (undecidedNext < 0 || (unitCost[openNext] as number) <= (effectiveCost[undecidedNext] as number));
      const position = useOpen ? openNext : undecidedNext;
      const taken = Math.min(available[position] as number, left);
      left -= taken;
      planCostIdr += (unitCost[position] as number) * taken + (fixedCost[position] as number);
      if (useOpen) {
        openCursor++;
        bound += (unitCost[position] as number) * taken;
      } else {
        undecidedCursor++;
        bound += (effectiveCost[position] as number) * taken;
        if (taken < (available[position] as number)) fractional = position;
      }
      collect?.push({ item: kept[position] as number, quantity: taken });
    }
    steps += openCursor + undecidedCursor;
    return { bound, fractional, planCostIdr };
  };

  const search = (node: Relaxation, depth: number): void => {
    if (cannotBeat(node.bound, best.costIdr)) return;
    if (node.planCostIdr < best.costIdr) {
      const allocations: Allocation[] = [];
      walk(allocations);
      best = toSolution(items, allocations);
    }
    if (node.fractional < 0) return;
    const branchOn = node.fractional;
    const fixed = fixedCost[branchOn] as number;
    if (steps > budget || depth >= MAX_DEPTH) {
      exhausted = true;
      return;
    }
    status[branchOn] = OPEN;
    openFixedCostIdr += fixed;
    const whenOpen = walk(undefined);
    status[branchOn] = CLOSED;
    openFixedCostIdr -= fixed;
    const whenClosed = walk(undefined);
    const children: [number, Relaxation][] =
      whenOpen.bound <= whenClosed.bound
        ? [
            [OPEN, whenOpen],
            [CLOSED, whenClosed],
          ]
        : [
            [CLOSED, whenClosed],
            [OPEN, whenOpen],
          ];
    for (const [decision, child] of children) {
      status[branchOn] = decision;
      if (decision === OPEN) openFixedCostIdr += fixed;
      search(child, depth + 1);
      if (decision === OPEN) openFixedCostIdr -= fixed;
      if (exhausted) break;
    }
    status[branchOn] = UNDECIDED;
  };

  search(walk(undefined), 0);
  const proven = (!exhausted && searched === keptCount) || cannotBeat(pickupCountBound(items, quantity), best.costIdr);
  return { solution: best, proven };
};
