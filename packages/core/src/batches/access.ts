import type { Caller } from "../identity/caller";
import { forbidden, notFound } from "../errors";
import type { Batch } from "../schemas/batch";

/** Cooperatives see their own batches; officers and the ministry may read any. Others: not found. */
export const assertCanReadBatch = (caller: Caller, batch: Batch | undefined, id: string): Batch => {
  if (!batch) throw notFound("Batch", id);
  if (caller.role === "officer" || caller.role === "ministry") return batch;
  if (caller.role === "cooperative" && batch.cooperativeId === caller.orgId) return batch;
  throw notFound("Batch", id);
};

export const assertOwnsBatch = (caller: Caller, batch: Batch | undefined, id: string): Batch => {
  if (!batch || batch.cooperativeId !== caller.orgId) throw notFound("Batch", id);
  return batch;
};

export const assertOfficerOf = (caller: Caller, qualityUnitId: string | undefined, facilityName: string) => {
  if (caller.role !== "officer" || caller.orgId !== qualityUnitId) {
    throw forbidden(`Only an officer assigned to ${facilityName} may do this.`);
  }
};
