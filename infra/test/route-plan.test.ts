import { existsSync } from "node:fs";
import { jobEntry, scheduledJobs, streamConsumers } from "@fsm/functions/jobs/index";
import { routeList } from "@fsm/functions/routes";
import { describe, expect, it } from "vitest";
import { signingAccess, tableReadActions, tableWriteActions } from "../permissions";
import { deployedRoutes, groupPlans, routeMethods } from "../route-plan";
import { jobModule } from "../stacks/Jobs";
import { siteSource } from "../stacks/Web";

/** `functions/src/x/handler.handler` -> `functions/src/x/handler.ts` */
const handlerFile = (handler: string) => `${handler.slice(0, handler.lastIndexOf("."))}.ts`;

describe("what infra derives from the route table", () => {
  const plans = groupPlans();

  it("deploys every route except the local-only ones", () => {
    expect(routeList.some((route) => route.localOnly)).toBe(true);
    expect(deployedRoutes().map((route) => route.operationId)).toEqual(routeList.filter((route) => !route.localOnly).map((route) => route.operationId));
    expect(deployedRoutes().some((route) => route.path === "/auth/dev-login")).toBe(false);
  });

  it("plans one function per route group, each route in exactly one plan", () => {
    const groups = [...new Set(deployedRoutes().map((route) => route.group))];
    expect(plans.map((plan) => plan.group).sort()).toEqual(groups.sort());
    expect(plans.flatMap((plan) => plan.routes)).toHaveLength(deployedRoutes().length);
    for (const plan of plans) expect(plan.routes.every((route) => route.group === plan.group)).toBe(true);
  });

  it("gives each group the widest data access of its deployed routes only", () => {
    for (const plan of plans) {
      const accesses = plan.routes.map((route) => route.dataAccess);
      const expected = accesses.includes("write") ? "write" : accesses.includes("read") ? "read" : "none";
      expect(plan.dataAccess, plan.group).toBe(expected);
    }
    // A local-only route (dev-login reads the table) never widens a deployed function's access.
    expect(plans.flatMap((plan) => plan.routes).some((route) => route.localOnly)).toBe(false);
  });

  it("points every group and job at a handler module that exists (SST bundles them at synthesis)", () => {
    for (const plan of plans) expect(existsSync(handlerFile(plan.handler)), plan.handler).toBe(true);
    for (const name of [...Object.keys(streamConsumers), ...Object.keys(scheduledJobs)]) {
      expect(existsSync(handlerFile(jobEntry(jobModule(name)))), name).toBe(true);
    }
  });

  it("allows in CORS exactly the methods the routes use", () => {
    expect(routeMethods().sort()).toEqual([...new Set(deployedRoutes().map((route) => route.method))].sort());
  });

  it("keeps read actions a subset of write actions and free of Scan and wildcards", () => {
    expect(tableWriteActions).toEqual(expect.arrayContaining([...tableReadActions]));
    for (const action of tableWriteActions) expect(action).not.toMatch(/\*|Scan/);
  });

  it("lets only the certificate-issuing group sign and the certificates group read the public key", () => {
    expect(signingAccess).toEqual({ quality: ["kms:Sign"], certificates: ["kms:GetPublicKey"] });
  });
});

describe("the web build", () => {
  it("builds web/ with the workspace build on deploy", () => {
    expect(siteSource(undefined)).toEqual({ path: ".", buildCommand: "npm run build --workspace web", buildOutput: "web/dist" });
  });

  it("uploads a prebuilt folder as is when one is given", () => {
    expect(siteSource("/tmp/site")).toEqual({ path: "/tmp/site" });
  });
});
