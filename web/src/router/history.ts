import { useSyncExternalStore } from "react";

/**
 * A tiny history router: the local server and CloudFront both fall back to index.html, so real paths
 * work on reload, and the whole router is a few dozen lines instead of a dependency.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

if (typeof window !== "undefined") window.addEventListener("popstate", notify);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const snapshot = () => window.location.pathname + window.location.search;

export const navigate = (to: string, options: { replace?: boolean } = {}) => {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  // A new page starts at the top, like a normal link would.
  window.scrollTo?.(0, 0);
  notify();
};

/** The current path and query string, re-rendering on navigation. */
export const useLocation = () => {
  const location = useSyncExternalStore(subscribe, snapshot, () => "/");
  const [pathname = "/", search = ""] = location.split("?");
  return { pathname, search: new URLSearchParams(search) };
};

/** `/orders/:id` against `/orders/abc` -> `{ id: "abc" }`; null when it does not match. */
export const matchPath = (pattern: string, pathname: string): Record<string, string> | null => {
  const patternParts = pattern.split("/").filter(Boolean);
  const pathParts = pathname.split("/").filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index] as string;
    if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
};
