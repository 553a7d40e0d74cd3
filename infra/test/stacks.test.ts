import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { roles } from "@fsm/core";
import { jobEntry, scheduledJobs, streamConsumers } from "@fsm/functions/jobs/index";
import { routeList } from "@fsm/functions/routes";
import { marketTable } from "@fsm/store";
import { Match } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackOrder } from "../app";
import { signingAccess, streamReadActions, tableReadActions, tableWriteActions } from "../permissions";
import { deployedRoutes, groupPlans, routeKey, routeMethods } from "../route-plan";
import { throttle } from "../stacks/Api";
import { jobModule, scheduleSettings } from "../stacks/Jobs";
import { nagFindings, type Synthesized, synthesize } from "./support/synth";
import {
  actionsOf,
  asArray,
  functionByHandler,
  functionStatements,
  type Located,
  marketFunctions,
  props,
  resourcesOfType,
  type Statement,
} from "./support/template";

/**
 * One synthesis of the whole app for the `prod` stage (and one cdk-nag run over it) for every
 * assertion in this file. The stage-dependent settings of other stages are in `stages.test.ts`.
 */
let app: Synthesized;
let nag: Awaited<ReturnType<typeof nagFindings>>;
beforeAll(async () => {
  app = await synthesize("prod");
  nag = await nagFindings(app);
}, 300_000);
afterAll(async () => {
  if (app) await rm(app.assemblyDir, { recursive: true, force: true });
});

