import type { LazyOrder } from "./lazy-order";
import { compareItems, type Items } from "./items";
import { type Allocation, type Solution, toSolution } from "./solution";

/** How many batches the greedy pass may step over (too big for what is left) before it settles. */
const GREEDY_SKIPS = 16;
/** How many batches on each side (worst in the plan, best outside it) local search tries to swap. */
const SHORTLIST = 16;
/** The same for merging two pickups into one, which tries pairs and so looks at fewer. */
const MERGE_SHORTLIST = 8;
/** Batches looked at by local search before it stops improving; bounds its time on huge plans. */
const LOCAL_SEARCH_STEPS = 250_000;

/**
 * The single batch not yet taken that supplies `remaining` most cheaply, or -1 if none is big enough.
 * A plain scan: with a fixed cost per pickup, effective-cost order says little about who is cheapest
 * for a small remainder, so that order would not let the scan stop early.
 */
const cheapestCompletion = (items: Items, remaining: number, isTaken: Uint8Array): { item: number; costIdr: number } => {
  const { available, unitCostIdr, fixedCostIdr } = items;
  let bestItem = -1;
  let bestCostIdr = Infinity;
  for (let index = 0; index < items.count; index++) {
    if ((available[index] as number) < remaining || isTaken[index] === 1) continue;
    const costIdr = (unitCostIdr[index] as number) * remaining + (fixedCostIdr[index] as number);
    if (costIdr < bestCostIdr || (costIdr === bestCostIdr && compareItems(items, index, bestItem) < 0)) {
      bestItem = index;
      bestCostIdr = costIdr;
    }
  }
  return { item: bestItem, costIdr: bestCostIdr };
};

/**
 * Notes the cheapest single batch for the whole order, if one is big enough. Then takes whole batches
 * cheapest-at-full-use first. Where the next batch is bigger than what is left, it notes the plan
 * "these whole batches plus the cheapest single batch for the rest", then steps over that batch and
 * carries on with smaller ones; the cheapest plan noted wins.
 */
export const greedyWithCompletion = (items: Items, order: LazyOrder, quantity: number): Solution => {
  const isTaken = new Uint8Array(items.count);
  const taken: number[] = [];
  let remaining = quantity;
  let takenCostIdr = 0;
  let skips = 0;
  /** Nothing taken since the last step-over means the same remainder and the same completion. */
  let completedAfter = -1;
  let best: { takenCount: number; completion: number; completionQuantity: number; costIdr: number } | undefined;
  const oneBatchForAll = cheapestCompletion(items, quantity, isTaken);
  if (oneBatchForAll.item >= 0) {
    best = { takenCount: 0, completion: oneBatchForAll.item, completionQuantity: quantity, costIdr: oneBatchForAll.costIdr };
  }
  for (let rank = 0; rank < order.length && remaining > 0; rank++) {
    const index = order.at(rank);
    const available = items.available[index] as number;
    if (available <= remaining) {
      taken.push(index);
      isTaken[index] = 1;
      takenCostIdr += (items.unitCostIdr[index] as number) * available + (items.fixedCostIdr[index] as number);
      remaining -= available;
      continue;
    }
    if (taken.length !== completedAfter) {
      completedAfter = taken.length;
      const completion = cheapestCompletion(items, remaining, isTaken);
      const costIdr = takenCostIdr + completion.costIdr;
      if (best === undefined || costIdr < best.costIdr) {
        best = { takenCount: taken.length, completion: completion.item, completionQuantity: remaining, costIdr };
      }
    }
    if (++skips >= GREEDY_SKIPS) break;
  }
  if (remaining === 0 && (best === undefined || takenCostIdr <= best.costIdr)) {
    best = { takenCount: taken.length, completion: -1, completionQuantity: 0, costIdr: takenCostIdr };
  }
  if (best === undefined) throw new Error("greedyWithCompletion needs more stock than the quantity asked for");
  const allocations: Allocation[] = taken
    .slice(0, best.takenCount)
    .map((index) => ({ item: index, quantity: items.available[index] as number }));
  if (best.completion >= 0) allocations.push({ item: best.completion, quantity: best.completionQuantity });
  return toSolution(items, allocations);
};

/** Cheaper per unit first: the order in which a fixed set of open batches should be drawn on. */
const byUnitCost = (items: Items) => (left: number, right: number) =>
  (items.unitCostIdr[left] as number) - (items.unitCostIdr[right] as number) || compareItems(items, left, right);

