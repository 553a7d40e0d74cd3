import { Aspects } from "aws-cdk-lib";
import type { App } from "sst/constructs";
import { SstInternalsNagSuppressions } from "./nag";
import { isProd } from "./stage";
import { Api } from "./stacks/Api";
import { Auth } from "./stacks/Auth";
import { Cdn } from "./stacks/Cdn";
import { Jobs } from "./stacks/Jobs";
import { Signing } from "./stacks/Signing";
import { Storage } from "./stacks/Storage";
import { Web } from "./stacks/Web";

/** The stacks, in dependency order. Stack names are `<stage>-<app>-<Stack>`. */
export const stackOrder = [Storage, Signing, Cdn, Auth, Api, Jobs, Web] as const;

/** `only` picks a dependency-closed subset of `stackOrder` (the offline tests use it); deploys take all. */
export function registerStacks(app: App, only: readonly (typeof stackOrder)[number][] = stackOrder) {
  // Disposable stages tear down completely; prod keeps what its stacks mark RETAIN.
  if (!isProd(app.stage)) app.setDefaultRemovalPolicy("destroy");
  Aspects.of(app).add(new SstInternalsNagSuppressions());
  for (const stack of stackOrder) if (only.includes(stack)) app.stack(stack);
}