const plans = groupPlans();
const ref = (logicalId: string) => ({ Ref: logicalId });
const getAtt = (value: unknown) => (value as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
const json = (value: unknown) => JSON.stringify(value);
/** CloudFormation exports are named after the resource they export, e.g. `...MarketTableE80242E6Arn...`. */
const exportOf = (resource: string, attribute: string) => new RegExp(`ExportsOutput\\w*${resource}[0-9A-F]{8}${attribute}`);
const marketTableArn = exportOf("MarketTable", "Arn");
const onResource = (statements: Statement[], pattern: RegExp) => statements.filter((statement) => pattern.test(json(statement.Resource)));
const dynamodbStatements = (statements: Statement[]) => statements.filter((statement) => actionsOf([statement]).some((action) => action.startsWith("dynamodb:")));
/** The function's staged bundle, as the deployment uploads it. */
const bundleOf = (fn: Located) => {
  const code = props(fn.resource).Code as { S3Key: string };
  const handler = props(fn.resource).Handler as string;
  return path.join(app.assemblyDir, `asset.${code.S3Key.replace(/\.zip$/, "")}`, `${handler.slice(0, handler.lastIndexOf("."))}.mjs`);
};

describe("the app", () => {
  it("has every stack, each named after the stage", () => {
    expect([...app.stacks.keys()]).toEqual(stackOrder.map((stack) => stack.name));
    for (const { stackName } of app.stacks.values()) expect(stackName).toMatch(/^prod-factory-sharing-marketplace-/);
  });

  it("outputs the API URL, the web URL and the Cognito ids", () => {
    expect(Object.keys(app.stack("Api").json.Outputs ?? {})).toContain("ApiUrl");
    expect(Object.keys(app.stack("Web").json.Outputs ?? {})).toContain("WebUrl");
    expect(Object.keys(app.stack("Auth").json.Outputs ?? {})).toEqual(expect.arrayContaining(["UserPoolId", "UserPoolClientId", "CognitoDomain"]));
  });
});

describe("Storage", () => {
  it("creates the market table from the store definition: on-demand, PITR, stream, TTL", () => {
    const indexes = Object.values(marketTable.indexes);
    app.stack("Storage").template.hasResource("AWS::DynamoDB::Table", {
      Properties: Match.objectLike({
        TableName: "prod-factory-sharing-marketplace-Market",
        BillingMode: "PAY_PER_REQUEST",
        KeySchema: [
          { AttributeName: marketTable.partitionKey, KeyType: "HASH" },
          { AttributeName: marketTable.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
        AttributeDefinitions: Match.arrayWith(
          [marketTable.partitionKey, ...indexes.map((index) => index.sortKey)].map((name) => ({ AttributeName: name, AttributeType: "S" })),
        ),
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        StreamSpecification: { StreamViewType: marketTable.stream },
        TimeToLiveSpecification: { AttributeName: marketTable.timeToLiveAttribute, Enabled: true },
        DeletionProtectionEnabled: true,
      }),
      // prod keeps its data.
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
  });

  it("keeps Idempotency-Key records in the market table, written with what they created: one table", () => {
    app.stack("Storage").template.resourceCountIs("AWS::DynamoDB::Table", 1);
  });
});

describe("Auth", () => {
  it("has one group per role: buyer, cooperative, officer, ministry", () => {
    const groups = resourcesOfType(app, "AWS::Cognito::UserPoolGroup").map(({ resource }) => props(resource).GroupName);
    expect(groups.sort()).toEqual(["buyer", "cooperative", "ministry", "officer"]);
    expect(groups.sort()).toEqual([...roles].sort());
  });

  it("keeps the organisation in the custom attribute orgId; administrators create the accounts", () => {
    app.stack("Auth").template.hasResourceProperties("AWS::Cognito::UserPool", {
      Schema: Match.arrayWith([Match.objectLike({ Name: "orgId", AttributeDataType: "String", Mutable: true })]),
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ["email"],
    });
  });

  it("has a public web client (no secret, code flow) that may read but not write orgId", () => {
    const [client, ...others] = resourcesOfType(app, "AWS::Cognito::UserPoolClient");
    expect(others).toHaveLength(0);
    const clientProps = props(client!.resource);
    expect(clientProps.GenerateSecret).toBe(false);
    expect(clientProps.AllowedOAuthFlows).toEqual(["code"]);
    expect(clientProps.ReadAttributes).toContain("custom:orgId");
    expect(clientProps.WriteAttributes).not.toContain("custom:orgId");
    // Redirects go back to the CloudFront site only: the web app's callback, and its origin on sign-out.
    const callbacks = asArray(clientProps.CallbackURLs as unknown[]);
    expect(callbacks).toHaveLength(1);
    expect(json(callbacks[0])).toMatch(exportOf("SiteDistribution", "DomainName"));
    expect(json(callbacks[0])).toMatch(/"\/auth\/callback"\]\]\}$/);
    for (const url of asArray(clientProps.LogoutURLs as unknown[])) expect(json(url)).toMatch(exportOf("SiteDistribution", "DomainName"));
  });
});

describe("Api", () => {
  const apiResources = (type: string) => resourcesOfType(app, type).filter(({ stack }) => stack === "Api");

  it("has one HTTP API with a JWT authorizer for the web client's Cognito tokens", () => {
    expect(apiResources("AWS::ApiGatewayV2::Api")).toHaveLength(1);
    const [authorizer, ...others] = apiResources("AWS::ApiGatewayV2::Authorizer");
    expect(others).toHaveLength(0);
    const authorizerProps = props(authorizer!.resource);
    expect(authorizerProps.AuthorizerType).toBe("JWT");
    expect(authorizerProps.IdentitySource).toEqual(["$request.header.Authorization"]);
    const jwt = authorizerProps.JwtConfiguration as { Issuer: unknown; Audience: unknown[] };
    expect(json(jwt.Issuer)).toMatch(exportOf("Users", "ProviderURL"));
    expect(jwt.Audience).toHaveLength(1);
    expect(json(jwt.Audience)).toMatch(/ExportsOutputRefUsersWebClient/);
  });

  it("has exactly the deployed routes of the route table, public ones open and the rest behind the JWT authorizer", () => {
    const authorizerId = apiResources("AWS::ApiGatewayV2::Authorizer")[0]!.logicalId;
    const routes = new Map(apiResources("AWS::ApiGatewayV2::Route").map(({ resource }) => [props(resource).RouteKey as string, props(resource)]));
    expect([...routes.keys()].sort()).toEqual(deployedRoutes().map(routeKey).sort());
    for (const route of deployedRoutes()) {
      const deployed = routes.get(routeKey(route))!;
      if (route.auth === "public") {
        expect(deployed.AuthorizationType, routeKey(route)).toBe("NONE");
        expect(deployed.AuthorizerId, routeKey(route)).toBeUndefined();
      } else {
        expect(deployed.AuthorizationType, routeKey(route)).toBe("JWT");
        expect(deployed.AuthorizerId, routeKey(route)).toEqual(ref(authorizerId));
      }
    }
  });

  it("never deploys local-only routes (dev-login)", () => {
    const localOnly = routeList.filter((route) => route.localOnly);
    expect(localOnly.length).toBeGreaterThan(0);
    const deployedKeys = apiResources("AWS::ApiGatewayV2::Route").map(({ resource }) => props(resource).RouteKey);
    for (const route of localOnly) expect(deployedKeys).not.toContain(routeKey(route));
  });

  it("sends each route to its group's function", () => {
    const { json: api } = app.stack("Api");
    for (const { resource } of apiResources("AWS::ApiGatewayV2::Route")) {
      const routeProps = props(resource);
      const integrationId = (routeProps.Target as { "Fn::Join": [string, [string, { Ref: string }]] })["Fn::Join"][1][1].Ref;
      const functionId = getAtt(props(api.Resources[integrationId]!).IntegrationUri);
      const route = deployedRoutes().find((candidate) => routeKey(candidate) === routeProps.RouteKey)!;
      expect(props(api.Resources[functionId]!).Handler, route.operationId).toBe(`functions/src/${route.group}/handler.handler`);
    }
  });

  it("has one function per route group: nodejs22.x on arm64 with its own log group", () => {
    const functions = marketFunctions(app).filter(({ stack }) => stack === "Api");
    expect(functions.map(({ resource }) => props(resource).Handler).sort()).toEqual(plans.map((plan) => plan.handler).sort());
    for (const { resource } of functions) {
      expect(props(resource).Runtime).toBe("nodejs22.x");
      expect(props(resource).Architectures).toEqual(["arm64"]);
      expect(props(resource).LoggingConfig).toEqual({ LogGroup: { Ref: expect.stringMatching(/Logs/) } });
    }
  });

  it("bundles and minifies every function (one ESM file per function, workspace code inlined)", () => {
    for (const fn of marketFunctions(app)) {
      const handler = props(fn.resource).Handler as string;
      const bundle = bundleOf(fn);
      expect(existsSync(bundle), bundle).toBe(true);
      const source = readFileSync(bundle, "utf8");
      expect(source).not.toMatch(/from\s*["']@fsm\//);
      const lines = source.split("\n");
      expect(source.length / lines.length, `${handler} looks unminified`).toBeGreaterThan(500);
    }
  });

  it("keeps every bundle under 250 KB, with the SDK left to the runtime and the OpenAPI generator in the system group only", () => {
    for (const fn of marketFunctions(app)) {
      const handler = props(fn.resource).Handler as string;
      const source = readFileSync(bundleOf(fn), "utf8");
      expect(Buffer.byteLength(source) / 1024, handler).toBeLessThan(250);
      expect(source, handler).toMatch(/from\s*["']@aws-sdk\//);
      // zod's JSON Schema generator names the draft it writes; /openapi.json is the system group's.
      expect(/json-schema\.org\/draft/.test(source), handler).toBe(handler === "functions/src/system/handler.handler");
    }
  });

  it("throttles by default and writes access logs", () => {
    app.stack("Api").template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      DefaultRouteSettings: { ThrottlingBurstLimit: throttle.burst, ThrottlingRateLimit: throttle.rate },
      AccessLogSettings: { DestinationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("LogGroup"), "Arn"] }, Format: Match.stringLikeRegexp("routeKey") },
    });
  });

  it("allows CORS from the web origin only, for the methods the routes use", () => {
    const cors = props(apiResources("AWS::ApiGatewayV2::Api")[0]!.resource).CorsConfiguration as Record<string, unknown>;
    expect(cors.AllowOrigins).toHaveLength(1);
    expect(json(cors.AllowOrigins)).toMatch(exportOf("SiteDistribution", "DomainName"));
    expect((cors.AllowMethods as string[]).sort()).toEqual(routeMethods().sort());
    expect(cors.AllowHeaders).toEqual(expect.arrayContaining(["authorization", "content-type", "idempotency-key"]));
  });
});

describe("least privilege", () => {
  const allStatements = (): Statement[] => [
    ...resourcesOfType(app, "AWS::IAM::Policy").flatMap(({ resource }) => (props(resource).PolicyDocument as { Statement: Statement[] }).Statement),
    ...resourcesOfType(app, "AWS::IAM::Role").flatMap(({ resource }) =>
      asArray(props(resource).Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((policy) => policy.PolicyDocument.Statement),
    ),
    ...resourcesOfType(app, "AWS::KMS::Key").flatMap(({ resource }) => (props(resource).KeyPolicy as { Statement: Statement[] }).Statement),
  ];

  it("grants no `*`, `dynamodb:*` or `kms:*` in any IAM or key policy", () => {
    const actions = actionsOf(allStatements());
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action === "*" || /^(dynamodb|kms):\*$/.test(action))).toEqual([]);
  });

  it("never grants a DynamoDB action on Resource `*`, nor Scan", () => {
    for (const statement of dynamodbStatements(allStatements())) {
      expect(asArray(statement.Resource as unknown[]), json(statement)).not.toContain("*");
      expect(actionsOf([statement]).filter((action) => action.includes("Scan"))).toEqual([]);
    }
  });

  it.each(plans.map((plan) => [plan.group, plan] as const))("gives the %s function only its group's table access", (_group, plan) => {
    const statements = functionStatements(app, functionByHandler(app, plan.handler));
    const onTable = actionsOf(onResource(statements, marketTableArn));
    const expected = { none: [], read: [...tableReadActions], write: [...tableWriteActions] }[plan.dataAccess];
    expect(onTable.sort()).toEqual([...expected].sort());
    // Item actions on the table and its indexes only.
    for (const statement of dynamodbStatements(statements)) {
      expect(json(statement.Resource)).toMatch(/MarketTable/);
    }
  });

  it("lets only the quality function sign and only the certificates function read the public key", () => {
    expect(plans.map((plan) => plan.group)).toEqual(expect.arrayContaining(["quality", "certificates"]));
    for (const fn of marketFunctions(app)) {
      const group = String(props(fn.resource).Handler).split("/")[2] as keyof typeof signingAccess;
      const kmsActions = actionsOf(functionStatements(app, fn)).filter((action) => action.startsWith("kms:"));
      expect(kmsActions, String(props(fn.resource).Handler)).toEqual(fn.stack === "Api" ? [...(signingAccess[group] ?? [])] : []);
    }
  });

  it("passes table names and the key id only to the functions that use them", () => {
    for (const plan of plans) {
      const variables = (props(functionByHandler(app, plan.handler).resource).Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables.TABLE_NAME).toBeDefined();
      expect("SIGNING_KEY_ID" in variables, plan.group).toBe(plan.group in signingAccess);
    }
  });
});

describe("Signing", () => {
  it("is an asymmetric P-256 signing key whose policy delegates to IAM without kms:*", () => {
    app.stack("Signing").template.hasResourceProperties("AWS::KMS::Key", {
      KeySpec: "ECC_NIST_P256",
      KeyUsage: "SIGN_VERIFY",
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({ Action: ["kms:Sign", "kms:Verify", "kms:GetPublicKey"], Principal: { AWS: Match.anyValue() } })]),
      },
    });
  });
});

