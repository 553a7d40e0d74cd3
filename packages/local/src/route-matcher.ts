import { type RouteDefinition, routeKey } from "@fsm/functions";

export interface MatchedRoute {
  route: RouteDefinition;
  routeKey: string;
  pathParameters: Record<string, string>;
}

const templatePattern = (path: string) =>
  new RegExp(
    `^${path
      .split("/")
      .map((segment) => (/^\{\w+\}$/.test(segment) ? `(?<${segment.slice(1, -1)}>[^/]+)` : segment.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
      .join("/")}$`,
  );

/** Matches like API Gateway: literal segments win over parameters, then the method must fit. */
export const routeMatcher = (routes: RouteDefinition[]) => {
  const compiled = routes
    .map((route) => ({ route, pattern: templatePattern(route.path), literalSegments: route.path.split("/").filter((s) => !s.startsWith("{")).length }))
    .sort((a, b) => b.literalSegments - a.literalSegments);
  return (method: string, path: string): MatchedRoute | "method-not-allowed" | undefined => {
    let pathMatched = false;
    for (const { route, pattern } of compiled) {
      const match = pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const pathParameters: Record<string, string> = {};
      for (const [name, value] of Object.entries(match.groups ?? {})) {
        try {
          pathParameters[name] = decodeURIComponent(value);
        } catch {
          pathParameters[name] = value;
        }
      }
      return { route, routeKey: routeKey(route), pathParameters };
    }
    return pathMatched ? "method-not-allowed" : undefined;
  };
};
