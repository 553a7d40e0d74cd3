import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { canonicalJson, type CertificatePayload, type CertificateSigner, certificateJwsType } from "@fsm/core";
import { CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";

const algorithm = "ES256";

/** The local stand-in for the KMS key: a P-256 key kept under DATA_DIR, so certificates verify after a restart. */
export const createLocalSigner = async (keyFile?: string): Promise<CertificateSigner> => {
  let privateJwk: JWK;
  if (keyFile && existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, "utf8")) as JWK;
  } else {
    const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), kid: `local-cert-${Date.now().toString(36)}`, alg: algorithm };
    if (keyFile) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  const key = await importJWK(privateJwk, algorithm);
  const kid = privateJwk.kid as string;
  return {
    sign: (payload: CertificatePayload) =>
      new CompactSign(new TextEncoder().encode(canonicalJson(payload)))
        .setProtectedHeader({ alg: algorithm, kid, typ: certificateJwsType })
        .sign(key),
    publicKeys: async () => [
      { kty: "EC", crv: privateJwk.crv, x: privateJwk.x, y: privateJwk.y, kid, alg: algorithm, use: "sig" },
    ],
  };
};
