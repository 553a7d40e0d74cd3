import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BootstraplessSynthesizer, App as CdkApp, Aspects, Stack } from "aws-cdk-lib";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { CfnInclude } from "aws-cdk-lib/cloudformation-include";
import { AwsSolutionsChecks } from "cdk-nag";
import type { SSTConfig } from "sst";
import { App } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import { load } from "sst/stacks/build.js";
import { registerStacks } from "../../app";

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixtureSite = path.resolve(here, "../fixtures/site");

/** The account id the tests pretend to deploy to (SST reads the real one from STS on deploy). */
export const testAccount = "123456789012";

export interface SynthesizedStack {
  /** e.g. `dev-factory-sharing-marketplace-Api`. */
  stackName: string;
  template: Template;
  json: CloudFormationTemplate;
}

export interface CloudFormationTemplate {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string; DependsOn?: string[] }>;
  Outputs?: Record<string, { Value: unknown }>;
}

export interface NagFinding {
  path: string;
  message: string;
}

export interface Synthesized {
  stage: string;
  appName: string;
  region: string;
  /** The cloud assembly (templates and staged assets, e.g. the function bundles). */
  assemblyDir: string;
  /** Keyed by the stack's short id (`Storage`, `Api`, ...). */
  stacks: Map<string, SynthesizedStack>;
  stack(id: string): SynthesizedStack;
}

/**
 * SST keeps shared state on disk while constructs are created (`.sst/types`, rewritten by every
 * `new App()`, and the bundled config next to it): never let two test files do that at once. A
 * directory is created atomically, so it serves as a lock. Bundling (`app.finish()`) writes per-stage
 * paths and runs outside the lock.
 */
const withSynthLock = async <T>(work: () => Promise<T>): Promise<T> => {
  const lock = path.resolve(here, "../../../.sst/infra-test.lock");
  await mkdir(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || Date.now() > deadline) throw error;
      // A lock older than any synthesis is left over from a killed run.
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 120_000) await rm(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
};

/**
 * Synthesizes `sst.config.ts` offline exactly as `sst deploy` would: SST loads (esbuild-bundles) the
 * config, `stacks(app)` runs on an `App` in deploy mode, `app.finish()` bundles every function and
 * packages the site, then the cloud assembly is synthesized. Only the site source differs: a small
 * prebuilt fixture instead of a Vite build. No AWS credentials are involved (NODE_ENV=test makes SST
 * skip the bootstrap lookup). `only` synthesizes a subset of the stacks (same code, no bundling when
 * the subset has no functions) for cheap per-stage checks.
 */
export const synthesize = async (stage: string, { only }: { only?: Parameters<typeof registerStacks>[1] } = {}): Promise<Synthesized> => {
  process.env.WEB_PREBUILT_DIR = fixtureSite;
  // SST bundles functions with (cores - 1) parallel esbuild runs; on a 2-core runner that is one at
  // a time. The bundles are the same, only the wall-clock changes.
  process.env.SST_BUILD_CONCURRENCY ??= "6";
  const { app, appName, region } = await withSynthLock(async () => {
    await initProject({ stage });
    const project = useProject();
    const app = new App({ mode: "deploy", stage, name: project.config.name, region: project.config.region, account: testAccount });
    if (only) {
      registerStacks(app, only);
    } else {
      // The config as `sst deploy` loads it: esbuild-bundled by SST, then imported by Node.
      const [, config] = (await load(project.paths.config, false)) as readonly [unknown, SSTConfig];
      await config.stacks(app);
    }
    return { app, appName: project.config.name, region: project.config.region ?? "" };
  });
  await app.finish();
  const assembly = app.synth();

  const stacks = new Map<string, SynthesizedStack>();
  for (const child of app.node.children) {
    if (!Stack.isStack(child)) continue;
    const json = assembly.getStackByName(child.stackName).template as CloudFormationTemplate;
    const shortId = child.stackName.slice(`${stage}-${appName}-`.length);
    stacks.set(shortId, { stackName: child.stackName, json, template: Template.fromJSON(json) });
  }
  return {
    stage,
    appName,
    region,
    assemblyDir: assembly.directory,
    stacks,
    stack(id: string) {
      const found = stacks.get(id);
      if (!found) throw new Error(`No stack ${id}; have ${[...stacks.keys()].join(", ")}`);
      return found;
    },
  };
};

/**
 * cdk-nag's AwsSolutions pack over the synthesized templates: what deploys, not the construct tree.
 * cdk-nag recognises resources by `instanceof`, so a construct built with another aws-cdk-lib copy
 * (SST pins its own; infra/package.json keeps the root on the same version) would be skipped without
 * a word. Re-reading each template with `CfnInclude` gives cdk-nag every resource, with the
 * `cdk_nag` suppression metadata the stacks wrote.
 */
export const nagFindings = async (synthesized: Synthesized) => {
  const dir = await mkdtemp(path.join(tmpdir(), "fsm-nag-"));
  try {
    const app = new CdkApp({ outdir: path.join(dir, "cdk.out") });
    const included: Stack[] = [];
    for (const { stackName, json } of synthesized.stacks.values()) {
      const file = path.join(dir, `${stackName}.json`);
      await writeFile(file, JSON.stringify(json));
      // The included template already carries the bootstrap-version parameter and rule.
      const stack = new Stack(app, stackName, {
        env: { account: testAccount, region: synthesized.region },
        synthesizer: new BootstraplessSynthesizer(),
      });
      new CfnInclude(stack, "Template", { templateFile: file });
      included.push(stack);
    }
    Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true, logIgnores: true }));
    app.synth();
    const pattern = Match.stringLikeRegexp("AwsSolutions-.*");
    const findings = (pick: (annotations: Annotations) => { id: string; entry: { data?: unknown } }[]): NagFinding[] =>
      included.flatMap((stack) => pick(Annotations.fromStack(stack)).map((entry) => ({ path: entry.id, message: String(entry.entry.data) })));
    return {
      errors: findings((annotations) => annotations.findError("*", pattern)),
      warnings: findings((annotations) => annotations.findWarning("*", pattern)),
      /** `CdkNagSuppression[...]: <rule> was triggered but suppressed.` for every suppression that mattered. */
      suppressed: findings((annotations) => annotations.findInfo("*", Match.stringLikeRegexp("CdkNagSuppression.*"))),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
