import * as z from "zod/mini";

export const roles = ["buyer", "cooperative", "officer", "ministry"] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

/** Who is calling, as the JWT authorizer vouched for it. */
export interface Caller {
  userId: string;
  email: string;
  role: Role;
  orgId: string;
}
