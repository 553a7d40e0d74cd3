import { IdSchema, IsoDateSchema } from "./common";
import * as z from "zod/mini";

export const RegisterEquipmentSchema = z
  .strictObject({
    kind: z.string().check(z.trim(), z.minLength(1), z.maxLength(64), z.regex(/^[a-z][a-z0-9-]*$/, "must be an equipment kind such as gc or moisture-meter")),
    serial: z.string().check(z.trim(), z.minLength(1), z.maxLength(128)),
    calibratedOn: IsoDateSchema,
    calibrationValidUntil: IsoDateSchema,
  })
  .check(
    z.refine((equipment) => equipment.calibrationValidUntil >= equipment.calibratedOn, {
      message: "must not be before calibratedOn",
      path: ["calibrationValidUntil"],
    }),
  )
  .register(z.globalRegistry, { id: "RegisterEquipment" });
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
  .register(z.globalRegistry, { id: "Equipment" });
export type Equipment = z.infer<typeof EquipmentSchema>;
