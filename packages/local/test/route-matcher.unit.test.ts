import { routeList } from "@fsm/functions";
import { describe, expect, it } from "vitest";
import { routeMatcher } from "../src/route-matcher";

const match = routeMatcher(routeList);

describe("matching paths like API Gateway", () => {
  it("prefers literal segments over parameters", () => {
    expect(match("POST", "/certificates/verification")).toMatchObject({ routeKey: "POST /certificates/verification" });
    expect(match("GET", "/certificates/ct_1")).toMatchObject({ routeKey: "GET /certificates/{id}", pathParameters: { id: "ct_1" } });
  });

  it("decodes path parameters and tells a wrong method from an unknown path", () => {
    expect(match("GET", "/batches/a%20b")).toMatchObject({ pathParameters: { id: "a b" } });
    expect(match("DELETE", "/batches/x")).toBe("method-not-allowed");
    expect(match("GET", "/nowhere")).toBeUndefined();
  });
});
