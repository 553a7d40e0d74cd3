import { IdSchema, IsoDateSchema, ProvinceCodeSchema } from "./common";
import * as z from "zod/mini";

export const CatalogQuerySchema = z
  .object({
    productId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    minGrade: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
    province: z.optional(ProvinceCodeSchema),
    minQuantity: z.optional(z.coerce.number().check(z.int(), z.positive(), z.maximum(10_000_000))),
    destinationProvince: z.optional(ProvinceCodeSchema.check(z.describe("When given, each item carries its freight per unit to there."))),
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
  })
  .check(z.refine((query) => !query.minGrade || query.productId, { message: "minGrade needs productId (grades are per product)", path: ["minGrade"] }));

export const CatalogItemSchema = z
  .object({
    batchId: IdSchema,
    productId: z.string(),
    grade: z.string(),
    available: z.int(),
    unitPriceIdr: z.int(),
    facilityId: IdSchema,
    province: ProvinceCodeSchema,
    cooperativeId: IdSchema,
    certificateId: IdSchema,
    certificateValidUntil: IsoDateSchema,
    bestBefore: z.optional(IsoDateSchema),
    freightPerUnitIdr: z.optional(z.int()),
    landedUnitPriceIdr: z.optional(z.int()),
  })
  .register(z.globalRegistry, { id: "CatalogItem" });
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

export const CatalogPageSchema = z
  .object({ items: z.array(CatalogItemSchema), cursor: z.nullable(z.string()) })
  .register(z.globalRegistry, { id: "CatalogPage" });
