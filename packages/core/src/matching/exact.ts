import { byUnitCost, landedUnitCost, type MatchCandidate, type MatchPick } from "./types";

/**
 * Exact least landed cost for exactly `quantity`, in O(candidates x quantity).
 *
 * Why this is exact: given the set of batches used, the cheapest split fills them cheapest-first, so
 * at most one batch is used partially, and (by moving stock from a dearer full batch to it) it can
 * be taken to be the dearest one used. So: sort by unit cost; a 0/1 knapsack over the full batches
 * (exact total weight, cost = quantity x unit cost + pickup) is built item by item, and before each
 * item joins it is tried as the partial batch topping up every reachable total.
 */
export const exactPicks = (quantity: number, candidates: MatchCandidate[]): MatchPick[] | undefined => {
  const sorted = [...candidates].sort(byUnitCost);
  const width = quantity + 1;
  const cost = new Float64Array(width).fill(Number.POSITIVE_INFINITY);
  cost[0] = 0;
  const taken = new Uint32Array(Math.ceil((sorted.length * width) / 32));
  const setTaken = (item: number, weight: number) => {
    const bit = item * width + weight;
    taken[bit >>> 5] = (taken[bit >>> 5] as number) | (1 << (bit & 31));
  };
  const isTaken = (item: number, weight: number) => {
    const bit = item * width + weight;
    return ((taken[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  };
  let best = { cost: Number.POSITIVE_INFINITY, partialItem: -1, fullWeight: -1, partialQuantity: 0 };

  sorted.forEach((candidate, item) => {
    const unit = landedUnitCost(candidate);
    const topUpLimit = Math.min(candidate.available, quantity);
    for (let partial = 1; partial <= topUpLimit; partial += 1) {
      const base = cost[quantity - partial] as number;
      if (base === Number.POSITIVE_INFINITY) continue;
      const total = base + unit * partial + candidate.fixedCostIdr;
      if (total < best.cost) best = { cost: total, partialItem: item, fullWeight: quantity - partial, partialQuantity: partial };
    }
    const weight = candidate.available;
    if (weight > quantity) return;
    const fullCost = unit * weight + candidate.fixedCostIdr;
    for (let total = quantity; total >= weight; total -= 1) {
      const through = (cost[total - weight] as number) + fullCost;
      if (through < (cost[total] as number)) {
        cost[total] = through;
        setTaken(item, total);
      }
    }
  });

  if (best.partialItem === -1) return undefined;
  const picks: MatchPick[] = [];
  const partial = sorted[best.partialItem] as MatchCandidate;
  picks.push({ batchId: partial.batchId, quantity: best.partialQuantity });
  let weight = best.fullWeight;
  for (let item = best.partialItem - 1; item >= 0 && weight > 0; item -= 1) {
    if (isTaken(item, weight)) {
      const candidate = sorted[item] as MatchCandidate;
      picks.push({ batchId: candidate.batchId, quantity: candidate.available });
      weight -= candidate.available;
    }
  }
  return picks;
};
