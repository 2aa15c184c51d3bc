import { formatCertificateCode } from './certificate-code';
import type { CertificatePdfData } from './certificate-pdf';
import type { CertificateEntity } from './certificate.entity';
import { ISSUER_NAME } from './issuer';
import { verifyUrl } from './open-badge-credential';

/** What both PDFs (completion and CE) print about a certificate. */
export function printedCertificate(certificate: CertificateEntity, publicBaseUrl: string): CertificatePdfData {
  return {
    issuerName: ISSUER_NAME,
    holderName: certificate.holderName,
    programName: certificate.programName,
    cohortName: certificate.cohortName,
    cohortStartsOn: certificate.cohortStartsOn,
    cohortEndsOn: certificate.cohortEndsOn,
    contactMinutes: certificate.contactMinutes,
    code: formatCertificateCode(certificate.code),
    issuedAt: certificate.issuedAt,
    verifyUrl: verifyUrl(publicBaseUrl, certificate.code),
    status: certificate.revokedAt ? 'REVOKED' : 'VALID',
    revokedAt: certificate.revokedAt,
  };
}
