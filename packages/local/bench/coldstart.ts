/**
 * Cold start: bundle each route group's handler (`functions/src/<group>/handler.ts`) and each job
 * (`functions/src/jobs/*.ts`) the way a Lambda gets them, then time the module's import in fresh
 * Node processes against an empty handler bundled the same way (the floor).
 *
 *   npx tsx packages/local/bench/coldstart.ts [runs]      (runs per bundle and variant, default 5; ~2 minutes)
 *
 * Bundling follows SST v2's ESM settings (esbuild: platform node, format esm, minify, keepNames,
 * mainFields module/main, the createRequire banner), with `@aws-sdk/*` external as
 * `infra/functions.ts` deploys them (the nodejs22.x runtime ships SDK v3). A second pass bundles the
 * SDK in too, SST v2's default without `esbuild.external`, to compare in the same run. Reference
 * rows: the SDK's DynamoDB client alone, and zod alone (zod/mini with its English locale, as
 * `packages/core` loads it), each imported the same way.
 * Init time = `await import(bundle)` in a new `node` process, median of the runs; the SDK modules
 * the bundle imports are loaded from node_modules as the runtime would load its own copy.
 * Targets: every bundle < 250 KB minified, init < 100 ms. Exits 1 if a bundle fails to build or import.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Metafile } from "esbuild";
import { machine, median, printTable } from "./support/report";

const repo = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const runs = Number(process.argv[2] ?? 5);
const targetKb = 250;
const targetInitMs = 100;

const out = mkdtempSync(join(tmpdir(), "fsm-coldstart-"));
// Bundles import `@aws-sdk/*` at run time: resolve them from the repository's node_modules.
symlinkSync(join(repo, "node_modules"), join(out, "node_modules"), "dir");

const emptyHandler = join(out, "empty-handler.ts");
writeFileSync(emptyHandler, "export const handler = async () => ({ statusCode: 200, body: '' });\n");

const sdkAlone = join(out, "sdk-alone.ts");
writeFileSync(sdkAlone, 'export { DynamoDBClient, TransactWriteItemsCommand } from "@aws-sdk/client-dynamodb";\n');
const zodAlone = join(out, "zod-alone.ts");
writeFileSync(
  zodAlone,
  'import * as z from "zod/mini";\nimport english from "zod/v4/locales/en.js";\nz.config(english());\nexport const schema = z.object({ id: z.string() });\n',
);

const groupsDir = join(repo, "functions/src");
const entries: { name: string; file: string }[] = [
  { name: "(floor) empty handler", file: emptyHandler },
  { name: "(ref) @aws-sdk/client-dynamodb only", file: sdkAlone },
  { name: "(ref) zod only", file: zodAlone },
  ...readdirSync(groupsDir)
    .filter((group) => {
      try {
        return statSync(join(groupsDir, group, "handler.ts")).isFile();
      } catch {
        return false;
      }
    })
    .sort()
    .map((group) => ({ name: `${group}/handler`, file: join(groupsDir, group, "handler.ts") })),
  ...readdirSync(join(groupsDir, "jobs"))
    .filter((file) => file.endsWith(".ts") && file !== "index.ts")
    .sort()
    .map((file) => ({ name: `jobs/${basename(file, ".ts")}`, file: join(groupsDir, "jobs", file) })),
];

const banner = [
  "import { createRequire as topLevelCreateRequire } from 'module';",
  "const require = topLevelCreateRequire(import.meta.url);",
  'import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"',
  "const __dirname = topLevelFileUrlToPath(new topLevelURL('.', import.meta.url))",
].join("\n");

type Variant = "external" | "inlined";

const bundle = async (entry: { name: string; file: string }, variant: Variant) => {
  const outfile = join(out, variant, `${entry.name.replace(/[^a-z0-9-]+/gi, "_")}.mjs`);
  mkdirSync(join(out, variant), { recursive: true });
  const result = await build({
    entryPoints: [entry.file],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    minify: true,
    keepNames: true,
    metafile: true,
    mainFields: ["module", "main"],
    banner: { js: banner },
    external: variant === "external" ? ["@aws-sdk/*"] : [],
    logLevel: "silent",
  });
  return { outfile, bytes: statSync(outfile).size, metafile: result.metafile };
};

/** The packages (or source folders) that weigh most in a bundle. */
const heaviest = (metafile: Metafile, count = 3) => {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const owner = match ? (match[1] as string) : (/^(packages\/[^/]+|functions)/.exec(path)?.[1] ?? path);
      byPackage.set(owner, (byPackage.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage.entries()]
    .filter(([, bytes]) => bytes >= 512)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([owner, bytes]) => `${owner} ${(bytes / 1024).toFixed(0)}`)
    .join(", ");
};

