import { type Caller, forbidden, RoleSchema, unauthenticated } from "@fsm/core";
import type { RouteDefinition } from "../route";
import type { RouteMiddleware } from "./route-middleware";

interface JwtAuthorizerContext {
  authorizer?: { jwt?: { claims?: Record<string, unknown> } };
}

/**
 * API Gateway's JWT authorizer hands array claims over as a string such as `[buyer officer]`;
 * a raw token (or a test) may carry a real array or a JSON string. Accept all three.
 */
const groupsOf = (claim: unknown): string[] => {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== "string") return [];
  const trimmed = claim.trim();
  if (trimmed.startsWith("[\"")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) ? parsed.map(String) : [];
    } catch {
      return [];
    }
  }
  return trimmed.replace(/^\[|\]$/g, "").split(/[\s,]+/).filter(Boolean);
};

export const callerFromClaims = (claims: Record<string, unknown> | undefined): Caller | undefined => {
  if (!claims) return undefined;
  const role = groupsOf(claims["cognito:groups"])
    .map((group) => RoleSchema.safeParse(group))
    .find((parsed) => parsed.success)?.data;
  const userId = claims.sub;
  const orgId = claims["custom:orgId"];
  if (!role || typeof userId !== "string" || typeof orgId !== "string") return undefined;
  return { userId, role, orgId, email: typeof claims.email === "string" ? claims.email : "" };
};

/** Reads the authorizer's claims into a Caller and enforces the route's roles (401, then 403). */
export const callerContext = (route: RouteDefinition): RouteMiddleware => ({
  before: (request) => {
    const requestContext = request.event.requestContext as JwtAuthorizerContext;
    const caller = callerFromClaims(requestContext.authorizer?.jwt?.claims);
    request.context.caller = caller;
    if (route.auth === "public") return;
    if (!caller) throw unauthenticated();
    if (!route.auth.includes(caller.role)) {
      throw forbidden(`This action is for ${route.auth.join(" or ")} accounts; you are signed in as ${caller.role}.`);
    }
  },
});
