import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves the built SPA; unknown paths get index.html so client-side routes survive a reload. */
export const staticFiles = (rootDir: string) => {
  const root = resolve(rootDir);
  return (request: IncomingMessage, response: ServerResponse, path: string) => {
    const requested = normalize(join(root, decodeURIComponent(path)));
    const insideRoot = requested.startsWith(root);
    const file =
      insideRoot && existsSync(requested) && statSync(requested).isFile() ? requested : join(root, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      response.end("The web app is not built: run `npm run build:web` (npm start does it for you).");
      return;
    }
    const immutable = file.includes(`${join(root, "assets")}`);
    response.writeHead(200, {
      "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
    if (request.method === "HEAD") return response.end();
    createReadStream(file).pipe(response);
  };
};
