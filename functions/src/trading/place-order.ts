import {
  type Caller,
  conflict,
  type CreateOrder,
  findRulebook,
  gradeRank,
  invalidInput,
  isoDay,
  isProvinceCode,
  isKnownGrade,
  planHolds,
} from "@fsm/core";
import { type CreateRequest, type StoredOrder, toOrderView } from "@fsm/store";
import type { AppDeps } from "../deps";
import { retryWhenMoved } from "../retry-when-moved";

const termsOf = (body: CreateOrder, today: string) => {
  const rulebook = findRulebook(body.productId);
  if (!rulebook) throw invalidInput("Unknown product.", [{ path: "body.productId", message: `unknown product ${body.productId}` }]);
  if (!isKnownGrade(rulebook, body.minGrade)) {
    throw invalidInput("Unknown grade for this product.", [{ path: "body.minGrade", message: `one of ${rulebook.grades.map((grade) => grade.grade).join(", ")}` }]);
  }
  if (!isProvinceCode(body.destinationProvince)) {
    throw invalidInput("Unknown province.", [{ path: "body.destinationProvince", message: "not one of Indonesia's 38 provinces" }]);
  }
  if (body.deliverBy < today) {
    throw invalidInput("Delivery cannot be in the past.", [{ path: "body.deliverBy", message: `must be on or after ${today}` }]);
  }
  const [averaged, target] = Object.entries(body.minAverage ?? {})[0] ?? [];
  if (averaged !== undefined && averaged !== rulebook.keyParameter) {
    throw invalidInput("A minimum average applies to the product's key parameter.", [
      { path: "body.minAverage", message: `only ${rulebook.keyParameter} can be averaged for ${rulebook.productId}` },
    ]);
  }
  if (averaged !== undefined && rulebook.parameters.find((parameter) => parameter.key === averaged)?.better !== "higher") {
    throw invalidInput("A minimum average needs a parameter where more is better.", [{ path: "body.minAverage", message: `${averaged} is not one` }]);
  }
  return { rulebook, minGradeRank: gradeRank(rulebook, body.minGrade), minAverage: target };
};

/** Validates, matches against current listed stock, and holds it in one transaction (retried). */
export const placeOrder = async (body: CreateOrder, caller: Caller, deps: AppDeps, request?: CreateRequest) => {
  const { store, clock, ids, settings } = deps;
  const now = clock.now();
  const today = isoDay(now);
  const { rulebook, minGradeRank, minAverage } = termsOf(body, today);
  const stamp = now.toISOString();
  const order: StoredOrder = {
    id: ids.next("or"),
    buyerId: caller.orgId,
    productId: body.productId,
    minGrade: body.minGrade,
    quantity: body.quantity,
    heldQuantity: 0,
    maxUnitPriceIdr: body.maxUnitPriceIdr,
    deliverBy: body.deliverBy,
    destinationProvince: body.destinationProvince,
    allowPartial: body.allowPartial,
    ...(body.minAverage ? { minAverage: body.minAverage } : {}),
    status: "open",
    createdAt: stamp,
    updatedAt: stamp,
    version: 0,
    allocationSequence: 0,
  };
  const placed = await retryWhenMoved(
    async () => {
      const candidates = await store.catalog.candidates(body.productId, minGradeRank, body.deliverBy);
      const holds = planHolds({ ...body, minGradeRank, unit: rulebook.unit, minAverage }, candidates);
      return store.orders.placeHolds(order, holds, { now: clock.now(), holdSeconds: settings.holdTtlSeconds, request });
    },
    () => conflict("Other orders kept taking the same stock; please try again."),
  );
  return toOrderView(placed.order, placed.allocations);
};
