import { describe, expect, it } from "vitest";
import { estimateOrder } from "../src/buyer/estimate";
import { catalogItem } from "./support/fixtures";

describe("estimateOrder", () => {
  const items = [
    catalogItem({ batchId: "a", available: 400, unitPriceIdr: 1_300_000 }),
    catalogItem({ batchId: "b", available: 300, unitPriceIdr: 1_200_000 }),
    catalogItem({ batchId: "c", available: 500, unitPriceIdr: 2_000_000 }),
    catalogItem({ batchId: "d", available: 900, unitPriceIdr: 1_000_000, bestBefore: "2026-12-01" }),
  ];

  it("fills from the cheapest eligible stock and spans batches when one is not enough", () => {
    const estimate = estimateOrder(items, { quantity: 600, maxUnitPriceIdr: 1_500_000, deliverBy: "2026-12-15" });
    expect(estimate).toMatchObject({ coveredQuantity: 600, batches: 2, eligibleQuantity: 700 });
    expect(estimate.goodsIdr).toBe(300 * 1_200_000 + 300 * 1_300_000);
    expect(estimate.lowestUnitPriceIdr).toBe(1_200_000);
  });

  it("leaves out stock above the price ceiling or spoiling before delivery", () => {
    const estimate = estimateOrder(items, { quantity: 2000, maxUnitPriceIdr: 1_500_000, deliverBy: "2026-12-15" });
    expect(estimate.coveredQuantity).toBe(700);
  });

  it("leaves out stock whose certificate ends before delivery", () => {
    const estimate = estimateOrder([catalogItem({ certificateValidUntil: "2026-12-01" })], { quantity: 10, maxUnitPriceIdr: 9e9, deliverBy: "2026-12-15" });
    expect(estimate.coveredQuantity).toBe(0);
  });
});
