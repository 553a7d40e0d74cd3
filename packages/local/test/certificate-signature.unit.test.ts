import fc from "fast-check";
import { compactVerify, createLocalJWKSet } from "jose";
import { describe, expect, it } from "vitest";
import type { CertificatePayload } from "@fsm/core";
import { createLocalSigner } from "../src/local-signer";

const payload: CertificatePayload = {
  certificateId: "ct_test",
  scope: "batch",
  batchId: "bt_test",
  productId: "patchouli-oil",
  quantity: 320,
  cooperativeId: "coop-aroma-tamiang",
  grade: "PA-35",
  measurements: [
    { parameter: "patchouliAlcohol", value: 35.4, unit: "%", equipmentId: "eq_1", equipmentKind: "gc", equipmentSerial: "GC-1", calibratedOn: "2026-10-01", calibrationValidUntil: "2027-10-01" },
  ],
  rulebookVersion: "2026.1",
  officerId: "user-officer-aceh",
  facilityId: "rpb-nilam-aceh-tamiang",
  measuredOn: "2026-11-20",
  issuedAt: "2026-11-21T00:00:00.000Z",
  validUntil: "2027-11-20",
};

const base64urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const verifies = async (jws: string, keys: Awaited<ReturnType<Awaited<ReturnType<typeof createLocalSigner>>["publicKeys"]>>) =>
  compactVerify(jws, createLocalJWKSet({ keys }), { algorithms: ["ES256"] }).then(
    () => true,
    () => false,
  );

/** Whether two base64url segments decode to different bytes (a last-character change may not). */
const decodesDifferently = (a: string, b: string) => !Buffer.from(a, "base64url").equals(Buffer.from(b, "base64url"));

describe("a signed certificate", () => {
  it("verifies with the published key and fails on any change that alters its bytes", async () => {
    const signer = await createLocalSigner();
    const jws = await signer.sign(payload);
    const keys = await signer.publicKeys();
    expect(await verifies(jws, keys)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: jws.length - 1 }), fc.constantFrom(...base64urlAlphabet), async (position, replacement) => {
        if (jws[position] === "." || jws[position] === replacement) return;
        const changed = jws.slice(0, position) + replacement + jws.slice(position + 1);
        const segment = jws.slice(0, position).split(".").length - 1;
        if (!decodesDifferently(jws.split(".")[segment] as string, changed.split(".")[segment] as string)) return;
        expect(await verifies(changed, keys)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("fails when any field of the payload is changed and re-encoded under the old signature", async () => {
    const signer = await createLocalSigner();
    const jws = await signer.sign(payload);
    const keys = await signer.publicKeys();
    const [header, , signature] = jws.split(".");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(payload)), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), async (field, value) => {
        const original = (payload as unknown as Record<string, unknown>)[field];
        if (JSON.stringify(original) === JSON.stringify(value)) return;
        const forged = Buffer.from(JSON.stringify({ ...payload, [field]: value })).toString("base64url");
        expect(await verifies(`${header}.${forged}.${signature}`, keys)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
