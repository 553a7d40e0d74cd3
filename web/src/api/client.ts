import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema";

/** Locally the API shares the web app's origin; the static site on AWS is told the API's URL at build. */
export const apiBaseUrl = (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, "") ?? "/api";

let bearerToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The session sets the token once; every request then carries it. */
export const setApiToken = (token: string | null) => {
  bearerToken = token;
};

/** Called when the API rejects our token (expired, or signed by a key it no longer trusts). */
export const setUnauthorizedHandler = (handler: (() => void) | null) => {
  onUnauthorized = handler;
};

const authMiddleware: Middleware = {
  onRequest({ request }) {
    if (bearerToken) request.headers.set("Authorization", `Bearer ${bearerToken}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && bearerToken) onUnauthorized?.();
    return response;
  },
};

export const api = createClient<paths>({
  // Absolute, because a Request needs one outside a browser page too (tests, server rendering).
  baseUrl: new URL(apiBaseUrl, typeof window === "undefined" ? "http://localhost/" : window.location.href).toString().replace(/\/$/, ""),
  // Looked up on each call, not captured once, so tests (and polyfills) can replace fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);
