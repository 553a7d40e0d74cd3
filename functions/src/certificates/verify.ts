import { CertificatePayloadSchema, type Certificate, isoDay, presentCertificate } from "@fsm/core";
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, errors } from "jose";
import type { AppDeps } from "../deps";

type Verification =
  | { valid: true; certificate: Certificate }
  | { valid: false; reason: "malformed" | "bad-signature" | "unknown-key" | "revoked" | "expired" | "unknown-certificate"; certificate?: Certificate };

/**
 * Each failure is told apart, in the order a verifier meets them: unreadable, signed by a key we
 * never published, signature does not match, then what happened to the certificate since.
 */
export const verifyCertificateJws = async (jws: string, { signer, store, clock }: AppDeps): Promise<Verification> => {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(jws).kid;
  } catch {
    return { valid: false, reason: "malformed" };
  }
  const keys = await signer.publicKeys();
  if (!kid || !keys.some((key) => key.kid === kid)) return { valid: false, reason: "unknown-key" };
  let payloadBytes: Uint8Array;
  try {
    ({ payload: payloadBytes } = await compactVerify(jws, createLocalJWKSet({ keys }), { algorithms: ["ES256"] }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return { valid: false, reason: "bad-signature" };
    if (error instanceof errors.JWKSNoMatchingKey) return { valid: false, reason: "unknown-key" };
    return { valid: false, reason: "malformed" };
  }
  let payload;
  try {
    payload = CertificatePayloadSchema.parse(JSON.parse(new TextDecoder().decode(payloadBytes)));
  } catch {
    return { valid: false, reason: "malformed" };
  }
  const stored = await store.certificates.get(payload.certificateId);
  if (!stored || stored.jws !== jws) return { valid: false, reason: "unknown-certificate" };
  const certificate = presentCertificate(stored, isoDay(clock.now()));
  if (certificate.status !== "valid") return { valid: false, reason: certificate.status, certificate };
  return { valid: true, certificate };
};
