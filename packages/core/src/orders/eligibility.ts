import type { Batch } from "../schemas/batch";
import type { CreateOrder } from "../schemas/order";

export type OrderTerms = Pick<CreateOrder, "productId" | "maxUnitPriceIdr" | "deliverBy"> & { minGradeRank: number };

/**
 * DESIGN.md's eligible batch: same product, listed, certificate valid through delivery, grade at
 * least the minimum, price within the ceiling, stock left, best-before after delivery.
 */
export const isEligible = (batch: Batch & { gradeRank?: number }, terms: OrderTerms) =>
  batch.productId === terms.productId &&
  batch.status === "listed" &&
  batch.available > 0 &&
  batch.gradeRank !== undefined &&
  batch.gradeRank <= terms.minGradeRank &&
  batch.unitPriceIdr <= terms.maxUnitPriceIdr &&
  batch.certificateValidUntil !== undefined &&
  batch.certificateValidUntil >= terms.deliverBy &&
  (batch.bestBefore === undefined || batch.bestBefore > terms.deliverBy);