/** Milliseconds to import the module in a fresh process (module load, parse and evaluation). */
const importMs = (file: string) => {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const output = execFileSync(process.execPath, ["--no-warnings", "--input-type=module", "-e", script], {
    cwd: out,
    env: { ...process.env, AWS_REGION: "ap-southeast-3", NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return Number(output.toString());
};

const failures: string[] = [];
interface Result {
  name: string;
  kb: Record<Variant, number>;
  initMs: Record<Variant, number>;
  heaviest: string;
}
const results: Result[] = [];
const variants: Variant[] = ["external", "inlined"];
const started = performance.now();
try {
  for (const entry of entries) {
    try {
      const result: Result = { name: entry.name, kb: { external: 0, inlined: 0 }, initMs: { external: 0, inlined: 0 }, heaviest: "" };
      for (const variant of variants) {
        const built = await bundle(entry, variant);
        importMs(built.outfile); // one warm-up, so every timed run finds the files in the page cache
        result.kb[variant] = built.bytes / 1024;
        result.initMs[variant] = median(Array.from({ length: runs }, () => importMs(built.outfile)));
        if (variant === "external") result.heaviest = heaviest(built.metafile);
      }
      results.push(result);
    } catch (error) {
      failures.push(`${entry.name}: ${error instanceof Error ? error.message.split("\n").slice(0, 3).join(" ") : String(error)}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const floor = results.find((result) => result.name.startsWith("(floor)"));
console.log(`\nCold start: minified ESM bundles and their import time, median of ${runs} fresh processes (${machine()})\n`);
console.log("A = @aws-sdk/* external (Lambda's SDK, as infra/functions.ts deploys); B = SDK bundled in (SST v2's default).\n");
printTable(
  ["bundle", "A KB", "A init ms", "A above floor", "B KB", "B init ms", "heaviest inputs of A (KB)"],
  results.map((result) => [
    result.name,
    result.kb.external.toFixed(1),
    result.initMs.external.toFixed(1),
    floor ? (result.initMs.external - floor.initMs.external).toFixed(1) : "",
    result.kb.inlined.toFixed(1),
    result.initMs.inlined.toFixed(1),
    result.name.startsWith("(floor)") ? "" : result.heaviest,
  ]),
);

const handlers = results.filter((result) => !result.name.startsWith("("));
const verdict = (variant: Variant) => {
  const largest = handlers.reduce((max, result) => (result.kb[variant] > max.kb[variant] ? result : max), handlers[0] as Result);
  const slowest = handlers.reduce((max, result) => (result.initMs[variant] > max.initMs[variant] ? result : max), handlers[0] as Result);
  return (
    `every bundle < ${targetKb} KB — largest ${largest.name} ${largest.kb[variant].toFixed(1)} KB: ${handlers.every((result) => result.kb[variant] < targetKb) ? "met" : "MISSED"}; ` +
    `init < ${targetInitMs} ms — slowest ${slowest.name} ${slowest.initMs[variant].toFixed(1)} ms: ${handlers.every((result) => result.initMs[variant] < targetInitMs) ? "met" : "MISSED"}`
  );
};
if (handlers.length > 0) {
  console.log(`\nTargets, A (as the brief measures): ${verdict("external")}.`);
  console.log(`Targets, B (SDK bundled):           ${verdict("inlined")}.`);
}
console.log(`Run took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
if (failures.length > 0) {
  console.error(`\n${failures.length} bundle(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
