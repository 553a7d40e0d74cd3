import { rm } from "node:fs/promises";
import { Match } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NagFinding, nagFindings, type Synthesized, synthesize } from "./support/synth";
import { marketFunctions, props } from "./support/template";

/** One synthesis of the `prod` stage (and one cdk-nag run over it) for every assertion in this file. */
let app: Synthesized;
let nag: { errors: NagFinding[]; warnings: NagFinding[]; suppressed: NagFinding[] };
beforeAll(async () => {
  app = await synthesize("prod");
  nag = await nagFindings(app);
});
afterAll(async () => {
  if (app) await rm(app.assemblyDir, { recursive: true, force: true });
});

describe("prod keeps its data", () => {
  it("protects the market table from deletion and retains it", () => {
    app.stack("Storage").template.hasResource("AWS::DynamoDB::Table", {
      Properties: Match.objectLike({ TableName: "prod-factory-sharing-marketplace-Market", DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
  });

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

describe("cdk-nag AwsSolutions over every prod template", () => {
  it("reports no unsuppressed error", () => {
    expect(nag.errors.map((finding) => `${finding.path}: ${finding.message.split("\n")[0]}`)).toEqual([]);
  });

  it("sees every resource (the checks ran: suppressed findings were reported as such)", () => {
    expect(nag.suppressed.length).toBeGreaterThan(10);
  });

  const suppressions = () =>
    [...app.stacks.values()].flatMap(({ stackName, json }) =>
      Object.entries(json.Resources).flatMap(([logicalId, resource]) =>
        ((resource.Metadata?.cdk_nag as { rules_to_suppress?: { id: string; reason: string }[] } | undefined)?.rules_to_suppress ?? []).map(
          (rule) => ({ path: `/${stackName}/Template/${logicalId}`, ...rule }),
        ),
      ),
    );

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
