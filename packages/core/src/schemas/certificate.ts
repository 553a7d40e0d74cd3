import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from "./common";
import * as z from "zod/mini";

export const MeasurementInputSchema = z.object({
  parameter: z.string().check(z.minLength(1), z.maxLength(64)),
  value: z.number(),
  equipmentId: IdSchema,
});

export const IssueCertificateSchema = z
  .strictObject({
    measurements: z.array(MeasurementInputSchema).check(z.minLength(1), z.maxLength(50)),
    measuredOn: IsoDateSchema,
  })
  .register(z.globalRegistry, { id: "IssueCertificate" });
export type IssueCertificate = z.infer<typeof IssueCertificateSchema>;

export const CertifiedMeasurementSchema = z.object({
  parameter: z.string(),
  value: z.number(),
  unit: z.string(),
  equipmentId: IdSchema,
  equipmentKind: z.string(),
  equipmentSerial: z.string(),
  calibratedOn: IsoDateSchema,
  calibrationValidUntil: IsoDateSchema,
});
export type CertifiedMeasurement = z.infer<typeof CertifiedMeasurementSchema>;

export const ShortfallSchema = z.object({
  grade: z.string(),
  failures: z.array(
    z.object({
      parameter: z.string(),
      value: z.optional(z.number()),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      reason: z.enum(["missing", "below", "above"]),
    }),
  ),
});

/** What the signature covers; the JWS payload is this object in canonical JSON. */
export const CertificatePayloadSchema = z.object({
  certificateId: IdSchema,
  scope: z.enum(["batch", "pooled-delivery"]),
  /** The batch; for a pooled delivery, the order whose blended lot was re-tested. */
  batchId: IdSchema,
  pooledBatchIds: z.optional(z.array(IdSchema)),
  productId: z.string(),
  quantity: z.int(),
  cooperativeId: IdSchema,
  grade: z.nullable(z.string()),
  measurements: z.array(CertifiedMeasurementSchema),
  rulebookVersion: z.string(),
  officerId: z.string(),
  facilityId: IdSchema,
  measuredOn: IsoDateSchema,
  issuedAt: IsoDateTimeSchema,
  validUntil: IsoDateSchema,
});
export type CertificatePayload = z.infer<typeof CertificatePayloadSchema>;

export const CertificateStatusSchema = z.enum(["valid", "revoked", "expired"]);
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;

export const CertificateSchema = z
  .object({
    id: IdSchema,
    scope: z._default(z.enum(["batch", "pooled-delivery"]), "batch"),
    batchId: IdSchema,
    pooledBatchIds: z.optional(z.array(IdSchema)),
    productId: z.string(),
    facilityId: IdSchema,
    cooperativeId: IdSchema,
    quantity: z.int(),
    grade: z.nullable(z.string()),
    measurements: z.array(CertifiedMeasurementSchema),
    rulebookVersion: z.string(),
    officerId: z.string(),
    measuredOn: IsoDateSchema,
    issuedAt: IsoDateTimeSchema,
    validUntil: IsoDateSchema,
    status: CertificateStatusSchema,
    shortOfNextGrade: z.nullable(ShortfallSchema),
    revokedAt: z.optional(IsoDateTimeSchema),
    revocationReason: z.optional(z.string()),
    jws: z.string(),
  })
  .register(z.globalRegistry, { id: "Certificate" });
export type Certificate = z.infer<typeof CertificateSchema>;

export const CertificateParamsSchema = z.object({ id: IdSchema });
export const RevokeCertificateSchema = z
  .strictObject({ reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(1000)) })
  .register(z.globalRegistry, { id: "RevokeCertificate" });
export const VerifyCertificateSchema = z
  .strictObject({ jws: z.string().check(z.minLength(1), z.maxLength(60_000)) })
  .register(z.globalRegistry, { id: "VerifyCertificate" });

export const verificationFailureReasons = ["malformed", "bad-signature", "unknown-key", "revoked", "expired", "unknown-certificate"] as const;
export const VerificationResultSchema = z
  .union([
    z.object({ valid: z.literal(true), certificate: CertificateSchema }),
    z.object({ valid: z.literal(false), reason: z.enum(verificationFailureReasons), certificate: z.optional(CertificateSchema) }),
  ])
  .register(z.globalRegistry, { id: "VerificationResult" });

export const JwksSchema = z
  .object({
    keys: z.array(
      z.object({
        kty: z.string(),
        kid: z.string(),
        crv: z.optional(z.string()),
        x: z.optional(z.string()),
        y: z.optional(z.string()),
        alg: z.optional(z.string()),
        use: z.optional(z.string()),
      }),
    ),
  })
  .register(z.globalRegistry, { id: "JWKS" });