describe("Jobs", () => {
  it.each(Object.keys(streamConsumers))("runs the %s stream consumer with bisect, partial failures and a dead-letter queue", (name) => {
    const fn = functionByHandler(app, jobEntry(jobModule(name)));
    const mappings = resourcesOfType(app, "AWS::Lambda::EventSourceMapping").filter(({ resource }) => json(props(resource).FunctionName) === json(ref(fn.logicalId)));
    expect(mappings).toHaveLength(1);
    const mapping = props(mappings[0]!.resource);
    expect(json(mapping.EventSourceArn)).toMatch(exportOf("MarketTable", "StreamArn"));
    expect(mapping.BisectBatchOnFunctionError).toBe(true);
    expect(mapping.FunctionResponseTypes).toEqual(["ReportBatchItemFailures"]);
    const queueId = getAtt((mapping.DestinationConfig as { OnFailure: { Destination: unknown } }).OnFailure.Destination);
    expect(app.stack("Jobs").json.Resources[queueId]!.Type).toBe("AWS::SQS::Queue");
    // Created after the role policy that lets Lambda read the stream.
    expect(mappings[0]!.resource.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/ServiceRoleDefaultPolicy/)]));

    const statements = functionStatements(app, fn);
    const streamStatements = statements.filter((statement) => actionsOf([statement]).includes("dynamodb:GetRecords"));
    expect(actionsOf(streamStatements).sort()).toEqual([...streamReadActions].sort());
    for (const statement of streamStatements) expect(json(statement.Resource)).toMatch(/\/stream\/\*/);
    expect(actionsOf(onResource(statements, marketTableArn)).filter((action) => !streamReadActions.includes(action as never)).sort()).toEqual(
      [...tableWriteActions].sort(),
    );
  });

  it.each(Object.keys(streamConsumers))("alarms on the %s consumer's errors, stream lag and dead letters", (name) => {
    const fn = functionByHandler(app, jobEntry(jobModule(name)));
    const alarms = resourcesOfType(app, "AWS::CloudWatch::Alarm").map(({ resource }) => props(resource));
    const onFunction = (metric: string) =>
      alarms.filter((alarm) => alarm.MetricName === metric && json(alarm.Dimensions) === json([{ Name: "FunctionName", Value: ref(fn.logicalId) }]));
    expect(onFunction("Errors")).toHaveLength(1);
    expect(onFunction("IteratorAge")).toHaveLength(1);
    const mapping = resourcesOfType(app, "AWS::Lambda::EventSourceMapping").find(({ resource }) => json(props(resource).FunctionName) === json(ref(fn.logicalId)))!;
    const queueId = getAtt((props(mapping.resource).DestinationConfig as { OnFailure: { Destination: unknown } }).OnFailure.Destination);
    expect(
      alarms.filter((alarm) => alarm.MetricName === "ApproximateNumberOfMessagesVisible" && json(alarm.Dimensions).includes(queueId)),
    ).toHaveLength(1);
  });

  it.each(Object.keys(scheduledJobs) as (keyof typeof scheduledJobs)[])("runs the %s job on its schedule", (name) => {
    const fn: Located = functionByHandler(app, jobEntry(jobModule(name)));
    const rules = resourcesOfType(app, "AWS::Events::Rule").filter(({ resource }) => json(props(resource).Targets).includes(fn.logicalId));
    expect(rules).toHaveLength(1);
    expect(props(rules[0]!.resource).ScheduleExpression).toBe(scheduleSettings[name].schedule);
    expect(actionsOf(onResource(functionStatements(app, fn), marketTableArn)).sort()).toEqual([...tableWriteActions].sort());
  });
});

