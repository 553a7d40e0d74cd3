import { type IAspect, CfnResource } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/**
 * cdk-nag suppressions, written as the `cdk_nag` resource metadata cdk-nag reads (documented in its
 * README for templates), because the pack runs over the synthesized templates (see
 * infra/test/support/synth.ts). Unlike `NagSuppressions`, which skips a resource it does not
 * recognise without a word, this helper fails loudly if a suppression lands nowhere. Every
 * suppression carries its reason.
 */
export interface NagRule {
  /** e.g. `AwsSolutions-IAM4`. */
  id: string;
  /** Why the finding is acceptable here; cdk-nag requires one, reviewers read it. */
  reason: string;
  /** Limit the suppression to these findings (e.g. one managed policy, one wildcard resource). */
  appliesTo?: (string | { regex: string })[];
}

interface CdkNagMetadata {
  rules_to_suppress?: { id: string; reason: string; applies_to?: NagRule["appliesTo"] }[];
}

const toMetadata = ({ id, reason, appliesTo }: NagRule) => (appliesTo ? { id, reason, applies_to: appliesTo } : { id, reason });

const addToResource = (resource: CfnResource, rules: NagRule[]) => {
  const existing = (resource.getMetadata("cdk_nag") as CdkNagMetadata | undefined)?.rules_to_suppress ?? [];
  const merged = [...existing];
  for (const rule of rules.map(toMetadata)) {
    if (!merged.some((known) => JSON.stringify(known) === JSON.stringify(rule))) merged.push(rule);
  }
  resource.addMetadata("cdk_nag", { rules_to_suppress: merged });
};

/** The L1 resource a suppression on `construct` lands on: its default child, or itself. */
const resourceOf = (construct: IConstruct): CfnResource | undefined => {
  const candidate = construct.node.defaultChild ?? construct;
  return CfnResource.isCfnResource(candidate) ? (candidate as CfnResource) : undefined;
};

export const suppressNag = (construct: IConstruct, rules: NagRule[]) => {
  const resource = resourceOf(construct);
  if (!resource) throw new Error(`cdk-nag suppression on ${construct.node.path} found no CloudFormation resource.`);
  addToResource(resource, rules);
};

export const basicExecutionRole = "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";

/** Lambda's AWS-managed logging policy: every function role carries it. */
export const lambdaBasicExecutionRule: NagRule = {
  id: "AwsSolutions-IAM4",
  reason:
    "AWSLambdaBasicExecutionRole grants only logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents (no data access); it is the AWS-maintained minimum for Lambda logging.",
  appliesTo: [basicExecutionRole],
};

/**
 * cdk-nag's L1 wants the newest runtime its aws-cdk-lib knows (nodejs24.x). SST v2 deploys up to
 * nodejs22.x (24 fails in SST 2.49, see DESIGN.md); the move comes with SST v3.
 */
export const runtimeRule: NagRule = {
  id: "AwsSolutions-L1",
  reason: "nodejs22.x is the newest Lambda runtime SST v2 can deploy (nodejs24.x fails in SST 2.49); moving to 24 is part of the SST v3 migration.",
};

/** X-Ray active tracing (SST's default): PutTraceSegments/PutTelemetryRecords have no resource-level permissions. */
export const xrayRule: NagRule = {
  id: "AwsSolutions-IAM5",
  reason: "X-Ray PutTraceSegments and PutTelemetryRecords do not support resource-level permissions, so AWS requires Resource '*' for tracing.",
  appliesTo: ["Resource::*"],
};

/**
 * Resources SST v2 creates itself, some of them only in `app.finish()` (after the stacks ran): the
 * per-stack custom-resource handler (used by StaticSite uploads and CloudFront invalidation) and the
 * site uploader's policy. An aspect reaches them whenever they are created.
 */
export class SstInternalsNagSuppressions implements IAspect {
  visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) return;
    const resource = node as CfnResource;
    const path = node.node.path;
    if (/\/CustomResourceHandler\/ServiceRole\/Resource$/.test(path)) {
      addToResource(resource, [
        {
          ...lambdaBasicExecutionRule,
          reason: `SST's own custom-resource handler. ${lambdaBasicExecutionRule.reason}`,
        },
      ]);
    }
    if (/\/CustomResourceHandler(\/Resource)?$/.test(path) && resource.cfnResourceType === "AWS::Lambda::Function") {
      addToResource(resource, [{ ...runtimeRule, reason: `SST's own custom-resource handler; SST picks its runtime. ${runtimeRule.reason}` }]);
    }
    if (/\/S3UploaderPolicy\/Resource$/.test(path)) {
      addToResource(resource, [
        {
          id: "AwsSolutions-IAM5",
          reason:
            "SST's site uploader copies the built site: it reads objects of the CDK asset bucket and writes/deletes objects of the site bucket only (object wildcards within those two buckets).",
          appliesTo: [{ regex: "/^Resource::.*\\/\\*$/g" }],
        },
      ]);
    }
  }
}
