import { IdSchema, IsoDateSchema, ProvinceCodeSchema } from "./common";
import { z } from "./zod";

export const CatalogQuerySchema = z
  .object({
    productId: z.string().min(1).max(64).optional(),
    minGrade: z.string().min(1).max(32).optional(),
    province: ProvinceCodeSchema.optional(),
    minQuantity: z.coerce.number().int().positive().max(10_000_000).optional(),
    destinationProvince: ProvinceCodeSchema.optional().openapi({ description: "When given, each item carries its freight per unit to there." }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(2048).optional(),
  })
  .refine((query) => !query.minGrade || query.productId, { message: "minGrade needs productId (grades are per product)", path: ["minGrade"] });

export const CatalogItemSchema = z
  .object({
    batchId: IdSchema,
    productId: z.string(),
    grade: z.string(),
    available: z.number().int(),
    unitPriceIdr: z.number().int(),
    facilityId: IdSchema,
    province: ProvinceCodeSchema,
    cooperativeId: IdSchema,
    certificateId: IdSchema,
    certificateValidUntil: IsoDateSchema,
    bestBefore: IsoDateSchema.optional(),
    freightPerUnitIdr: z.number().int().optional(),
    landedUnitPriceIdr: z.number().int().optional(),
  })
  .openapi("CatalogItem");
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

export const CatalogPageSchema = z.object({ items: z.array(CatalogItemSchema), cursor: z.string().nullable() }).openapi("CatalogPage");
