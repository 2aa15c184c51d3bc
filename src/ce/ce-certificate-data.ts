import type { CeCertificatePdfData, PrintedIssuer } from '../certificates/certificate-pdf';
import { ceCredit } from './ce-credit';
import { ceVerifyUrl } from './ce-urls';
import type { PrintedCeRecordRow } from './ce.repository';

/** What a record's CE certificate prints; its QR code opens the record's public page. */
export function ceCertificatePdfData(record: PrintedCeRecordRow, issuer: PrintedIssuer, publicBaseUrl: string): CeCertificatePdfData {
  return {
    ...issuer,
    holderName: record.holderName,
    programName: record.programName,
    cohortName: record.cohortName,
    cohortStartsOn: record.cohortStartsOn,
    cohortEndsOn: record.cohortEndsOn,
    code: record.id,
    issuedAt: record.updatedAt,
    verifyUrl: ceVerifyUrl(publicBaseUrl, record.id),
    status: record.revokedAt ? 'REVOKED' : 'VALID',
    revokedAt: record.revokedAt,
    boardName: record.board,
    approvalNumber: record.approvalNumber,
    statement: record.statement,
    credit: ceCredit(record.minutes, record.incrementMinutes, record.unit).amount,
    unit: record.unit,
    licenseType: record.licenseType ?? 'not recorded',
    licenseState: record.licenseState ?? '',
    licenseNumber: record.licenseNumber ?? '',
    deliveryFormat: deliveryFormat(record.modalities),
  };
}

/** How the credited sessions met, from their modalities (a hybrid session counts as both). */
export function deliveryFormat(modalities: readonly string[]): string {
  const online = modalities.includes('ONLINE') || modalities.includes('HYBRID');
  const inPerson = modalities.includes('IN_PERSON') || modalities.includes('HYBRID');
  if (online && inPerson) return 'Live online and in person';
  if (online) return 'Live online';
  if (inPerson) return 'In person';
  return 'Live sessions';
}
