/** The facility id under which product-wide figures (orders, fill) are kept: orders have no facility. */
export const productWideFacility = "*";

export interface StatsChange {
  facilityId: string;
  productId: string;
  day: string;
  counters?: Partial<Record<"listedQuantity" | "reservedQuantity" | "shippedQuantity" | "deliveredQuantity" | "gmvIdr" | "orderedQuantity" | "filledQuantity" | "certificatesIssued", number>>;
  grade?: string;
  inspectionHours?: number;
}

type Image = Record<string, unknown> | undefined;

const text = (image: Image, name: string) => (typeof image?.[name] === "string" ? (image[name] as string) : undefined);
const number = (image: Image, name: string) => (typeof image?.[name] === "number" ? (image[name] as number) : 0);
const dayOf = (timestamp: string | undefined) => (timestamp ?? new Date(0).toISOString()).slice(0, 10);

const certification = (before: Image, after: Image): StatsChange[] => {
  const was = text(before, "status");
  const now = text(after, "status");
  if (was !== "awaiting-inspection" || (now !== "listed" && now !== "rejected")) return [];
  const certifiedAt = text(after, "certifiedAt");
  const requestedAt = text(after, "inspectionRequestedAt");
  const hours = certifiedAt && requestedAt ? (Date.parse(certifiedAt) - Date.parse(requestedAt)) / 3_600_000 : undefined;
  return [
    {
      facilityId: text(after, "facilityId") as string,
      productId: text(after, "productId") as string,
      day: dayOf(certifiedAt),
      counters: { certificatesIssued: 1, ...(now === "listed" ? { listedQuantity: number(after, "total") } : {}) },
      grade: now === "listed" ? (text(after, "grade") ?? "rejected") : "rejected",
      inspectionHours: hours === undefined ? undefined : Math.round(hours * 100) / 100,
    },
  ];
};

const allocationProgress = (before: Image, after: Image): StatsChange[] => {
  const at = (day: string | undefined, counters: StatsChange["counters"]): StatsChange => ({
    facilityId: text(after, "facilityId") as string,
    productId: text(after, "productId") as string,
    day: dayOf(day),
    counters,
  });
  const was = text(before, "status");
  const now = text(after, "status");
  if (!before && now === "held") return [at(text(after, "createdAt"), { reservedQuantity: number(after, "quantity") })];
  if (was !== "shipped" && now === "shipped") {
    return [at(text(after, "shippedAt"), { shippedQuantity: number(after, "quantity"), gmvIdr: number(after, "quantity") * number(after, "unitPriceIdr") })];
  }
  if (was !== "delivered" && now === "delivered") return [at(text(after, "deliveredAt"), { deliveredQuantity: number(after, "receivedQuantity") })];
  return [];
};

const orderProgress = (before: Image, after: Image): StatsChange[] => {
  const at = (day: string | undefined, counters: StatsChange["counters"]): StatsChange => ({
    facilityId: productWideFacility,
    productId: text(after, "productId") as string,
    day: dayOf(day),
    counters,
  });
  if (!before) return [at(text(after, "createdAt"), { orderedQuantity: number(after, "quantity") })];
  if (text(before, "status") !== "confirmed" && text(after, "status") === "confirmed") {
    return [at(text(after, "updatedAt"), { filledQuantity: number(after, "heldQuantity") })];
  }
  return [];
};

/**
 * What one table change adds to the ministry's figures. Pure: the stream consumer applies the
 * result with atomic ADDs, so the figures stay current on write without any scan.
 */
export const statsChanges = (before: Image, after: Image): StatsChange[] => {
  switch (after?.entity) {
    case "batch":
      return certification(before, after);
    case "allocation":
      return allocationProgress(before, after);
    case "order":
      return orderProgress(before, after);
    default:
      return [];
  }
};

export const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
