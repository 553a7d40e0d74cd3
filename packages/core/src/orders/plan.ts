import { freightPerUnitIdr, PICKUP_FIXED_COST_IDR } from "../freight";
import { matchOrder } from "../matching";
import type { Batch } from "../schemas/batch";
import { isEligible, type OrderTerms } from "./eligibility";

export interface PlannedHold {
  batch: Batch;
  quantity: number;
  freightPerUnitIdr: number;
  pickupCostIdr: number;
}

export interface PlanRequest extends OrderTerms {
  quantity: number;
  allowPartial: boolean;
  destinationProvince: string;
  unit: "kg" | "piece";
  /** The least quantity-weighted average of the product's key parameter over the held batches. */
  minAverage?: number;
}

/**
 * A transaction holds at most 100 items; each hold writes the allocation and the batch, and the
 * order is one more, so one order holds at most this many batches at a time.
 */
export const maxBatchesPerOrder = 45;

interface Priced {
  batch: Batch;
  freightPerUnitIdr: number;
}

/** Least landed cost for the order's terms, over batches already known to be eligible. */
const cheapestPlan = (request: PlanRequest, priced: Priced[], unitCost: (entry: Priced) => number) => {
  const byId = new Map(priced.map((entry) => [entry.batch.id, entry]));
  const plan = matchOrder(
    { quantity: request.quantity, allowPartial: request.allowPartial },
    priced.map((entry) => ({
      batchId: entry.batch.id,
      available: entry.batch.available,
      unitPriceIdr: unitCost(entry),
      freightPerUnitIdr: 0,
      fixedCostIdr: PICKUP_FIXED_COST_IDR,
    })),
  );
  return plan.picks.filter((pick) => pick.quantity > 0).map((pick) => ({ entry: byId.get(pick.batchId) as Priced, quantity: pick.quantity }));
};

type Picks = ReturnType<typeof cheapestPlan>;

const averageOf = (picks: Picks) => {
  const quantity = picks.reduce((sum, pick) => sum + pick.quantity, 0);
  return quantity === 0 ? Number.NEGATIVE_INFINITY : picks.reduce((sum, pick) => sum + pick.quantity * (pick.entry.batch.keyValue ?? 0), 0) / quantity;
};

/**
 * With a minimum average of the key parameter, the cheapest plan may blend too much low-value
 * stock. Pricing each unit's shortfall against the target at `penalty` rupiah per unit of value
 * (a Lagrangian price) steers the engine towards richer batches; the smallest penalty whose plan
 * meets the target is searched for by bisection, so the blend costs as little as it can.
 */
const cheapestBlend = (request: PlanRequest, priced: Priced[], target: number): Picks => {
  const valued = priced.filter((entry) => entry.batch.keyValue !== undefined);
  const landed = (entry: Priced) => entry.batch.unitPriceIdr + entry.freightPerUnitIdr;
  const plain = cheapestPlan(request, valued, landed);
  if (averageOf(plain) >= target) return plain;
  const surplus = (entry: Priced) => (entry.batch.keyValue as number) - target;
  const highest = Math.max(...valued.map(surplus));
  // landed + penalty x (value short of the richest batch): the same ranking as landed - penalty x
  // surplus, shifted by a constant so that every price the engine sees stays a whole, non-negative number.
  const priceWith = (penalty: number) => (entry: Priced) => Math.round(landed(entry) + penalty * (highest - surplus(entry)));
  let low = 0;
  let high = 1000 * Math.max(1, ...valued.map(landed));
  let best = cheapestPlan(request, valued, priceWith(high));
  if (averageOf(best) < target) return [];
  for (let step = 0; step < 36; step += 1) {
    const middle = (low + high) / 2;
    const candidate = cheapestPlan(request, valued, priceWith(middle));
    if (averageOf(candidate) >= target) {
      high = middle;
      best = candidate;
    } else {
      low = middle;
    }
  }
  return improveBlend(best, valued, target, landed);
};

const exchangeCandidatesLimit = 200;

/**
 * The Lagrangian plan is an extreme point: it meets the average with room to spare. Moving quantity
 * from a dearer batch to a cheaper one while the average still holds (pairwise exchanges, best
 * saving first, pickups counted) brings it to the boundary, where the cheapest blend lies.
 */
const improveBlend = (start: Picks, valued: Priced[], target: number, landed: (entry: Priced) => number): Picks => {
  const held = new Map(start.map((pick) => [pick.entry.batch.id, pick.quantity]));
  const byId = new Map(valued.map((entry) => [entry.batch.id, entry]));
  const value = (entry: Priced) => entry.batch.keyValue as number;
  const cheapest = [...valued].sort((a, b) => landed(a) - landed(b) || (a.batch.id < b.batch.id ? -1 : 1)).slice(0, exchangeCandidatesLimit);
  for (const pick of start) if (!cheapest.includes(pick.entry)) cheapest.push(pick.entry);
  for (let round = 0; round < 200; round += 1) {
    const slack = [...held].reduce((sum, [id, quantity]) => sum + quantity * (value(byId.get(id) as Priced) - target), 0);
    let best: { from: string; to: string; quantity: number; saving: number } | undefined;
    for (const [fromId, fromQuantity] of held) {
      const from = byId.get(fromId) as Priced;
      for (const to of cheapest) {
        if (to === from || landed(to) >= landed(from)) continue;
        const room = to.batch.available - (held.get(to.batch.id) ?? 0);
        const drop = value(from) - value(to);
        const limit = drop > 0 ? Math.floor(slack / drop) : Number.POSITIVE_INFINITY;
        const quantity = Math.min(room, fromQuantity, limit);
        if (quantity <= 0) continue;
        const pickups = (held.has(to.batch.id) ? 0 : PICKUP_FIXED_COST_IDR) - (quantity === fromQuantity ? PICKUP_FIXED_COST_IDR : 0);
        const saving = quantity * (landed(from) - landed(to)) - pickups;
        if (saving > 0 && (!best || saving > best.saving)) best = { from: fromId, to: to.batch.id, quantity, saving };
      }
    }
    if (!best) break;
    const remaining = (held.get(best.from) as number) - best.quantity;
    if (remaining === 0) held.delete(best.from);
    else held.set(best.from, remaining);
    held.set(best.to, (held.get(best.to) ?? 0) + best.quantity);
  }
  return [...held].map(([id, quantity]) => ({ entry: byId.get(id) as Priced, quantity }));
};

/** Which batches to hold, and how much of each, for the least landed cost. */
export const planHolds = (request: PlanRequest, batches: Batch[]): PlannedHold[] => {
  const priced = batches
    .filter((batch) => isEligible(batch, request))
    .map((batch) => ({ batch, freightPerUnitIdr: freightPerUnitIdr(batch.province, request.destinationProvince, request.unit) }));
  const picks =
    request.minAverage === undefined
      ? cheapestPlan(request, priced, (entry) => entry.batch.unitPriceIdr + entry.freightPerUnitIdr)
      : cheapestBlend(request, priced, request.minAverage);
  if (picks.length > maxBatchesPerOrder && !request.allowPartial) return [];
  return picks.slice(0, maxBatchesPerOrder).map(({ entry, quantity }) => ({
    batch: entry.batch,
    quantity,
    freightPerUnitIdr: entry.freightPerUnitIdr,
    pickupCostIdr: PICKUP_FIXED_COST_IDR,
  }));
};
