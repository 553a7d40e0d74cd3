import type { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Function, type FunctionProps, type Stack } from "sst/constructs";
import { lambdaBasicExecutionRule, type NagRule, runtimeRule, suppressNag, xrayRule } from "./nag";
import { isProd, statefulRemovalPolicy } from "./stage";

/**
 * Every function: Node 22 on Graviton, one minified ESM bundle (SST bundles it with esbuild).
 * `@aws-sdk/*` stays out of the bundle: the nodejs22.x runtime ships SDK v3, and bundling it would add
 * ~380 KB to every function. `packages/local/bench/coldstart.ts` measures bundles built this way.
 */
export const functionDefaults = {
  runtime: "nodejs22.x",
  architecture: "arm_64",
  memorySize: 512,
  tracing: "active",
  nodejs: { format: "esm", minify: true, esbuild: { external: ["@aws-sdk/*"] } },
} as const satisfies FunctionProps;

export interface FunctionEnvironmentInputs {
  stage: string;
  tableName: string;
  /** Only for the certificate groups; the others never touch the signer. */
  signingKeyId?: string;
}

/** What `functions/src/deps.ts` reads. Names and ids only (a name grants nothing), and only where used. */
export const functionEnvironment = ({ stage, tableName, signingKeyId }: FunctionEnvironmentInputs): Record<string, string> => ({
  TABLE_NAME: tableName,
  ...(signingKeyId ? { SIGNING_KEY_ID: signingKeyId } : {}),
  HOLD_TTL_SECONDS: "1800",
  LOG_LEVEL: isProd(stage) ? "INFO" : "DEBUG",
});

export interface MarketFunctionProps {
  handler: string;
  description: string;
  environment: Record<string, string>;
  statements: PolicyStatement[];
  timeout: number;
  /** Extra, reasoned cdk-nag suppressions for this function's role policy. */
  nag?: NagRule[];
}

const indexWildcardRule: NagRule = {
  id: "AwsSolutions-IAM5",
  reason: "Query needs the table's global secondary indexes (gsi1-gsi3 from the store definition): the wildcard covers this one table's indexes only.",
  appliesTo: [{ regex: "/^Resource::.*\\/index\\/\\*$/g" }],
};

/**
 * A function with its own log group (30 days, or 90 on prod) and exactly the statements given; never
 * `bind`, which would grant `dynamodb:*`.
 */
export const marketFunction = (stack: Stack, id: string, props: MarketFunctionProps) => {
  const logGroup = new LogGroup(stack, `${id}Logs`, {
    retention: isProd(stack.stage) ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_MONTH,
    removalPolicy: statefulRemovalPolicy(stack.stage),
  });
  const fn = new Function(stack, id, {
    ...functionDefaults,
    handler: props.handler,
    description: props.description.slice(0, 256),
    timeout: props.timeout,
    environment: props.environment,
    logGroup,
    permissions: props.statements,
  });
  suppressNag(fn.role!, [lambdaBasicExecutionRule]);
  suppressNag(fn, [runtimeRule]);
  // Active tracing always adds the X-Ray statement, so the role always has a default policy.
  const readsIndexes = props.statements.some((statement) => statement.resources.some((resource) => resource.endsWith("/index/*")));
  suppressNag(fn.role!.node.findChild("DefaultPolicy"), [xrayRule, ...(readsIndexes ? [indexWildcardRule] : []), ...(props.nag ?? [])]);
  return fn;
};
