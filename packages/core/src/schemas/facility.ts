import { IdSchema, ProvinceCodeSchema } from "./common";
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
  })
  .openapi("Facility");
export type Facility = z.infer<typeof FacilitySchema>;

export const FacilityParamsSchema = z.object({ id: IdSchema });
