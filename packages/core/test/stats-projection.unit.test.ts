import { describe, expect, it } from "vitest";
import { median, productWideFacility, statsChanges } from "../src";

const batch = { entity: "batch", facilityId: "f1", productId: "patchouli-oil", total: 300 };

describe("what a table change adds to the ministry's figures", () => {
  it("counts a certification: listed quantity, grade and hours from request to certificate", () => {
    const changes = statsChanges(
      { ...batch, status: "awaiting-inspection" },
      { ...batch, status: "listed", grade: "PA-35", inspectionRequestedAt: "2026-11-01T00:00:00.000Z", certifiedAt: "2026-11-02T06:00:00.000Z" },
    );
    expect(changes).toEqual([
      { facilityId: "f1", productId: "patchouli-oil", day: "2026-11-02", counters: { certificatesIssued: 1, listedQuantity: 300 }, grade: "PA-35", inspectionHours: 30 },
    ]);
  });

  it("counts shipments as volume and GMV, and confirmations as filled demand", () => {
    const allocation = { entity: "allocation", facilityId: "f1", productId: "p", quantity: 20, unitPriceIdr: 1000 };
    expect(statsChanges({ ...allocation, status: "confirmed" }, { ...allocation, status: "shipped", shippedAt: "2026-11-03T01:00:00Z" })).toEqual([
      { facilityId: "f1", productId: "p", day: "2026-11-03", counters: { shippedQuantity: 20, gmvIdr: 20_000 } },
    ]);
    const order = { entity: "order", productId: "p", quantity: 50, heldQuantity: 40, updatedAt: "2026-11-04T00:00:00Z" };
    expect(statsChanges({ ...order, status: "held" }, { ...order, status: "confirmed" })).toEqual([
      { facilityId: productWideFacility, productId: "p", day: "2026-11-04", counters: { filledQuantity: 40 } },
    ]);
  });

  it("ignores changes that move no figure", () => {
    expect(statsChanges({ ...batch, status: "listed" }, { ...batch, status: "listed" })).toEqual([]);
    expect(statsChanges(undefined, { entity: "user" })).toEqual([]);
  });

  it("takes the median of inspection lead times", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
