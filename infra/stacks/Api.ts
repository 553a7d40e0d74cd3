import type { RouteGroup } from "@fsm/functions/http/route";
import { Api as HttpApi, type Function, type StackContext, use } from "sst/constructs";
import { functionEnvironment, marketFunction } from "../functions";
import { suppressNag } from "../nag";
import { signingAccess, signingStatements, tableStatements } from "../permissions";
import { isProd } from "../stage";
import { authorizerFor, groupPlans, pascal, routeKey, routeMethods } from "../route-plan";
import { Auth } from "./Auth";
import { Cdn } from "./Cdn";
import { Signing } from "./Signing";
import { Storage } from "./Storage";

/** Pilot scale: a few hundred orders a month. Per-account limits stay far above this. */
export const throttle = { rate: 50, burst: 100 } as const;

/**
 * The HTTP API, built from the route table: one Lambda per route group, each route wired to its
 * group's function, the JWT authorizer on every non-public route, local-only routes left out.
 */
export function Api({ stack, app }: StackContext) {
  const { table } = use(Storage);
  const { key } = use(Signing);
  const auth = use(Auth);
  const cdn = use(Cdn);

  const plans = groupPlans();
  const functions = new Map<RouteGroup, Function>();
  for (const plan of plans) {
    functions.set(
      plan.group,
      marketFunction(stack, `${pascal(plan.group)}Function`, {
        handler: plan.handler,
        description: `${plan.group}: ${plan.routes.map(routeKey).join(", ")}`,
        environment: functionEnvironment({
          stage: app.stage,
          tableName: table.tableName,
          signingKeyId: signingAccess[plan.group] ? key.keyId : undefined,
        }),
        timeout: 10,
        statements: [
          ...tableStatements(plan.dataAccess, { tableArn: table.tableArn }),
          ...signingStatements(plan.group, key.keyArn),
        ],
      }),
    );
  }

  const api = new HttpApi(stack, "Api", {
    authorizers: {
      jwt: { type: "jwt", jwt: { issuer: auth.issuer, audience: [auth.client.userPoolClientId] } },
    },
    defaults: { authorizer: "jwt", throttle: { ...throttle } },
    cors: {
      allowOrigins: [cdn.url],
      allowMethods: routeMethods(),
      allowHeaders: ["authorization", "content-type", "idempotency-key"],
      maxAge: "1 day",
    },
    accessLog: { retention: isProd(app.stage) ? "three_months" : "one_month" },
    routes: Object.fromEntries(
      plans.flatMap((plan) =>
        plan.routes.map((route) => [routeKey(route), { function: functions.get(plan.group)!, authorizer: authorizerFor(route) }]),
      ),
    ),
  });

  for (const route of plans.flatMap((plan) => plan.routes).filter((candidate) => authorizerFor(candidate) === "none")) {
    // SST names each route's construct `Route_<METHOD>_<path>` ("/" becomes "--" in construct ids).
    suppressNag(api.node.findChild(`Route_${route.method}_${route.path}`.replaceAll("/", "--")), [
      { id: "AwsSolutions-APIG4", reason: `Public by the route table (auth: 'public'): ${route.operationId}, ${route.summary}` },
    ]);
  }

  stack.addOutputs({ ApiUrl: api.url });
  return { api, functions };
}