describe("Web", () => {
  it("serves the site from a private bucket through CloudFront (origin access control)", () => {
    const cdn = app.stack("Cdn").template;
    cdn.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: "index.html",
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: "redirect-to-https" }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
      }),
    });
    cdn.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: Match.anyValue(),
    });
  });

  it("uploads the site into that bucket with the API URL and Cognito ids filled in", () => {
    const [uploader, ...others] = resourcesOfType(app, "Custom::S3Uploader");
    expect(others).toHaveLength(0);
    const uploaderProps = props(uploader!.resource);
    expect(json(uploaderProps.destinationBucketName)).toMatch(/ExportsOutputRefSiteBucket/);
    const replaced = new Map(
      (uploaderProps.replaceValues as { files: string; search: string; replace: unknown }[])
        .filter((value) => value.files === "**/*.js")
        .map((value) => [value.search, json(value.replace)]),
    );
    expect(replaced.get("{{ VITE_API_URL }}")).toMatch(/ApiEndpoint/);
    expect(replaced.get("{{ VITE_USER_POOL_ID }}")).toMatch(/ExportsOutputRefUsers[0-9A-F]{8}/);
    expect(replaced.get("{{ VITE_USER_POOL_CLIENT_ID }}")).toMatch(/ExportsOutputRefUsersWebClient/);
    expect(replaced.get("{{ VITE_COGNITO_DOMAIN }}")).toMatch(/UsersHostedLogin/);
  });
});

