import { z } from "./zod";

export const IdSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/, "must be an opaque id");
export const IsoDateSchema = z.iso.date();
export const IsoDateTimeSchema = z.iso.datetime();
export const ProvinceCodeSchema = z.string().regex(/^ID-[A-Z]{2}$/, "must be an ISO 3166-2:ID province code");
/** Integers in the product's unit; the upper bound keeps arithmetic exact and rejects absurd input. */
export const QuantitySchema = z.number().int().positive().max(10_000_000);
export const RupiahSchema = z.number().int().nonnegative().max(1_000_000_000_000);

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

export const HealthSchema = z.object({ status: z.literal("ok") }).openapi("Health");

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});
