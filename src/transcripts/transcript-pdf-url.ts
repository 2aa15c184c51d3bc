/** Where a participant's hours transcript is served as PDF (signed-in, like the query). */
export function transcriptPdfUrl(publicBaseUrl: string, cohortId: string, userId: string): string {
  return `${publicBaseUrl}/cohorts/${cohortId}/transcripts/${userId}.pdf`;
}
