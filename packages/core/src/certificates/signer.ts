import type { CertificatePayload } from "../schemas/certificate";

export interface PublicJwk {
  kty: string;
  kid: string;
  crv?: string;
  x?: string;
  y?: string;
  alg?: string;
  use?: string;
}

/** Signs certificates as compact JWS (ES256). KMS on AWS, a local P-256 key on a laptop. */
export interface CertificateSigner {
  sign(payload: CertificatePayload): Promise<string>;
  /** The keys anyone needs to verify certificates offline, as a JWKS's `keys`. */
  publicKeys(): Promise<PublicJwk[]>;
}

export const certificateJwsType = "fsm-certificate+jws";
