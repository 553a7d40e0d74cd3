/**
 * The gateway alone, in a process of its own, on a DynamoDB Local the caller started: what the load
 * bench measures, so the load generator and the server do not share an event loop. Prints
 * `READY <url>` once it listens; SIGTERM stops it.
 *
 *   DYNAMO_ENDPOINT=http://127.0.0.1:8000 node --import tsx packages/local/bench/support/serve.ts
 */
import { startMarketplace } from "../../src/runtime";

const endpoint = process.env.DYNAMO_ENDPOINT;
if (!endpoint) {
  console.error("DYNAMO_ENDPOINT is not set.");
  process.exit(2);
}
const running = await startMarketplace({ port: 0, dynamoEndpoint: endpoint, seed: "directory", logLevel: process.env.LOG_LEVEL ?? "SILENT", background: false });
console.log(`READY ${running.url}`);
const stop = async () => {
  await running.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
