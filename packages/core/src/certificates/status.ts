import type { Certificate } from "../schemas/certificate";

/** Status is derived, never stored: a certificate expires by the calendar, not by a write. */
export const certificateStatus = (certificate: { revokedAt?: string; validUntil: string }, today: string): Certificate["status"] =>
  certificate.revokedAt ? "revoked" : certificate.validUntil < today ? "expired" : "valid";

export const presentCertificate = <Stored extends Omit<Certificate, "status">>(stored: Stored, today: string): Certificate => ({
  ...stored,
  status: certificateStatus(stored, today),
});
