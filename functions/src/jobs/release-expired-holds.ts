import { type AppDeps, productionDeps } from "../deps";
import { releaseExpiredHolds } from "../trading/release";

/** Scheduled: return the stock of holds past their expiry (TTL never decides; it lags days). */
export const makeHandler = (deps: AppDeps) => async () => ({ released: await releaseExpiredHolds(deps) });

let built: ReturnType<typeof makeHandler> | undefined;
export const handler = () => (built ??= makeHandler(productionDeps()))();
