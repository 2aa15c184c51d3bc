/** Plain enum (no Nest imports); GraphQL registers it in certificates.models.ts. */
export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  NOT_FOUND = 'NOT_FOUND',
}
