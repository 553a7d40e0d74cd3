import { assertPlausibleVolume, type Caller, conflict, createBatch, type CreateBatch, findRulebook, invalidInput } from "@fsm/core";
import type { CreateRequest } from "@fsm/store";
import type { AppDeps } from "../deps";
import { retryWhenMoved } from "../retry-when-moved";

/**
 * A cooperative declares a batch: the domain's rules, then the site's capacity, then one transaction
 * that holds only if no other batch was declared at the site since the capacity was checked.
 */
export const declareBatch = async (body: CreateBatch, caller: Caller, { store, clock, ids }: AppDeps, request?: CreateRequest) => {
  const facility = await store.directory.findFacility(body.facilityId);
  const rulebook = findRulebook(body.productId);
  const batch = createBatch(body, { caller, facility, productKnown: rulebook !== undefined, id: ids.next("bt"), now: clock.now() });
  if (!facility || !rulebook) return batch;
  const runIds = [...new Set(body.equipmentRunIds ?? [])];
  const linkedRuns = await store.equipmentRuns.find(facility.id, runIds);
  const unusable = runIds.filter((id) => {
    const run = linkedRuns.find((candidate) => candidate.id === id);
    return !run || run.productId !== body.productId || run.ranOn > body.producedOn;
  });
  if (unusable.length > 0) {
    throw invalidInput("Some equipment runs cannot account for this batch.", [
      { path: "body.equipmentRunIds", message: `not runs of ${body.productId} at ${facility.name} on or before ${body.producedOn}: ${unusable.join(", ")}` },
    ]);
  }
  const taken = linkedRuns.filter((run) => run.batchId !== undefined);
  if (taken.length > 0) throw conflict(`Equipment runs already account for other batches: ${taken.map((run) => run.id).join(", ")}.`);
  const declared = { ...batch, ...(runIds.length > 0 ? { equipmentRunIds: runIds } : {}) };
  return retryWhenMoved(
    async () => {
      const checkedAt = await store.batches.declarationsRevision(facility.id, body.productId);
      const previousBatchOn = await store.batches.latestProductionDay(caller.orgId, facility.id, body.productId, body.producedOn);
      const windowStart = previousBatchOn && previousBatchOn > facility.commissionedOn ? previousBatchOn : facility.commissionedOn;
      assertPlausibleVolume({
        facility,
        productId: body.productId,
        unit: rulebook.unit,
        quantity: body.quantity,
        producedOn: body.producedOn,
        previousBatchOn,
        declaredSinceWindow: await store.batches.declaredBetween(facility.id, body.productId, windowStart, body.producedOn),
        linkedRuns,
      });
      await store.batches.create(declared, checkedAt, request);
      return declared;
    },
    () => conflict("Other batches kept being declared at this site; please try again."),
  );
};
