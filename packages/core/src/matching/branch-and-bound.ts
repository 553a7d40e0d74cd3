import type { Item } from "./items";
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

const UNDECIDED = 0;
const OPEN = 1;
const CLOSED = 2;

interface Relaxation {
  bound: number;
  /** The undecided batch the relaxation uses only in part, or -1 when the relaxation is a real plan. */
  fractional: number;
  fractionalQuantity: number;
}

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
 */
export const branchAndBound = (items: readonly Item[], quantity: number, incumbent: Solution, budget: number): SearchOutcome => {
  let best = incumbent;

  let remaining = quantity;
  let prefixCostIdr = 0;
  let critical = -1;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item;
    if (item.available >= remaining) {
      critical = index;
      break;
    }
    prefixCostIdr += item.unitCostIdr * item.available + item.fixedCostIdr;
    remaining -= item.available;
  }
  if (critical < 0) return { solution: best, proven: true };
  const criticalItem = items[critical] as Item;
  if (criticalItem.available === remaining) {
    const prefix: Allocation[] = items.slice(0, critical + 1).map((item, index) => ({ item: index, quantity: item.available }));
    const exact = toSolution(items, prefix);
    return { solution: exact.costIdr < best.costIdr ? exact : best, proven: true };
  }
  const lambda = criticalItem.effectiveUnitCost;
  const rootBound = prefixCostIdr + lambda * remaining;
  if (cannotBeat(rootBound, best.costIdr)) return { solution: best, proven: true };

  const kept: number[] = [];
  const startsOpen: boolean[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item;
    if (item.effectiveUnitCost >= lambda && index !== critical) {
      const liftIfUsed = item.fixedCostIdr + item.available * Math.min(0, item.unitCostIdr - lambda);
      if (cannotBeat(rootBound + liftIfUsed, best.costIdr)) continue;
      kept.push(index);
      startsOpen.push(false);
    } else {
      const liftIfUnused = index === critical ? 0 : item.available * (lambda - item.effectiveUnitCost);
      kept.push(index);
      startsOpen.push(cannotBeat(rootBound + liftIfUnused, best.costIdr));
    }
  }

  const count = kept.length;
  const available = new Float64Array(count);
  const unitCost = new Float64Array(count);
  const fixedCost = new Float64Array(count);
  const effectiveCost = new Float64Array(count);
  const status = new Uint8Array(count);
  let openFixedCostIdr = 0;
  kept.forEach((itemIndex, position) => {
    const item = items[itemIndex] as Item;
    available[position] = item.available;
    unitCost[position] = item.unitCostIdr;
    fixedCost[position] = item.fixedCostIdr;
    effectiveCost[position] = item.effectiveUnitCost;
    if (startsOpen[position] === true) {
      status[position] = OPEN;
      openFixedCostIdr += item.fixedCostIdr;
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
    let fractionalQuantity = 0;
    let openCursor = 0;
    let undecidedCursor = 0;
    while (left > 0) {
      while (openCursor < count && status[byUnitCost[openCursor] as number] !== OPEN) openCursor++;
      while (undecidedCursor < count && status[undecidedCursor] !== UNDECIDED) undecidedCursor++;
      const openNext = openCursor < count ? (byUnitCost[openCursor] as number) : -1;
      const undecidedNext = undecidedCursor < count ? undecidedCursor : -1;
      if (openNext < 0 && undecidedNext < 0) {
        steps += count;
        return { bound: Infinity, fractional: -1, fractionalQuantity: 0 };
      }
      const useOpen = openNext >= 0 && (undecidedNext < 0 || (unitCost[openNext] as number) <= (effectiveCost[undecidedNext] as number));
      const position = useOpen ? openNext : undecidedNext;
      const taken = Math.min(available[position] as number, left);
      left -= taken;
      if (useOpen) {
        openCursor++;
        bound += (unitCost[position] as number) * taken;
      } else {
        undecidedCursor++;
        bound += (effectiveCost[position] as number) * taken;
        if (taken < (available[position] as number)) {
          fractional = position;
          fractionalQuantity = taken;
        }
      }
      collect?.push({ item: kept[position] as number, quantity: taken });
    }
    steps += openCursor + undecidedCursor;
    return { bound, fractional, fractionalQuantity };
  };

  const consider = () => {
    const allocations: Allocation[] = [];
    walk(allocations);
    const candidate = toSolution(items, allocations);
    if (candidate.costIdr < best.costIdr) best = candidate;
  };

  const search = (node: Relaxation, depth: number): void => {
    if (cannotBeat(node.bound, best.costIdr)) return;
    if (node.fractional < 0) {
      consider();
      return;
    }
    const branchOn = node.fractional;
    const fixed = fixedCost[branchOn] as number;
    const roundedUp = node.bound + fixed - (fixed * node.fractionalQuantity) / (available[branchOn] as number);
    if (!cannotBeat(roundedUp, best.costIdr)) consider();
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
  return { solution: best, proven: !exhausted };
};
