/** The name every credential, status list and PDF gives the issuing service. */
export const ISSUER_NAME = 'IECMHC Consultant Training';

/** Where a certificate's PDF is served, for a normalized code. */
export function certificatePdfUrl(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl}/certificates/${encodeURIComponent(code)}.pdf`;
}
