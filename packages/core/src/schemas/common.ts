import * as z from "zod/mini";

export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9_.:-]+$/, "must be an opaque id"));
export const IsoDateSchema = z.iso.date();
export const IsoDateTimeSchema = z.iso.datetime();
export const ProvinceCodeSchema = z.string().check(z.regex(/^ID-[A-Z]{2}$/, "must be an ISO 3166-2:ID province code"));
/** Integers in the product's unit; the upper bound keeps arithmetic exact and rejects absurd input. */
export const QuantitySchema = z.int().check(z.positive(), z.maximum(10_000_000));
export const RupiahSchema = z.int().check(z.nonnegative(), z.maximum(1_000_000_000_000));

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  })
  .register(z.globalRegistry, { id: "Problem" });

export const HealthSchema = z.object({ status: z.literal("ok") }).register(z.globalRegistry, { id: "Health" });

export const PageQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});
