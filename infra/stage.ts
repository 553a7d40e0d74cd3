import { RemovalPolicy } from "aws-cdk-lib";

/**
 * Stages named `prod` keep their data: deletion protection on, `RETAIN` on stateful resources.
 * Every other stage (personal, preview, test) is disposable: `npx sst remove` deletes it all.
 */
export const isProd = (stage: string) => stage === "prod";

export const statefulRemovalPolicy = (stage: string) => (isProd(stage) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
