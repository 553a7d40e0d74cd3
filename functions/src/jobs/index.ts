import * as projectStats from "./project-stats";
import * as releaseExpiredHolds from "./release-expired-holds";
import * as rematch from "./rematch";

/** Stream consumers and scheduled jobs, by the entry infra deploys them from. */
export const streamConsumers = { rematch, projectStats };
export const scheduledJobs = { releaseExpiredHolds };
export const jobEntry = (name: "rematch" | "project-stats" | "release-expired-holds") => `functions/src/jobs/${name}.handler`;
