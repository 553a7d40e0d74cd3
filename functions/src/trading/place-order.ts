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
import { type StoredOrder, toOrderView } from "@fsm/store";
import type { AppDeps } from "../deps";
import { retryWhenStockMoves } from "./retry";

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
  return { rulebook, minGradeRank: gradeRank(rulebook, body.minGrade) };
};

/** Validates, matches against current listed stock, and holds it in one transaction (retried). */
export const placeOrder = async (body: CreateOrder, caller: Caller, deps: AppDeps) => {
  const { store, clock, ids, settings } = deps;
  const now = clock.now();
  const today = isoDay(now);
  const { rulebook, minGradeRank } = termsOf(body, today);
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
    status: "open",
    createdAt: stamp,
    updatedAt: stamp,
    version: 0,
    allocationSequence: 0,
  };
  const placed = await retryWhenStockMoves(
    async () => {
      const candidates = await store.catalog.candidates(body.productId, minGradeRank, body.deliverBy);
      const holds = planHolds({ ...body, minGradeRank, unit: rulebook.unit }, candidates);
      return store.orders.placeHolds(order, [], holds, clock.now(), settings.holdTtlSeconds, true);
    },
    () => conflict("Other orders kept taking the same stock; please try again."),
  );
  return toOrderView(placed.order, placed.allocations);
};
