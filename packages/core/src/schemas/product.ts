import { z } from "./zod";

export const ProductParameterSchema = z.object({
  key: z.string(),
  unit: z.string(),
  name: z.string(),
  nameId: z.string(),
  required: z.boolean(),
  equipmentKind: z.string(),
  physicalMin: z.number(),
  physicalMax: z.number(),
});

export const ProductSchema = z
  .object({
    id: z.string(),
    family: z.string(),
    name: z.string(),
    nameId: z.string(),
    unit: z.enum(["kg", "piece"]),
    grades: z.array(z.string()).openapi({ description: "Best first." }),
    parameters: z.array(ProductParameterSchema),
    rulebookVersion: z.string(),
  })
  .openapi("Product");
export type Product = z.infer<typeof ProductSchema>;
