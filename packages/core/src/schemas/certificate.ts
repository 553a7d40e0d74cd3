import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from "./common";
import { z } from "./zod";

export const MeasurementInputSchema = z.object({
  parameter: z.string().min(1).max(64),
  value: z.number().finite(),
  equipmentId: IdSchema,
});

export const IssueCertificateSchema = z
  .object({
    measurements: z.array(MeasurementInputSchema).min(1).max(50),
    measuredOn: IsoDateSchema,
  })
  .strict()
  .openapi("IssueCertificate");
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
      value: z.number().optional(),
      min: z.number().optional(),
      max: z.number().optional(),
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
  pooledBatchIds: z.array(IdSchema).optional(),
  productId: z.string(),
  quantity: z.number().int(),
  cooperativeId: IdSchema,
  grade: z.string().nullable(),
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
    scope: z.enum(["batch", "pooled-delivery"]).default("batch"),
    batchId: IdSchema,
    pooledBatchIds: z.array(IdSchema).optional(),
    productId: z.string(),
    facilityId: IdSchema,
    cooperativeId: IdSchema,
    quantity: z.number().int(),
    grade: z.string().nullable(),
    measurements: z.array(CertifiedMeasurementSchema),
    rulebookVersion: z.string(),
    officerId: z.string(),
    measuredOn: IsoDateSchema,
    issuedAt: IsoDateTimeSchema,
    validUntil: IsoDateSchema,
    status: CertificateStatusSchema,
    shortOfNextGrade: ShortfallSchema.nullable(),
    revokedAt: IsoDateTimeSchema.optional(),
    revocationReason: z.string().optional(),
    jws: z.string(),
  })
  .openapi("Certificate");
export type Certificate = z.infer<typeof CertificateSchema>;

export const CertificateParamsSchema = z.object({ id: IdSchema });
export const RevokeCertificateSchema = z.object({ reason: z.string().trim().min(3).max(1000) }).strict().openapi("RevokeCertificate");
export const VerifyCertificateSchema = z.object({ jws: z.string().min(1).max(60_000) }).strict().openapi("VerifyCertificate");

export const verificationFailureReasons = ["malformed", "bad-signature", "unknown-key", "revoked", "expired", "unknown-certificate"] as const;
export const VerificationResultSchema = z
  .union([
    z.object({ valid: z.literal(true), certificate: CertificateSchema }),
    z.object({ valid: z.literal(false), reason: z.enum(verificationFailureReasons), certificate: CertificateSchema.optional() }),
  ])
  .openapi("VerificationResult");

export const JwksSchema = z
  .object({ keys: z.array(z.object({ kty: z.string(), kid: z.string(), crv: z.string().optional(), x: z.string().optional(), y: z.string().optional(), alg: z.string().optional(), use: z.string().optional() })) })
  .openapi("JWKS");
