import { RoleSchema } from "../identity/caller";
import { z } from "./zod";

export const UserSchema = z
  .object({ id: z.string(), email: z.email(), role: RoleSchema, orgId: z.string() })
  .openapi("User");
export type User = z.infer<typeof UserSchema>;

export const DevLoginRequestSchema = z.object({ email: z.email().max(254) }).openapi("DevLoginRequest");
export const DevLoginResponseSchema = z.object({ token: z.string(), user: UserSchema }).openapi("DevLoginResponse");

export const OrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(["cooperative", "buyer", "ministry", "quality-unit"]),
    province: z.string().optional(),
  })
  .openapi("Organisation");
export type Organisation = z.infer<typeof OrganisationSchema>;
