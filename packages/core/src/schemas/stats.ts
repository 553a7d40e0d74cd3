import { IsoDateSchema } from "./common";
import { z } from "./zod";

export const StatsQuerySchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "from must not be after to", path: ["from"] });

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
    fillRate: z.number().nullable(),
    gradeDistribution: z.record(z.string(), z.number()),
    certificatesIssued: z.number(),
    medianHoursToCertificate: z.number().nullable(),
    declaredQuantity: z.number().openapi({ description: "Output cooperatives declared at the site in the period." }),
    capacityQuantity: z.number().openapi({ description: "What the site could produce in the period at its recorded capacity." }),
    utilisation: z.number().nullable().openapi({ description: "declaredQuantity / capacityQuantity." }),
    daily: z.array(DailyFigureSchema),
  })
  .openapi("FacilityProductStats");

export const StatsSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, items: z.array(FacilityProductStatsSchema) })
  .openapi("Stats");
