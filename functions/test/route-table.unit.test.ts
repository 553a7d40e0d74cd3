import { describe, expect, it } from "vitest";
import { groupModules, routeKey, routeList } from "../src";

describe("the route table", () => {
  it("names every route once", () => {
    const keys = routeList.map(routeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(routeList.map((route) => route.operationId)).size).toBe(routeList.length);
  });

  it("has exactly one implementation for each route, in the module of its group", () => {
    for (const route of routeList) {
      const module = groupModules[route.group];
      expect(module, `group ${route.group}`).toBeDefined();
      const implemented = module?.operations.filter((operation) => operation.route.operationId === route.operationId) ?? [];
      expect(implemented, route.operationId).toHaveLength(1);
    }
    const implementedIds = Object.values(groupModules).flatMap((module) => module?.operations.map((operation) => operation.route.operationId) ?? []);
    expect(implementedIds.sort()).toEqual(routeList.map((route) => route.operationId).sort());
  });

  it("gives exactly the creating routes a replay for a repeated Idempotency-Key", () => {
    for (const operation of Object.values(groupModules).flatMap((module) => module?.operations ?? [])) {
      expect(operation.replay !== undefined, operation.route.operationId).toBe(operation.route.idempotent === true);
    }
    expect(routeList.filter((route) => route.idempotent).every((route) => route.method === "POST" && route.status === 201)).toBe(true);
  });

  it("declares read access for every GET and no public route that writes", () => {
    for (const route of routeList) {
      if (route.method === "GET") expect(route.dataAccess, route.operationId).not.toBe("write");
      if (route.auth === "public") expect(route.dataAccess, route.operationId).not.toBe("write");
    }
  });
});
