import { RoleSchema } from "../identity/caller";
import * as z from "zod/mini";

export const UserSchema = z
  .object({ id: z.string(), email: z.email(), role: RoleSchema, orgId: z.string() })
  .register(z.globalRegistry, { id: "User" });
export type User = z.infer<typeof UserSchema>;

export const DevLoginRequestSchema = z.object({ email: z.email().check(z.maxLength(254)) }).register(z.globalRegistry, { id: "DevLoginRequest" });
export const DevLoginResponseSchema = z.object({ token: z.string(), user: UserSchema }).register(z.globalRegistry, { id: "DevLoginResponse" });

export const OrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(["cooperative", "buyer", "ministry", "quality-unit"]),
    province: z.optional(z.string()),
  })
  .register(z.globalRegistry, { id: "Organisation" });
export type Organisation = z.infer<typeof OrganisationSchema>;
