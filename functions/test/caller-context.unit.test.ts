import { describe, expect, it } from "vitest";
import { callerFromClaims } from "../src";

const claims = { sub: "user-1", email: "a@demo.example", "custom:orgId": "buyer-wangi" };

describe("reading the JWT authorizer's claims", () => {
  it.each([
    ["API Gateway's bracketed string", "[buyer]"],
    ["a bracketed list with several groups", "[staff buyer]"],
    ["a JSON array string", '["buyer"]'],
    ["a real array", ["buyer"]],
  ])("understands groups given as %s", (_case, groups) => {
    expect(callerFromClaims({ ...claims, "cognito:groups": groups })).toEqual({ userId: "user-1", email: "a@demo.example", role: "buyer", orgId: "buyer-wangi" });
  });

  it("knows no caller without a known role or an organisation", () => {
    expect(callerFromClaims({ ...claims, "cognito:groups": "[admin]" })).toBeUndefined();
    expect(callerFromClaims({ sub: "user-1", "cognito:groups": "[buyer]" })).toBeUndefined();
    expect(callerFromClaims(undefined)).toBeUndefined();
  });
});
