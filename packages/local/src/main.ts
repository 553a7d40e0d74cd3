import { fileURLToPath } from "node:url";
import { hasJava, javaInstallHint } from "./java";
import { startMarketplace } from "./runtime";
import { demoUsers } from "./seed/demo-users";

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? ".data";
const webRoot = fileURLToPath(new URL("../../../web/dist", import.meta.url));

if (!hasJava()) {
  console.error(javaInstallHint);
  process.exit(1);
}

const marketplace = await startMarketplace({ port, dataDir, webRoot, logLevel: process.env.LOG_LEVEL, background: true });
console.log(`Factory-sharing marketplace: ${marketplace.url}  (API ${marketplace.url}/api, data in ${dataDir})`);
console.log(`Demo accounts (sign in from the web app, or POST /api/auth/dev-login {"email": ...}):`);
for (const user of demoUsers) console.log(`  ${user.email.padEnd(32)} ${user.role}`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the server and DynamoDB Local…`);
  await marketplace.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
