/** The organisation certificates name when their program names none: the deployment's own. */
export const ISSUER_NAME = 'IECMHC Consultant Training';
/** What a completion certificate is called when its program gives it no title of its own. */
export const CERTIFICATE_TITLE = 'Certificate of Completion';

/** Who issues a program's certificates, as printed, shown on the verify page and signed into credentials. */
export interface IssuerProfile {
  issuerName: string;
  issuerUrl: string | null;
  issuerEmail: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  certificateTitle: string;
}

/** The profile fields a program keeps; null where it keeps none. */
export type ProgramIssuerFields = { [K in keyof IssuerProfile]: string | null };

/** A program's profile as of today, with the deployment's defaults where the program names none. */
export function issuerProfile(program: ProgramIssuerFields): IssuerProfile {
  return {
    issuerName: program.issuerName ?? ISSUER_NAME,
    issuerUrl: program.issuerUrl,
    issuerEmail: program.issuerEmail,
    signatoryName: program.signatoryName,
    signatoryTitle: program.signatoryTitle,
    certificateTitle: program.certificateTitle ?? CERTIFICATE_TITLE,
  };
}

/** The deployment's own profile: what the status list and credentials issued before programs had profiles name. */
export const DEPLOYMENT_ISSUER: IssuerProfile = issuerProfile({
  issuerName: null, issuerUrl: null, issuerEmail: null, signatoryName: null, signatoryTitle: null, certificateTitle: null,
});

/** Where a certificate's PDF is served, for a normalized code. */
export function certificatePdfUrl(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl}/certificates/${encodeURIComponent(code)}.pdf`;
}
