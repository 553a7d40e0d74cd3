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
}

/**
 * A transaction holds at most 100 items; each hold writes the allocation and the batch, and the
 * order is one more, so one order holds at most this many batches at a time.
 */
export const maxBatchesPerOrder = 45;

/** Which batches to hold, and how much of each, for the least landed cost. */
export const planHolds = (request: PlanRequest, batches: Batch[]): PlannedHold[] => {
  const eligible = batches.filter((batch) => isEligible(batch, request));
  const freight = new Map(eligible.map((batch) => [batch.id, freightPerUnitIdr(batch.province, request.destinationProvince, request.unit)]));
  const plan = matchOrder(
    { quantity: request.quantity, allowPartial: request.allowPartial },
    eligible.map((batch) => ({
      batchId: batch.id,
      available: batch.available,
      unitPriceIdr: batch.unitPriceIdr,
      freightPerUnitIdr: freight.get(batch.id) as number,
      fixedCostIdr: PICKUP_FIXED_COST_IDR,
    })),
  );
  const byId = new Map(eligible.map((batch) => [batch.id, batch]));
  return plan.picks
    .filter((pick) => pick.quantity > 0)
    .slice(0, maxBatchesPerOrder)
    .map((pick) => ({
      batch: byId.get(pick.batchId) as Batch,
      quantity: pick.quantity,
      freightPerUnitIdr: freight.get(pick.batchId) as number,
      pickupCostIdr: PICKUP_FIXED_COST_IDR,
    }));
};
