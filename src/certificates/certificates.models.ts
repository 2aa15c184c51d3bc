import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarDate } from '../graphql/date.scalar';
import { formatCertificateCode } from './certificate-code';
import { contactHours } from './certificate-format';
import { CertificateStatus } from './certificate-status';
import { CertificateEntity } from './certificate.entity';
import type { VerifiedCertificate } from './certificates.repository';
import { certificatePdfUrl } from './issuer';
import { verifyUrl } from './open-badge-credential';
import { DateTime } from '../graphql/date-time.scalar';

registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

@ObjectType('Certificate')
export class Certificate {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The verification code, in dashed groups' })
  code: string;

  @Field(() => CertificateStatus, { description: 'VALID or REVOKED' })
  status: CertificateStatus;

  @Field(() => DateTime)
  issuedAt: Date;

  @Field(() => ID, { description: 'The holder' })
  userId: string;

  @Field(() => ID)
  cohortId: string;

  @Field(() => String)
  holderName: string;

  @Field(() => String)
  programName: string;

  @Field(() => String)
  cohortName: string;

  @Field(() => CalendarDate)
  cohortStartsOn: string;

  @Field(() => CalendarDate)
  cohortEndsOn: string;

  @Field(() => Int)
  contactMinutes: number;

  @Field(() => Float, { description: 'contactMinutes / 60, to two decimals' })
  contactHours: number;

  @Field(() => String, { description: 'The signed Open Badges 3.0 credential (VC-JWT, RS256)' })
  credentialJwt: string;

  @Field(() => String)
  verifyUrl: string;

  @Field(() => String)
  pdfUrl: string;

  @Field(() => DateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason: string | null;

  static from(entity: CertificateEntity, publicBaseUrl: string): Certificate {
    return Object.assign(new Certificate(), {
      id: entity.id,
      code: formatCertificateCode(entity.code),
      status: entity.revokedAt ? CertificateStatus.REVOKED : CertificateStatus.VALID,
      issuedAt: entity.issuedAt,
      userId: entity.userId,
      cohortId: entity.cohortId,
      holderName: entity.holderName,
      programName: entity.programName,
      cohortName: entity.cohortName,
      cohortStartsOn: entity.cohortStartsOn,
      cohortEndsOn: entity.cohortEndsOn,
      contactMinutes: entity.contactMinutes,
      contactHours: contactHours(entity.contactMinutes),
      credentialJwt: entity.credentialJwt,
      verifyUrl: verifyUrl(publicBaseUrl, entity.code),
      pdfUrl: certificatePdfUrl(publicBaseUrl, entity.code),
      revokedAt: entity.revokedAt,
      revocationReason: entity.revocationReason,
    });
  }
}

@ObjectType('IssueCertificatesResult')
export class IssueCertificatesResult {
  @Field(() => Int, { description: 'Certificates issued by this call' })
  issued: number;

  @Field(() => Int, { description: 'Eligible participants who already held a certificate' })
  alreadyHeld: number;

  @Field(() => Int, { description: 'Participants who have not met every requirement' })
  notEligible: number;

  @Field(() => [Certificate], { description: "Every certificate of the cohort's eligible participants" })
  certificates: Certificate[];
}

/** What anyone may learn from a code: never journal or practicum content. */
@ObjectType('CertificateVerification')
export class CertificateVerification {
  @Field(() => Boolean)
  valid: boolean;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  programName: string | null;

  @Field(() => String, { nullable: true })
  cohortName: string | null;

  @Field(() => DateTime, { nullable: true })
  issuedAt: Date | null;

  @Field(() => Int, { nullable: true })
  contactMinutes: number | null;

  @Field(() => DateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason: string | null;

  static of(entity: VerifiedCertificate | null): CertificateVerification {
    const found = (status: CertificateStatus, certificate: VerifiedCertificate) => ({
      valid: status === CertificateStatus.VALID,
      status,
      code: formatCertificateCode(certificate.code),
      holderName: certificate.holderName,
      programName: certificate.programName,
      cohortName: certificate.cohortName,
      issuedAt: certificate.issuedAt,
      contactMinutes: certificate.contactMinutes,
      revokedAt: certificate.revokedAt,
      revocationReason: certificate.revocationReason,
    });
    if (!entity) {
      return Object.assign(new CertificateVerification(), {
        valid: false, status: CertificateStatus.NOT_FOUND, code: null, holderName: null, programName: null,
        cohortName: null, issuedAt: null, contactMinutes: null, revokedAt: null, revocationReason: null,
      });
    }
    const status = entity.revokedAt ? CertificateStatus.REVOKED : CertificateStatus.VALID;
    return Object.assign(new CertificateVerification(), found(status, entity));
  }
}
