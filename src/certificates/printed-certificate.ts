import type { ProgramEntity } from '../programs/program.entity';
import { formatCertificateCode } from './certificate-code';
import type { CertificatePdfData, PrintedIssuer } from './certificate-pdf';
import type { CertificateEntity } from './certificate.entity';
import { issuerProfile } from './issuer';
import { verifyUrl } from './open-badge-credential';

/** A program's issuer as printed today: for documents that keep no snapshot of their own (CE records without a certificate, transcripts). */
export function printedIssuer(program: ProgramEntity): PrintedIssuer {
  const { issuerEmail: _notPrinted, ...printed } = issuerProfile(program);
  return printed;
}

/** What both PDFs (completion and CE) print about a certificate, with the issuer it was issued under. */
export function printedCertificate(certificate: CertificateEntity, publicBaseUrl: string): CertificatePdfData {
  return {
    issuerName: certificate.issuerName,
    issuerUrl: certificate.issuerUrl,
    signatoryName: certificate.signatoryName,
    signatoryTitle: certificate.signatoryTitle,
    certificateTitle: certificate.certificateTitle,
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