/** The `count` batches cheapest per unit, found in one pass without sorting everything. */
const cheapestPerUnit = (items: Items, count: number): number[] => {
  const compare = byUnitCost(items);
  const cheapest: number[] = [];
  for (let index = 0; index < items.count; index++) {
    if (cheapest.length === count && compare(index, cheapest[count - 1] as number) >= 0) continue;
    let position = Math.min(cheapest.length, count - 1);
    cheapest[position] = index;
    while (position > 0 && compare(index, cheapest[position - 1] as number) < 0) {
      cheapest[position] = cheapest[position - 1] as number;
      cheapest[position - 1] = index;
      position--;
    }
  }
  return cheapest;
};

/**
 * Local search over which batches are open. For a fixed open set the best quantities are plain:
 * draw on the cheapest per unit first, and batches left unused cost nothing. Moves: redraw the same
 * batches cheapest first; close one of the plan's least efficient batches, open one of the best
 * batches outside it, or swap the two; merge two pickups into one (close two, open at most one, which
 * pays when fixed costs weigh). The best improving move is taken until none improves.
 */
export const improveLocally = (items: Items, order: LazyOrder, quantity: number, start: Solution): Solution => {
  const compare = byUnitCost(items);
  const isOpen = new Uint8Array(items.count);
  const cheapOutsiders = cheapestPerUnit(items, 4 * SHORTLIST);
  let open = start.allocations.map(({ item }) => item).sort(compare);
  let current = start;
  let steps = 0;

  const fill = (without: number, alsoWithout: number, added: number, collect: Allocation[] | undefined): number => {
    let remaining = quantity;
    let costIdr = 0;
    let addedPending = added >= 0;
    let position = 0;
    while (remaining > 0) {
      let index: number;
      if (addedPending && (position === open.length || compare(added, open[position] as number) < 0)) {
        index = added;
        addedPending = false;
      } else if (position < open.length) {
        index = open[position++] as number;
        if (index === without || index === alsoWithout) continue;
      } else {
        return Infinity;
      }
      steps++;
      const taken = Math.min(items.available[index] as number, remaining);
      costIdr += (items.unitCostIdr[index] as number) * taken + (items.fixedCostIdr[index] as number);
      remaining -= taken;
      collect?.push({ item: index, quantity: taken });
    }
    return costIdr;
  };

  while (steps < LOCAL_SEARCH_STEPS) {
    for (const index of open) isOpen[index] = 1;
    const closable = [...open].sort((left, right) => compareItems(items, right, left)).slice(0, SHORTLIST);
    const dearestPerUnit = open[open.length - 1];
    if (dearestPerUnit !== undefined && !closable.includes(dearestPerUnit)) closable.push(dearestPerUnit);
    const openable: number[] = [];
    for (let rank = 0; rank < order.length && openable.length < SHORTLIST; rank++) {
      const index = order.at(rank);
      if (isOpen[index] === 0) openable.push(index);
    }
    for (const index of cheapOutsiders) {
      if (isOpen[index] === 0 && !openable.includes(index)) openable.push(index);
    }
    for (const index of open) isOpen[index] = 0;

    let bestMove = { without: -1, alsoWithout: -1, added: -1, costIdr: current.costIdr };
    const tryMove = (without: number, alsoWithout: number, added: number) => {
      if (steps >= LOCAL_SEARCH_STEPS) return;
      const costIdr = fill(without, alsoWithout, added, undefined);
      if (costIdr < bestMove.costIdr) bestMove = { without, alsoWithout, added, costIdr };
    };
    tryMove(-1, -1, -1);
    for (const without of closable) tryMove(without, -1, -1);
    for (const added of openable) tryMove(-1, -1, added);
    for (const without of closable) for (const added of openable) tryMove(without, -1, added);
    const mergeable = closable.slice(0, MERGE_SHORTLIST);
    const mergeInto = [-1, ...openable.slice(0, 2 * MERGE_SHORTLIST)];
    mergeable.forEach((without, first) => {
      for (const alsoWithout of mergeable.slice(first + 1)) for (const added of mergeInto) tryMove(without, alsoWithout, added);
    });
    if (bestMove.costIdr >= current.costIdr) break;

    const allocations: Allocation[] = [];
    fill(bestMove.without, bestMove.alsoWithout, bestMove.added, allocations);
    current = toSolution(items, allocations);
    open = allocations.map(({ item }) => item);
  }
  return current;
};

export const solveHeuristically = (items: Items, order: LazyOrder, quantity: number): Solution =>
  improveLocally(items, order, quantity, greedyWithCompletion(items, order, quantity));
