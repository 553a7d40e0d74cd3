import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import type { Certificate, Jwks } from "../api/types";

export type SignatureCheck =
  | { outcome: "verified"; keyId: string | undefined }
  | { outcome: "mismatch"; keyId: string | undefined; field: string }
  | { outcome: "invalid"; reason: "bad-signature" | "unknown-key" | "malformed" };

/** The signed payload names these; each must equal what the page shows, or the page is not what was signed. */
const signedFields = ["batchId", "productId", "grade", "rulebookVersion", "facilityId", "validUntil", "issuedAt"] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Verifies the certificate's JWS in the browser against the published keys, then checks the signed
 * payload says what the page shows: a valid signature over different facts would prove nothing.
 */
export const verifyCertificateSignature = async (certificate: Certificate, jwks: Jwks): Promise<SignatureCheck> => {
  let verified: Awaited<ReturnType<typeof compactVerify>>;
  try {
    verified = await compactVerify(certificate.jws, createLocalJWKSet(jwks as JSONWebKeySet), { algorithms: ["ES256"] });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_JWKS_NO_MATCHING_KEY" || code === "ERR_JWKS_MULTIPLE_MATCHING_KEYS") return { outcome: "invalid", reason: "unknown-key" };
    if (code === "ERR_JWS_SIGNATURE_VERIFICATION_FAILED") return { outcome: "invalid", reason: "bad-signature" };
    return { outcome: "invalid", reason: "malformed" };
  }
  const keyId = verified.protectedHeader.kid;
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch {
    return { outcome: "invalid", reason: "malformed" };
  }
  if (payload.certificateId !== certificate.id) return { outcome: "mismatch", keyId, field: "certificateId" };
  for (const field of signedFields) {
    if (field in payload && !same(payload[field], certificate[field])) return { outcome: "mismatch", keyId, field };
  }
  const measurements = Array.isArray(payload.measurements) ? (payload.measurements as { parameter: string; value: number }[]) : [];
  const shown = certificate.measurements.map((measurement) => `${measurement.parameter}=${measurement.value}`).sort();
  const signed = measurements.map((measurement) => `${measurement.parameter}=${measurement.value}`).sort();
  if (!same(shown, signed)) return { outcome: "mismatch", keyId, field: "measurements" };
  return { outcome: "verified", keyId };
};
