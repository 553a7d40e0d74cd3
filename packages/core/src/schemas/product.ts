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

const BoundSchema = z.object({ parameter: z.string(), min: z.number().optional(), max: z.number().optional() });

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
    standardRequirements: z.array(BoundSchema).openapi({ description: "Pass/fail rows every grade must meet." }),
    gradeRules: z.array(z.object({ grade: z.string(), rules: z.array(BoundSchema) })).openapi({ description: "Each grade's rules, best first." }),
    keyParameter: z.string().openapi({ description: "The value buyers pay for; pooled deliveries report its weighted average." }),
  })
  .openapi("Product");
export type Product = z.infer<typeof ProductSchema>;
