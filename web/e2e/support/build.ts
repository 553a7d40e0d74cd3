import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The newest modification time under a folder (sources, or the build output). */
const newest = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stat.mtimeMs);
};

/**
 * The e2e suite drives the built app as users get it. Build it when dist/ is missing or older than
 * any source, so a plain `vitest run --project e2e` never tests yesterday's bundle.
 */
export const ensureWebBuilt = (webDir: string) => {
  const dist = join(webDir, "dist", "index.html");
  const sources = Math.max(newest(join(webDir, "src")), newest(join(webDir, "index.html")), newest(join(webDir, "vite.config.ts")));
  if (existsSync(dist) && statSync(dist).mtimeMs >= sources) return;
  execFileSync("npm", ["run", "build", "--workspace", "web"], { cwd: join(webDir, ".."), stdio: "inherit" });
};
