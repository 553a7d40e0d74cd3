import { rm } from "node:fs/promises";
import { Match } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Auth } from "../stacks/Auth";
import { Cdn } from "../stacks/Cdn";
import { Signing } from "../stacks/Signing";
import { Storage } from "../stacks/Storage";
import { type Synthesized, synthesize } from "./support/synth";

/**
 * A disposable stage. Only the stacks that hold data are synthesized (they have no functions, so
 * nothing is bundled); the whole app is synthesized, for `prod`, in `stacks.test.ts`.
 */
let app: Synthesized;
beforeAll(async () => {
  app = await synthesize("preview-42", { only: [Storage, Signing, Cdn, Auth] });
}, 300_000);
afterAll(async () => {
  if (app) await rm(app.assemblyDir, { recursive: true, force: true });
});

describe("a stage not named prod", () => {
  it("names its stacks after the stage", () => {
    expect([...app.stacks.values()].map((stack) => stack.stackName)).toEqual(
      ["Storage", "Signing", "Cdn", "Auth"].map((id) => `preview-42-factory-sharing-marketplace-${id}`),
    );
  });

  it("keeps the market table's settings but neither protects nor retains it", () => {
    app.stack("Storage").template.hasResource("AWS::DynamoDB::Table", {
      Properties: Match.objectLike({
        TableName: "preview-42-factory-sharing-marketplace-Market",
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
        DeletionProtectionEnabled: false,
      }),
      DeletionPolicy: "Delete",
    });
  });

  it("deletes everything on `sst remove`", () => {
    for (const [id, { json }] of app.stacks) {
      for (const [logicalId, resource] of Object.entries(json.Resources)) {
        expect(resource.DeletionPolicy ?? "Delete", `${id}/${logicalId}`).toBe("Delete");
      }
    }
    app.stack("Auth").template.hasResourceProperties("AWS::Cognito::UserPool", { DeletionProtection: "INACTIVE" });
  });
});
