import { spawnSync } from "node:child_process";

export const javaInstallHint =
  "DynamoDB Local needs Java 17 or newer: install it with `apt-get install -y default-jre-headless` and run npm start again.";

export const hasJava = () => {
  const result = spawnSync("java", ["-version"], { stdio: "ignore" });
  return !result.error && result.status === 0;
};
