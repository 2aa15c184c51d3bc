/** Where the CE certificate of one board's approval is served, for a normalized certificate code. */
export function cePdfUrl(publicBaseUrl: string, code: string, approvalId: string): string {
  return `${publicBaseUrl}/certificates/${encodeURIComponent(code)}/ce/${approvalId}.pdf`;
}
