/** The CE certificate of a record, as PDF; it names the licence, so only the holder and admins fetch it. */
export function ceCertificateUrl(publicBaseUrl: string, recordId: string): string {
  return `${publicBaseUrl}/ce-records/${recordId}.pdf`;
}

/** The public page a CE certificate's QR code opens: the record, without the licence. */
export function ceVerifyUrl(publicBaseUrl: string, recordId: string): string {
  return `${publicBaseUrl}/verify/ce/${recordId}`;
}
