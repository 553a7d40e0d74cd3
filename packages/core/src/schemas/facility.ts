import { IdSchema, IsoDateSchema, IsoDateTimeSchema, ProvinceCodeSchema, QuantitySchema } from "./common";
import { z } from "./zod";

export const FacilitySchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    province: ProvinceCodeSchema,
    regency: z.string(),
    district: z.string().optional(),
    village: z.string().optional(),
    operatorCooperativeId: IdSchema,
    cooperativeIds: z.array(IdSchema).openapi({ description: "Cooperatives that may produce here." }),
    qualityUnitId: IdSchema.openapi({ description: "The organisation of the officers assigned to this site." }),
    productIds: z.array(z.string()),
    commissionedOn: IsoDateSchema.openapi({ description: "When the site started producing: the earliest day its output can come from." }),
    capacities: z
      .array(
        z.object({
          productId: z.string(),
          perDay: z.number().positive().openapi({ description: "Output per day, in the product's unit." }),
          basis: z.string().openapi({ description: "Where the figure comes from." }),
        }),
      )
      .openapi({ description: "Production capacity per product." }),
  })
  .openapi("Facility");
export type Facility = z.infer<typeof FacilitySchema>;

export const FacilityParamsSchema = z.object({ id: IdSchema });

export const RecordEquipmentRunSchema = z
  .object({
    productId: z.string().min(1).max(64),
    equipmentId: IdSchema.optional(),
    description: z.string().trim().min(3).max(200).openapi({ example: "distillation charge, kettles 1-4" }),
    ranOn: IsoDateSchema,
    outputQuantity: QuantitySchema,
  })
  .strict()
  .openapi("RecordEquipmentRun");
export type RecordEquipmentRun = z.infer<typeof RecordEquipmentRunSchema>;

export const EquipmentRunSchema = z
  .object({
    id: IdSchema,
    facilityId: IdSchema,
    productId: z.string(),
    equipmentId: IdSchema.optional(),
    description: z.string(),
    ranOn: IsoDateSchema,
    outputQuantity: z.number().int(),
    recordedBy: z.string(),
    recordedByOrgId: z.string(),
    recordedAt: IsoDateTimeSchema,
    batchId: IdSchema.optional().openapi({ description: "The batch whose volume this run accounts for." }),
  })
  .openapi("EquipmentRun");
export type EquipmentRun = z.infer<typeof EquipmentRunSchema>;
