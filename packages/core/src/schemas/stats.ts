import { IsoDateSchema } from "./common";
import * as z from "zod/mini";

export const StatsQuerySchema = z
  .object({ from: z.optional(IsoDateSchema), to: z.optional(IsoDateSchema) })
  .check(z.refine((query) => !query.from || !query.to || query.from <= query.to, { message: "from must not be after to", path: ["from"] }));

export const DailyFigureSchema = z.object({
  day: IsoDateSchema,
  listedQuantity: z.number(),
  reservedQuantity: z.number(),
  shippedQuantity: z.number(),
  gmvIdr: z.number(),
});

export const FacilityProductStatsSchema = z
  .object({
    facilityId: z.string(),
    productId: z.string(),
    listedQuantity: z.number(),
    reservedQuantity: z.number(),
    shippedQuantity: z.number(),
    deliveredQuantity: z.number(),
    gmvIdr: z.number(),
    orderedQuantity: z.number(),
    filledQuantity: z.number(),
    fillRate: z.nullable(z.number()),
    gradeDistribution: z.record(z.string(), z.number()),
    certificatesIssued: z.number(),
    medianHoursToCertificate: z.nullable(z.number()),
    declaredQuantity: z.number().check(z.describe("Output cooperatives declared at the site in the period.")),
    capacityQuantity: z.number().check(z.describe("What the site could produce in the period at its recorded capacity.")),
    utilisation: z.nullable(z.number()).check(z.describe("declaredQuantity / capacityQuantity.")),
    daily: z.array(DailyFigureSchema),
  })
  .register(z.globalRegistry, { id: "FacilityProductStats" });

export const StatsSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, items: z.array(FacilityProductStatsSchema) })
  .register(z.globalRegistry, { id: "Stats" });
