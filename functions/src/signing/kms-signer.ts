import { createHash } from "node:crypto";
import { canonicalJson, type CertificatePayload, type CertificateSigner, certificateJwsType, derToJoseSignature, type PublicJwk } from "@fsm/core";
import { exportJWK, importSPKI } from "jose";

const base64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64url");

const spkiPem = (der: Uint8Array) =>
  `-----BEGIN PUBLIC KEY-----\n${Buffer.from(der).toString("base64").replace(/(.{64})/g, "$1\n")}\n-----END PUBLIC KEY-----`;

// Imported on first use, not at init: every function's bundle holds the signer, only the certificate
// groups sign, and loading the KMS client costs the others tens of milliseconds of cold start.
const loadKms = async () => {
  const { GetPublicKeyCommand, KMSClient, SignCommand } = await import("@aws-sdk/client-kms");
  return { client: new KMSClient({}), GetPublicKeyCommand, SignCommand };
};

/**
 * Signs with an asymmetric KMS key (ECC_NIST_P256): the private key never leaves KMS. The digest is
 * computed here so payloads over KMS's 4 KiB raw-message limit still sign.
 */
export const kmsSigner = (keyId: string): CertificateSigner => {
  let kms: ReturnType<typeof loadKms> | undefined;
  let publicKeys: Promise<PublicJwk[]> | undefined;
  return {
    async sign(payload: CertificatePayload) {
      const header = base64url(JSON.stringify({ alg: "ES256", kid: keyId, typ: certificateJwsType }));
      const signingInput = `${header}.${base64url(canonicalJson(payload))}`;
      const digest = createHash("sha256").update(signingInput).digest();
      const { client, SignCommand } = await (kms ??= loadKms());
      const { Signature } = await client.send(
        new SignCommand({ KeyId: keyId, Message: digest, MessageType: "DIGEST", SigningAlgorithm: "ECDSA_SHA_256" }),
      );
      if (!Signature) throw new Error("KMS returned no signature.");
      return `${signingInput}.${base64url(derToJoseSignature(Signature))}`;
    },
    publicKeys() {
      publicKeys ??= (kms ??= loadKms()).then(async ({ client, GetPublicKeyCommand }) => {
        const { PublicKey } = await client.send(new GetPublicKeyCommand({ KeyId: keyId }));
        if (!PublicKey) throw new Error("KMS returned no public key.");
        const jwk = await exportJWK(await importSPKI(spkiPem(PublicKey), "ES256"));
        return [{ kty: jwk.kty as string, crv: jwk.crv, x: jwk.x, y: jwk.y, kid: keyId, alg: "ES256", use: "sig" }];
      });
      return publicKeys;
    },
  };
};
