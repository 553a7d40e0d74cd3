import { IdSchema, IsoDateSchema, IsoDateTimeSchema, ProvinceCodeSchema, QuantitySchema, RupiahSchema } from "./common";
import { z } from "./zod";

export const batchStatuses = [
  "draft",
  "awaiting-inspection",
  "listed",
  "rejected",
  "sold-out",
  "withdrawn",
  "delisted",
] as const;
export const BatchStatusSchema = z.enum(batchStatuses);
export type BatchStatus = z.infer<typeof BatchStatusSchema>;

export const ContributionSchema = z.object({
  memberName: z.string().trim().min(1).max(120),
  quantity: QuantitySchema,
});

export const CreateBatchSchema = z
  .object({
    productId: z.string().min(1).max(64),
    facilityId: IdSchema,
    quantity: QuantitySchema,
    unitPriceIdr: RupiahSchema.positive(),
    producedOn: IsoDateSchema,
    bestBefore: IsoDateSchema.optional(),
    contributions: z.array(ContributionSchema).max(500).optional(),
    equipmentRunIds: z
      .array(IdSchema)
      .max(100)
      .optional()
      .openapi({ description: "Recorded equipment runs whose output accounts for a volume above the site's capacity." }),
  })
  .strict()
  .openapi("CreateBatch");
export type CreateBatch = z.infer<typeof CreateBatchSchema>;

export const BatchSchema = z
  .object({
    id: IdSchema,
    productId: z.string(),
    facilityId: IdSchema,
    province: ProvinceCodeSchema,
    cooperativeId: IdSchema,
    status: BatchStatusSchema,
    total: z.number().int(),
    available: z.number().int(),
    reserved: z.number().int(),
    shipped: z.number().int(),
    withdrawn: z.number().int(),
    unitPriceIdr: z.number().int(),
    producedOn: IsoDateSchema,
    bestBefore: IsoDateSchema.optional(),
    contributions: z.array(ContributionSchema),
    equipmentRunIds: z.array(IdSchema).optional(),
    grade: z.string().nullable().optional(),
    keyValue: z.number().optional().openapi({ description: "The certified value of the product's key parameter." }),
    certificateId: IdSchema.optional(),
    certificateValidUntil: IsoDateSchema.optional(),
    inspectionRequestedAt: IsoDateTimeSchema.optional(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .openapi("Batch");
export type Batch = z.infer<typeof BatchSchema>;

export const BatchParamsSchema = z.object({ id: IdSchema });
export const BatchListQuerySchema = z.object({ status: BatchStatusSchema.optional() });
