import { createSign, generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import { compactVerify, importJWK } from "jose";
import { describe, expect, it } from "vitest";
import { canonicalJson, derToJoseSignature } from "../src";

describe("canonical JSON", () => {
  it("does not depend on the order keys were added in", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(record);
      }),
    );
  });

  it("sorts nested keys and refuses what JSON cannot carry", () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
    expect(() => canonicalJson({ value: Number.NaN })).toThrow();
  });
});

describe("DER to JOSE ECDSA signatures (what KMS returns vs what JWS wants)", () => {
  it("turns a DER signature from an ECDSA P-256 signer into a JWS that verifies", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const header = Buffer.from(JSON.stringify({ alg: "ES256" })).toString("base64url");
      const payload = Buffer.from(canonicalJson({ attempt })).toString("base64url");
      const der = createSign("SHA256").update(`${header}.${payload}`).sign(privateKey);
      const jws = `${header}.${payload}.${Buffer.from(derToJoseSignature(der)).toString("base64url")}`;
      const { payload: verified } = await compactVerify(jws, await importJWK({ ...jwk, alg: "ES256" }, "ES256"));
      expect(JSON.parse(new TextDecoder().decode(verified))).toEqual({ attempt });
    }
  });
});
