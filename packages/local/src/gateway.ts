import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type AppDeps, groupModules, type HttpHandler, problemResponse, type RouteGroup, routeList } from "@fsm/functions";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { JWTPayload } from "jose";
import { lambdaContext, toApiGatewayEvent } from "./api-event";
import { routeMatcher } from "./route-matcher";
import { staticFiles } from "./static-files";

/** API Gateway refuses payloads over 10 MB before any Lambda runs; so does this gateway. */
const gatewayPayloadLimit = 10 * 1024 * 1024;
const apiPrefix = "/api";

export interface GatewayOptions {
  deps: AppDeps;
  verifyToken(token: string): Promise<JWTPayload>;
  webRoot?: string;
}

class PayloadTooLargeError extends Error {}

const readBody = (request: IncomingMessage) =>
  new Promise<string | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > gatewayPayloadLimit) {
        reject(new PayloadTooLargeError());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(size === 0 ? undefined : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });

const send = (response: ServerResponse, result: APIGatewayProxyStructuredResultV2) => {
  response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  response.end(result.body ?? "");
};

const bearerToken = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];

/** The only place that knows it is local: HTTP in, the deployed handler exports called, HTTP out. */
export const createGateway = ({ deps, verifyToken, webRoot }: GatewayOptions) => {
  const match = routeMatcher(routeList);
  const handlers = new Map<RouteGroup, HttpHandler>();
  for (const [group, module] of Object.entries(groupModules)) handlers.set(group as RouteGroup, module.makeHandler(deps));
  const serveStatic = webRoot ? staticFiles(webRoot) : undefined;

  const handleApi = async (request: IncomingMessage, response: ServerResponse, path: string, rawQueryString: string) => {
    const matched = match(request.method ?? "GET", path);
    if (matched === undefined) return send(response, problemResponse({ status: 404, detail: `No route for ${path}.` }));
    if (matched === "method-not-allowed") {
      return send(response, problemResponse({ status: 405, detail: `${request.method} is not allowed on ${path}.` }));
    }
    let claims: JWTPayload | undefined;
    if (matched.route.auth !== "public") {
      const token = bearerToken(request.headers.authorization);
      claims = token ? await verifyToken(token).catch(() => undefined) : undefined;
      if (!claims) return send(response, problemResponse({ status: 401, detail: "A valid bearer token is required." }));
    }
    let body: string | undefined;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) return send(response, problemResponse({ status: 413, detail: "Request too large." }));
      throw error;
    }
    const handler = handlers.get(matched.route.group);
    if (!handler) return send(response, problemResponse({ status: 501, detail: `${matched.routeKey} is not implemented yet.` }));
    const event = toApiGatewayEvent({
      method: request.method ?? "GET",
      path,
      rawQueryString,
      headers: request.headers,
      body,
      sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
      routeKey: matched.routeKey,
      pathParameters: matched.pathParameters,
      claims,
    });
    send(response, await handler(event, lambdaContext(`marketplace-${matched.route.group}`)));
  };

  return createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const work =
      url.pathname === apiPrefix || url.pathname.startsWith(`${apiPrefix}/`)
        ? handleApi(request, response, url.pathname.slice(apiPrefix.length) || "/", url.search.slice(1))
        : Promise.resolve(
            serveStatic
              ? serveStatic(request, response, url.pathname)
              : send(response, problemResponse({ status: 404, detail: "No web app is served here." })),
          );
    work.catch((error: unknown) => {
      deps.logger.error("gateway failure", { error: error as Error });
      if (!response.headersSent) send(response, problemResponse({ status: 500, detail: "The local gateway failed." }));
      else response.end();
    });
  });
};

export const listen = (server: Server, port: number, host = "0.0.0.0") =>
  new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
