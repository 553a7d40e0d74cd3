import { type Facility, isoDay, median, productWideFacility } from "@fsm/core";
import type { DailyStats } from "@fsm/store";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";

const defaultWindowDays = 90;

/** Capacity over the days of [from, to] the site was open, both ends included. */
const capacityBetween = (facility: Facility, productId: string, from: string, to: string) => {
  const perDay = facility.capacities.find((capacity) => capacity.productId === productId)?.perDay ?? 0;
  const start = from > facility.commissionedOn ? from : facility.commissionedOn;
  const days = Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1);
  return Math.floor(perDay * days);
};

const sum = (days: DailyStats[], pick: (day: DailyStats) => number) => days.reduce((total, day) => total + pick(day), 0);

export const operations = [
  implement(routes.stats, async ({ query }, { store, clock }) => {
    const to = query.to ?? isoDay(clock.now());
    const from = query.from ?? isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - defaultWindowDays * 86_400_000));
    const facilities = await store.directory.listFacilities();
    const productIds = [...new Set(facilities.flatMap((facility) => facility.productIds))];
    const productWide = new Map(
      await Promise.all(productIds.map(async (productId) => [productId, await store.stats.days(productWideFacility, productId, from, to)] as const)),
    );
    const items = await Promise.all(
      facilities.flatMap((facility) =>
        facility.productIds.map(async (productId) => {
          const days = await store.stats.days(facility.id, productId, from, to);
          const declaredQuantity = await store.batches.declaredFromTo(facility.id, productId, from, to);
          const capacityQuantity = capacityBetween(facility, productId, from, to);
          const orders = productWide.get(productId) ?? [];
          const orderedQuantity = sum(orders, (day) => day.orderedQuantity);
          const filledQuantity = sum(orders, (day) => day.filledQuantity);
          const gradeDistribution: Record<string, number> = {};
          for (const day of days) for (const [grade, count] of Object.entries(day.grades)) gradeDistribution[grade] = (gradeDistribution[grade] ?? 0) + count;
          return {
            facilityId: facility.id,
            productId,
            listedQuantity: sum(days, (day) => day.listedQuantity),
            reservedQuantity: sum(days, (day) => day.reservedQuantity),
            shippedQuantity: sum(days, (day) => day.shippedQuantity),
            deliveredQuantity: sum(days, (day) => day.deliveredQuantity),
            gmvIdr: sum(days, (day) => day.gmvIdr),
            orderedQuantity,
            filledQuantity,
            fillRate: orderedQuantity > 0 ? filledQuantity / orderedQuantity : null,
            gradeDistribution,
            certificatesIssued: sum(days, (day) => day.certificatesIssued),
            medianHoursToCertificate: median(days.flatMap((day) => day.inspectionHours)),
            declaredQuantity,
            capacityQuantity,
            utilisation: capacityQuantity > 0 ? Math.round((declaredQuantity / capacityQuantity) * 10_000) / 10_000 : null,
            daily: days.map((day) => ({
              day: day.day,
              listedQuantity: day.listedQuantity,
              reservedQuantity: day.reservedQuantity,
              shippedQuantity: day.shippedQuantity,
              gmvIdr: day.gmvIdr,
            })),
          };
        }),
      ),
    );
    return { from, to, items };
  }),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
