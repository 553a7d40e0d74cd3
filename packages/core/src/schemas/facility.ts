import { IdSchema, IsoDateSchema, IsoDateTimeSchema, ProvinceCodeSchema, QuantitySchema } from "./common";
import * as z from "zod/mini";

export const FacilitySchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    province: ProvinceCodeSchema,
    regency: z.string(),
    district: z.optional(z.string()),
    village: z.optional(z.string()),
    operatorCooperativeId: IdSchema,
    cooperativeIds: z.array(IdSchema).check(z.describe("Cooperatives that may produce here.")),
    qualityUnitId: IdSchema.check(z.describe("The organisation of the officers assigned to this site.")),
    productIds: z.array(z.string()),
    commissionedOn: IsoDateSchema.check(z.describe("When the site started producing: the earliest day its output can come from.")),
    capacities: z
      .array(
        z.object({
          productId: z.string(),
          perDay: z.number().check(z.positive(), z.describe("Output per day, in the product's unit.")),
          basis: z.string().check(z.describe("Where the figure comes from.")),
        }),
      )
      .check(z.describe("Production capacity per product.")),
  })
  .register(z.globalRegistry, { id: "Facility" });
export type Facility = z.infer<typeof FacilitySchema>;

export const FacilityParamsSchema = z.object({ id: IdSchema });

export const RecordEquipmentRunSchema = z
  .strictObject({
    productId: z.string().check(z.minLength(1), z.maxLength(64)),
    equipmentId: z.optional(IdSchema),
    description: z.string().check(z.trim(), z.minLength(3), z.maxLength(200), z.meta({ example: "distillation charge, kettles 1-4" })),
    ranOn: IsoDateSchema,
    outputQuantity: QuantitySchema,
  })
  .register(z.globalRegistry, { id: "RecordEquipmentRun" });
export type RecordEquipmentRun = z.infer<typeof RecordEquipmentRunSchema>;

export const EquipmentRunSchema = z
  .object({
    id: IdSchema,
    facilityId: IdSchema,
    productId: z.string(),
    equipmentId: z.optional(IdSchema),
    description: z.string(),
    ranOn: IsoDateSchema,
    outputQuantity: z.int(),
    recordedBy: z.string(),
    recordedByOrgId: z.string(),
    recordedAt: IsoDateTimeSchema,
    batchId: z.optional(IdSchema.check(z.describe("The batch whose volume this run accounts for."))),
  })
  .register(z.globalRegistry, { id: "EquipmentRun" });
export type EquipmentRun = z.infer<typeof EquipmentRunSchema>;
