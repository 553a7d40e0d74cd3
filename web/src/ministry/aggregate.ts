import type { FacilityProductStats } from "../api/types";

export interface DailyTotals {
  day: string;
  listedQuantity: number;
  reservedQuantity: number;
  shippedQuantity: number;
  gmvIdr: number;
}

/** Sums the selected facility/product series day by day (days missing in one series count as 0). */
export const dailyTotals = (items: FacilityProductStats[]): DailyTotals[] => {
  const byDay = new Map<string, DailyTotals>();
  for (const item of items) {
    for (const figure of item.daily) {
      const total = byDay.get(figure.day) ?? { day: figure.day, listedQuantity: 0, reservedQuantity: 0, shippedQuantity: 0, gmvIdr: 0 };
      total.listedQuantity += figure.listedQuantity;
      total.reservedQuantity += figure.reservedQuantity;
      total.shippedQuantity += figure.shippedQuantity;
      total.gmvIdr += figure.gmvIdr;
      byDay.set(figure.day, total);
    }
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
};

export interface Totals {
  gmvIdr: number;
  orderedQuantity: number;
  filledQuantity: number;
  /** Filled over ordered across the selection; null when nothing was ordered. */
  fillRate: number | null;
  certificatesIssued: number;
}

export const totals = (items: FacilityProductStats[]): Totals => {
  const sum = (pick: (item: FacilityProductStats) => number) => items.reduce((total, item) => total + pick(item), 0);
  const orderedQuantity = sum((item) => item.orderedQuantity);
  const filledQuantity = sum((item) => item.filledQuantity);
  return {
    gmvIdr: sum((item) => item.gmvIdr),
    orderedQuantity,
    filledQuantity,
    fillRate: orderedQuantity > 0 ? filledQuantity / orderedQuantity : null,
    certificatesIssued: sum((item) => item.certificatesIssued),
  };
};
