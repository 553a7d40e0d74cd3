// @vitest-environment node
// jose checks `instanceof Uint8Array`, which fails across jsdom's realm; the verifier needs no DOM.
import { CompactSign, exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import type { Certificate, Jwks } from "../src/api/types";
import { verifyCertificateSignature } from "../src/certificate/verify";

const makeKey = async (kid: string) => {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  return { privateKey, jwk };
};

const certificateBase: Omit<Certificate, "jws"> = {
  id: "cert-1",
  scope: "batch",
  batchId: "batch-1",
  productId: "patchouli-oil",
  facilityId: "rpb-nilam-aceh-tamiang",
  cooperativeId: "coop-aroma-tamiang",
  quantity: 500,
  grade: "PA-35",
  measurements: [
    { parameter: "patchouliAlcohol", value: 36.2, unit: "%", equipmentId: "eq-1", equipmentKind: "gc", equipmentSerial: "GC-1", calibratedOn: "2026-01-01", calibrationValidUntil: "2027-01-01" },
  ],
  rulebookVersion: "2026.1",
  officerId: "user-officer-aceh",
  measuredOn: "2026-11-28",
  issuedAt: "2026-11-28T10:00:00.000Z",
  validUntil: "2027-11-28",
  status: "valid",
  shortOfNextGrade: null,
};

const sign = async (payload: object, key: CryptoKey, kid: string) =>
  new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: "ES256", kid }).sign(key);

const payloadOf = (certificate: Omit<Certificate, "jws">) => {
  const { id, status: _status, shortOfNextGrade: _shortfall, scope: _scope, ...rest } = certificate;
  return { certificateId: id, ...rest };
};

describe("verifyCertificateSignature", () => {
  it("verifies a certificate signed by a published key", async () => {
    const { privateKey, jwk } = await makeKey("k1");
    const jws = await sign(payloadOf(certificateBase), privateKey, "k1");
    const jwks = { keys: [jwk] } as Jwks;
    expect(await verifyCertificateSignature({ ...certificateBase, jws }, jwks)).toEqual({ outcome: "verified", keyId: "k1" });
  });

  it("notices when the page shows something other than what was signed", async () => {
    const { privateKey, jwk } = await makeKey("k1");
    const jws = await sign(payloadOf(certificateBase), privateKey, "k1");
    const result = await verifyCertificateSignature({ ...certificateBase, grade: "SNI", jws }, { keys: [jwk] } as Jwks);
    expect(result).toMatchObject({ outcome: "mismatch", field: "grade" });
  });

  it("refuses a signature by a key that is not published", async () => {
    const signer = await makeKey("rogue");
    const published = await makeKey("k1");
    const jws = await sign(payloadOf(certificateBase), signer.privateKey, "rogue");
    expect(await verifyCertificateSignature({ ...certificateBase, jws }, { keys: [published.jwk] } as Jwks)).toEqual({ outcome: "invalid", reason: "unknown-key" });
  });

  it("refuses a signature that does not match under the right key id", async () => {
    const signer = await makeKey("k1");
    const published = await makeKey("k1");
    const jws = await sign(payloadOf(certificateBase), signer.privateKey, "k1");
    expect(await verifyCertificateSignature({ ...certificateBase, jws }, { keys: [published.jwk] } as Jwks)).toEqual({ outcome: "invalid", reason: "bad-signature" });
  });
});
