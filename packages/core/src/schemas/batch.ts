import { IdSchema, IsoDateSchema, IsoDateTimeSchema, ProvinceCodeSchema, QuantitySchema, RupiahSchema } from "./common";
import * as z from "zod/mini";

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
  memberName: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  quantity: QuantitySchema,
});

export const CreateBatchSchema = z
  .strictObject({
    productId: z.string().check(z.minLength(1), z.maxLength(64)),
    facilityId: IdSchema,
    quantity: QuantitySchema,
    unitPriceIdr: RupiahSchema.check(z.positive()),
    producedOn: IsoDateSchema,
    bestBefore: z.optional(IsoDateSchema),
    contributions: z.optional(z.array(ContributionSchema).check(z.maxLength(500))),
    equipmentRunIds: z.optional(
      z.array(IdSchema).check(z.maxLength(100), z.describe("Recorded equipment runs whose output accounts for a volume above the site's capacity.")),
    ),
  })
  .register(z.globalRegistry, { id: "CreateBatch" });
export type CreateBatch = z.infer<typeof CreateBatchSchema>;

export const BatchSchema = z
  .object({
    id: IdSchema,
    productId: z.string(),
    facilityId: IdSchema,
    province: ProvinceCodeSchema,
    cooperativeId: IdSchema,
    status: BatchStatusSchema,
    total: z.int(),
    available: z.int(),
    reserved: z.int(),
    shipped: z.int(),
    withdrawn: z.int(),
    unitPriceIdr: z.int(),
    producedOn: IsoDateSchema,
    bestBefore: z.optional(IsoDateSchema),
    contributions: z.array(ContributionSchema),
    equipmentRunIds: z.optional(z.array(IdSchema)),
    grade: z.optional(z.nullable(z.string())),
    keyValue: z.optional(z.number().check(z.describe("The certified value of the product's key parameter."))),
    certificateId: z.optional(IdSchema),
    certificateValidUntil: z.optional(IsoDateSchema),
    inspectionRequestedAt: z.optional(IsoDateTimeSchema),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .register(z.globalRegistry, { id: "Batch" });
export type Batch = z.infer<typeof BatchSchema>;

export const BatchParamsSchema = z.object({ id: IdSchema });
export const BatchListQuerySchema = z.object({ status: z.optional(BatchStatusSchema) });
