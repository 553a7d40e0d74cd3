import { IdSchema, IsoDateSchema } from "./common";
import { z } from "./zod";

export const RegisterEquipmentSchema = z
  .object({
    kind: z.string().trim().min(1).max(64).regex(/^[a-z][a-z0-9-]*$/, "must be an equipment kind such as gc or moisture-meter"),
    serial: z.string().trim().min(1).max(128),
    calibratedOn: IsoDateSchema,
    calibrationValidUntil: IsoDateSchema,
  })
  .strict()
  .refine((equipment) => equipment.calibrationValidUntil >= equipment.calibratedOn, {
    message: "must not be before calibratedOn",
    path: ["calibrationValidUntil"],
  })
  .openapi("RegisterEquipment");
export type RegisterEquipment = z.infer<typeof RegisterEquipmentSchema>;

export const EquipmentSchema = z
  .object({
    id: IdSchema,
    facilityId: IdSchema,
    kind: z.string(),
    serial: z.string(),
    calibratedOn: IsoDateSchema,
    calibrationValidUntil: IsoDateSchema,
    registeredBy: z.string(),
    registeredAt: z.string(),
  })
  .openapi("Equipment");
export type Equipment = z.infer<typeof EquipmentSchema>;
