import { payloadTooLarge } from "@fsm/core";
import type { RouteMiddleware } from "./route-middleware";

export const maxBodyBytes = 64 * 1024;

/** Refuses bodies over the limit before anything parses them. */
export const bodyLimit = (limitBytes = maxBodyBytes): RouteMiddleware => ({
  before: ({ event }) => {
    if (event.body === undefined) return;
    const bytes = event.isBase64Encoded
      ? Buffer.byteLength(event.body, "base64")
      : Buffer.byteLength(event.body, "utf8");
    if (bytes > limitBytes) throw payloadTooLarge(limitBytes);
  },
});
