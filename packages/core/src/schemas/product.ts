import * as z from "zod/mini";

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

const BoundSchema = z.object({ parameter: z.string(), min: z.optional(z.number()), max: z.optional(z.number()) });

export const ProductSchema = z
  .object({
    id: z.string(),
    family: z.string(),
    name: z.string(),
    nameId: z.string(),
    unit: z.enum(["kg", "piece"]),
    grades: z.array(z.string()).check(z.describe("Best first.")),
    parameters: z.array(ProductParameterSchema),
    rulebookVersion: z.string(),
    standardRequirements: z.array(BoundSchema).check(z.describe("Pass/fail rows every grade must meet.")),
    gradeRules: z.array(z.object({ grade: z.string(), rules: z.array(BoundSchema) })).check(z.describe("Each grade's rules, best first.")),
    keyParameter: z.string().check(z.describe("The value buyers pay for; pooled deliveries report its weighted average.")),
  })
  .register(z.globalRegistry, { id: "Product" });
export type Product = z.infer<typeof ProductSchema>;
