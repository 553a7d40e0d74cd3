import { createHash } from "node:crypto";
import { GetPublicKeyCommand, KMSClient, SignCommand } from "@aws-sdk/client-kms";
import { canonicalJson, type CertificatePayload, type CertificateSigner, certificateJwsType, derToJoseSignature, type PublicJwk } from "@fsm/core";
import { exportJWK, importSPKI } from "jose";

const base64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64url");

const spkiPem = (der: Uint8Array) =>
  `-----BEGIN PUBLIC KEY-----\n${Buffer.from(der).toString("base64").replace(/(.{64})/g, "$1\n")}\n-----END PUBLIC KEY-----`;

/**
 * Signs with an asymmetric KMS key (ECC_NIST_P256): the private key never leaves KMS. The digest is
 * computed here so payloads over KMS's 4 KiB raw-message limit still sign.
 */
export const kmsSigner = (keyId: string, client = new KMSClient({})): CertificateSigner => {
  let publicKeys: Promise<PublicJwk[]> | undefined;
  return {
    async sign(payload: CertificatePayload) {
      const header = base64url(JSON.stringify({ alg: "ES256", kid: keyId, typ: certificateJwsType }));
      const signingInput = `${header}.${base64url(canonicalJson(payload))}`;
      const digest = createHash("sha256").update(signingInput).digest();
      const { Signature } = await client.send(
        new SignCommand({ KeyId: keyId, Message: digest, MessageType: "DIGEST", SigningAlgorithm: "ECDSA_SHA_256" }),
      );
      if (!Signature) throw new Error("KMS returned no signature.");
      return `${signingInput}.${base64url(derToJoseSignature(Signature))}`;
    },
    publicKeys() {
      publicKeys ??= client.send(new GetPublicKeyCommand({ KeyId: keyId })).then(async ({ PublicKey }) => {
        if (!PublicKey) throw new Error("KMS returned no public key.");
        const jwk = await exportJWK(await importSPKI(spkiPem(PublicKey), "ES256"));
        return [{ kty: jwk.kty as string, crv: jwk.crv, x: jwk.x, y: jwk.y, kid: keyId, alg: "ES256", use: "sig" }];
      });
      return publicKeys;
    },
  };
};
