/**
 * Cognito hosted UI, authorization code + PKCE (no client secret in a browser). Configured at build
 * time; without it the app offers the local demo sign-in instead.
 */
export interface CognitoConfig {
  domain: string;
  clientId: string;
  redirectUri: string;
}

const verifierKey = "fsm.pkce.verifier";
const stateKey = "fsm.pkce.state";

export const cognitoConfig = (env: Record<string, unknown> = import.meta.env): CognitoConfig | null => {
  const domain = typeof env.VITE_COGNITO_DOMAIN === "string" ? env.VITE_COGNITO_DOMAIN.trim() : "";
  const clientId = typeof env.VITE_USER_POOL_CLIENT_ID === "string" ? env.VITE_USER_POOL_CLIENT_ID.trim() : "";
  if (!domain || !clientId) return null;
  const base = domain.startsWith("http") ? domain : `https://${domain}`;
  return { domain: base.replace(/\/$/, ""), clientId, redirectUri: `${window.location.origin}/auth/callback` };
};

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

const randomString = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

export const pkceChallenge = async (verifier: string) =>
  base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));

/** Sends the browser to the hosted UI; `next` is where to land after signing in. */
export const startCognitoSignIn = async (config: CognitoConfig, next: string) => {
  const verifier = randomString();
  const state = `${randomString()}|${next}`;
  sessionStorage.setItem(verifierKey, verifier);
  sessionStorage.setItem(stateKey, state);
  const url = new URL(`${config.domain}/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: "openid email profile",
    state,
    code_challenge_method: "S256",
    code_challenge: await pkceChallenge(verifier),
  }).toString();
  window.location.assign(url.toString());
};

/**
 * Exchanges the code for tokens. The API authorizer reads `cognito:groups` and `custom:orgId`,
 * which only the ID token carries, so that is the bearer token.
 */
export const completeCognitoSignIn = async (config: CognitoConfig, search: URLSearchParams) => {
  const state = sessionStorage.getItem(stateKey);
  const verifier = sessionStorage.getItem(verifierKey);
  sessionStorage.removeItem(stateKey);
  sessionStorage.removeItem(verifierKey);
  const code = search.get("code");
  if (!code || !verifier || !state || search.get("state") !== state) throw new Error("sign-in state mismatch");
  const response = await fetch(`${config.domain}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: config.clientId,
      redirect_uri: config.redirectUri,
      code,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`token exchange failed: ${response.status}`);
  const tokens = (await response.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error("no id_token in the token response");
  return { token: tokens.id_token, next: state.split("|").slice(1).join("|") || "/" };
};

export const cognitoSignOutUrl = (config: CognitoConfig) =>
  `${config.domain}/logout?client_id=${encodeURIComponent(config.clientId)}&logout_uri=${encodeURIComponent(window.location.origin)}`;
