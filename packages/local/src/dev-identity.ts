import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { User } from "@fsm/core";
import type { DevIdentityIssuer } from "@fsm/functions";
import { exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT, type JWTPayload } from "jose";

export const devIssuer = "urn:factory-sharing:local-issuer";
export const devAudience = "factory-sharing-web";
const algorithm = "ES256";
const tokenLifetime = "12h";

export interface DevIdentity extends DevIdentityIssuer {
  /** What API Gateway's JWT authorizer does: signature, issuer, audience, expiry; then the claims. */
  verify(token: string): Promise<JWTPayload>;
}

const loadOrCreateKey = async (keyFile: string | undefined): Promise<JWK> => {
  if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, "utf8")) as JWK;
  const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}`, alg: algorithm };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
};

/**
 * Stands in for Cognito locally: signs tokens with the claims a Cognito ID token carries
 * (`cognito:groups`, `custom:orgId`), with a key kept under DATA_DIR so tokens survive a restart.
 */
export const createDevIdentity = async (keyFile?: string): Promise<DevIdentity> => {
  const privateJwk = await loadOrCreateKey(keyFile);
  const privateKey = await importJWK(privateJwk, algorithm);
  const { d: _secret, ...publicJwk } = privateJwk;
  const publicKey = await importJWK(publicJwk, algorithm);
  return {
    issue: (user: User) =>
      new SignJWT({ email: user.email, "cognito:groups": [user.role], "custom:orgId": user.orgId, token_use: "id" })
        .setProtectedHeader({ alg: algorithm, kid: privateJwk.kid })
        .setSubject(user.id)
        .setIssuer(devIssuer)
        .setAudience(devAudience)
        .setIssuedAt()
        .setExpirationTime(tokenLifetime)
        .sign(privateKey),
    verify: async (token: string) =>
      (await jwtVerify(token, publicKey, { issuer: devIssuer, audience: devAudience, algorithms: [algorithm] })).payload,
  };
};
