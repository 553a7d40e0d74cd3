import type { SSTConfig } from "sst";
import { registerStacks } from "./infra/app";

/** `npx sst deploy --stage prod` stands the marketplace up in Jakarta; see docs/DEPLOY.md. */
export default {
  config() {
    return { name: "factory-sharing-marketplace", region: "ap-southeast-3" };
  },
  stacks(app) {
    registerStacks(app);
  },
} satisfies SSTConfig;
