import type { Caller } from "../identity/caller";
import { businessRule, forbidden, invalidInput, notFound } from "../errors";
import type { Batch, CreateBatch } from "../schemas/batch";
import type { Facility } from "../schemas/facility";
import { isoDay } from "../ports/clock";

export interface NewBatchContext {
  caller: Caller;
  facility: Facility | undefined;
  productKnown: boolean;
  id: string;
  now: Date;
}

/** A draft batch, after the rules a cooperative's declaration must meet. */
export const createBatch = (input: CreateBatch, { caller, facility, productKnown, id, now }: NewBatchContext): Batch => {
  if (!facility) throw notFound("Facility", input.facilityId);
  if (!facility.cooperativeIds.includes(caller.orgId)) {
    throw forbidden(`Your cooperative does not produce at ${facility.name}.`);
  }
  if (!productKnown) throw invalidInput("Unknown product.", [{ path: "body.productId", message: `unknown product ${input.productId}` }]);
  if (!facility.productIds.includes(input.productId)) {
    throw businessRule(`${facility.name} does not produce ${input.productId}.`, [
      { path: "body.productId", message: `this facility produces ${facility.productIds.join(", ")}` },
    ]);
  }
  const today = isoDay(now);
  if (input.producedOn > today) {
    throw invalidInput("A batch cannot be produced in the future.", [{ path: "body.producedOn", message: `must be on or before ${today}` }]);
  }
  if (input.bestBefore && input.bestBefore <= input.producedOn) {
    throw invalidInput("Best-before must come after production.", [{ path: "body.bestBefore", message: "must be after producedOn" }]);
  }
  const contributions = input.contributions ?? [];
  const contributed = contributions.reduce((sum, contribution) => sum + contribution.quantity, 0);
  if (contributions.length > 0 && contributed !== input.quantity) {
    throw invalidInput("Member contributions must add up to the batch quantity.", [
      { path: "body.contributions", message: `they add up to ${contributed}, the batch is ${input.quantity}` },
    ]);
  }
  const stamp = now.toISOString();
  return {
    id,
    productId: input.productId,
    facilityId: facility.id,
    province: facility.province,
    cooperativeId: caller.orgId,
    status: "draft",
    total: input.quantity,
    available: input.quantity,
    reserved: 0,
    shipped: 0,
    withdrawn: 0,
    unitPriceIdr: input.unitPriceIdr,
    producedOn: input.producedOn,
    bestBefore: input.bestBefore,
    contributions,
    createdAt: stamp,
    updatedAt: stamp,
  };
};
