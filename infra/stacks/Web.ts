import { type StackContext, StaticSite, use } from "sst/constructs";
import { Api } from "./Api";
import { Auth } from "./Auth";
import { Cdn } from "./Cdn";

/**
 * Where the site comes from. A deploy runs the web workspace's build from the repository root (SST
 * runs the command in `path`, and `--workspace web` resolves only from the root) with the API URL and
 * Cognito ids in the environment: SST builds with `{{ NAME }}` placeholders and substitutes the
 * deployed values while uploading. `WEB_PREBUILT_DIR` points at an already built folder instead: the
 * offline tests use a small fixture, since a full Vite build is slow.
 */
export const siteSource = (prebuiltDir = process.env.WEB_PREBUILT_DIR) =>
  prebuiltDir ? { path: prebuiltDir } : { path: ".", buildCommand: "npm run build --workspace web", buildOutput: "web/dist" };

export function Web({ stack }: StackContext) {
  const { api } = use(Api);
  const auth = use(Auth);
  const cdn = use(Cdn);

  new StaticSite(stack, "Site", {
    ...siteSource(),
    environment: {
      VITE_API_URL: api.url,
      VITE_USER_POOL_ID: auth.userPool.userPoolId,
      VITE_USER_POOL_CLIENT_ID: auth.client.userPoolClientId,
      VITE_COGNITO_DOMAIN: auth.cognitoDomain,
    },
    cdk: { bucket: cdn.bucket, distribution: cdn.distribution },
  });

  stack.addOutputs({ WebUrl: cdn.url });
  return { url: cdn.url };
}