describe("prod keeps its data", () => {
  it("retains the signing key and the user pool (with deletion protection)", () => {
    app.stack("Signing").template.hasResource("AWS::KMS::Key", { DeletionPolicy: "Retain", Properties: Match.objectLike({ PendingWindowInDays: 30 }) });
    app.stack("Auth").template.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtection: "ACTIVE" }),
    });
  });

  it("logs at INFO", () => {
    for (const { resource } of marketFunctions(app)) {
      expect((props(resource).Environment as { Variables: Record<string, unknown> }).Variables.LOG_LEVEL).toBe("INFO");
    }
  });
});

describe("cdk-nag AwsSolutions over every template", () => {
  const suppressions = () =>
    [...app.stacks.values()].flatMap(({ stackName, json: template }) =>
      Object.entries(template.Resources).flatMap(([logicalId, resource]) =>
        ((resource.Metadata?.cdk_nag as { rules_to_suppress?: { id: string; reason: string }[] } | undefined)?.rules_to_suppress ?? []).map(
          (rule) => ({ path: `/${stackName}/Template/${logicalId}`, ...rule }),
        ),
      ),
    );

  it("reports no unsuppressed error", () => {
    expect(nag.errors.map((finding) => `${finding.path}: ${finding.message.split("\n")[0]}`)).toEqual([]);
  });

  it("checked every resource (its suppressed findings were reported as such)", () => {
    expect(nag.suppressed.length).toBeGreaterThan(10);
  });

  it("gives every suppression a written reason", () => {
    expect(suppressions().length).toBeGreaterThan(0);
    for (const suppression of suppressions()) {
      expect(suppression.reason.length, `${suppression.path} ${suppression.id}`).toBeGreaterThanOrEqual(40);
    }
  });

  it("keeps no stale suppression (each one silences a finding on its resource)", () => {
    const triggered = new Set(
      nag.suppressed.map((finding) => `${finding.path} ${/(AwsSolutions-\w+) was triggered but suppressed/.exec(finding.message)?.[1]}`),
    );
    for (const suppression of suppressions()) expect(triggered, `${suppression.path} ${suppression.id}`).toContain(`${suppression.path} ${suppression.id}`);
  });
});
