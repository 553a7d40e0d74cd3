/**
 * Fails the build when the JavaScript a first visit downloads (the entry script plus the chunks
 * index.html preloads) is over budget, gzipped. Lazily loaded role pages are not counted: they are
 * what keeps the first load small.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const budgetBytes = 200 * 1024;

/** The script and modulepreload URLs index.html makes the browser fetch before the app runs. */
export const initialScripts = (html: string): string[] => {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)) urls.add(match[1] as string);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"[^>]*>/g)) urls.add(match[1] as string);
  return [...urls];
};

export const gzippedSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

const main = () => {
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const scripts = initialScripts(html);
  if (scripts.length === 0) throw new Error("index.html loads no script: is dist/ a Vite build?");
  let total = 0;
  for (const url of scripts) {
    const size = gzippedSize(readFileSync(join(dist, url.replace(/^\//, ""))));
    total += size;
    console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB gz  ${url}`);
  }
  const verdict = total <= budgetBytes ? "within" : "OVER";
  console.log(`first-load JavaScript: ${(total / 1024).toFixed(1)} KB gzipped, ${verdict} the ${budgetBytes / 1024} KB budget`);
  if (total > budgetBytes) process.exit(1);
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
