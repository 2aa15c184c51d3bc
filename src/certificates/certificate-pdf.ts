import PDFDocument from 'pdfkit';
import { toBuffer as qrPng } from 'qrcode';
import { registerPdfFonts, useFont, Weight, writeText } from '../pdf/pdf-fonts';
import { contactHours, formatLongDate, withoutBidiControls } from './certificate-format';
import { CERTIFICATE_TITLE } from './issuer';

/** Who issues a certificate, as its PDF prints it. */
export interface PrintedIssuer {
  issuerName: string;
  issuerUrl?: string | null;
  signatoryName?: string | null;
  signatoryTitle?: string | null;
  /** The completion certificate's heading; "Certificate of Completion" when absent. */
  certificateTitle?: string | null;
}

export interface PrintedCertificate extends PrintedIssuer {
  holderName: string;
  programName: string;
  cohortName: string;
  /** `YYYY-MM-DD` */
  cohortStartsOn: string;
  /** `YYYY-MM-DD` */
  cohortEndsOn: string;
  /** The code as shown to people, dashed. */
  code: string;
  issuedAt: Date;
  verifyUrl: string;
  status: 'VALID' | 'REVOKED';
  revokedAt?: Date | null;
}

export interface CertificatePdfData extends PrintedCertificate {
  contactMinutes: number;
}

export interface CeCertificatePdfData extends PrintedCertificate {
  boardName: string;
  approvalNumber: string;
  /** The wording the approving board requires on its certificates. */
  statement?: string | null;
  /** In `unit`: hours (to the quarter or the approval's increment) or CEUs. */
  credit: number;
  unit: 'HOURS' | 'CEUS';
  licenseType: string;
  licenseState: string;
  licenseNumber: string;
  /** e.g. 'Live online', 'In person', 'Live online and in person' */
  deliveryFormat: string;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 60;
const QR_SIZE = 128;
const INK = '#1f2a44';
const MUTED = '#55607a';
const REVOKED_RED = '#b00020';
/** Above the revocation sentence, which sits just above the verification block. */
const SIGNATURE_Y = 352;

/** The completion certificate, under its program's title: one landscape Letter page with a QR code to its verify page. */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  const qr = await qrCode(data.verifyUrl);
  const title = data.certificateTitle || CERTIFICATE_TITLE;
  return render(data, title, (doc) => {
    centered(doc, data.issuerName.toUpperCase(), 55, 'regular', 13, MUTED);
    centered(doc, title, 76, 'bold', 34);
    centered(doc, 'This certifies that', 143, 'regular', 14, MUTED);
    centered(doc, data.holderName, 162, 'bold', 28);
    centered(doc, 'has completed', 215, 'regular', 14, MUTED);
    centered(doc, data.programName, 237, 'bold', 20, INK, 2);
    centered(doc, cohortLine(data), 297, 'regular', 13);
    centered(doc, `${formatHours(contactHours(data.contactMinutes))} contact hours`, 319, 'regular', 13);
    drawSignature(doc, data);
    drawVerification(doc, data, qr);
  });
}

/** A continuing-education certificate for one approving board and one licence. */
export async function renderCeCertificatePdf(data: CeCertificatePdfData): Promise<Buffer> {
  const qr = await qrCode(data.verifyUrl);
  return render(data, 'Continuing Education Certificate', (doc) => {
    centered(doc, data.issuerName.toUpperCase(), 52, 'regular', 12, MUTED);
    centered(doc, 'Continuing Education Certificate', 70, 'bold', 28);
    centered(doc, 'This certifies that', 112, 'regular', 13, MUTED);
    centered(doc, data.holderName, 129, 'bold', 24);
    centered(doc, `License: ${data.licenseType} ${data.licenseState} ${data.licenseNumber}`, 161, 'regular', 12);
    centered(doc, `earned ${creditLine(data)} in`, 181, 'regular', 13, MUTED);
    centered(doc, data.programName, 199, 'bold', 17, INK, 2);
    centered(doc, cohortLine(data), 243, 'regular', 11.5);
    centered(doc, `Delivery: ${data.deliveryFormat}`, 259, 'regular', 11.5);
    const approval = `Approved by ${data.boardName}, approval number ${data.approvalNumber}`;
    centered(doc, approval, 277, 'bold', 11, INK, 2);
    if (data.statement) centered(doc, data.statement, 307, 'italic', 9, MUTED, 3);
    drawSignature(doc, data);
    drawVerification(doc, data, qr);
  });
}

/** "7.5 continuing education hours", or "0.75 CEUs (1 CEU = 10 contact hours)". */
function creditLine(data: CeCertificatePdfData): string {
  const amount = formatHours(data.credit);
  if (data.unit === 'CEUS') return `${amount} ${data.credit === 1 ? 'CEU' : 'CEUs'} (1 CEU = 10 contact hours)`;
  return `${amount} continuing education ${data.credit === 1 ? 'hour' : 'hours'}`;
}

function qrCode(url: string): Promise<Buffer> {
  return qrPng(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: QR_SIZE * 3 });
}

function render(data: PrintedCertificate, title: string, draw: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: plain(`${title}: ${data.holderName}`), Author: plain(data.issuerName), Subject: plain(data.programName) },
  });
  registerPdfFonts(doc);
  const done = collect(doc);
  drawBorder(doc);
  draw(doc);
  if (data.status === 'REVOKED') drawRevoked(doc, data.revokedAt);
  doc.end();
  return done;
}

/** The document's bytes once `doc.end()` has been called. */
export function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawBorder(doc: Doc): void {
  const { width, height } = doc.page;
  doc.lineWidth(3).strokeColor(INK).rect(24, 24, width - 48, height - 48).stroke();
  doc.lineWidth(0.75).rect(32, 32, width - 64, height - 64).stroke();
}

/** pdfkit lays text out left to right and cannot isolate it, so a bidi control (U+202E…) is dropped, never obeyed. */
function plain(text: string): string {
  return withoutBidiControls(text);
}

/**
 * One centred block of at most `lines` lines. A fixed height makes pdfkit cut long text
 * with an ellipsis instead of starting a second page.
 */
function centered(doc: Doc, text: string, y: number, weight: Weight, size: number, color = INK, lines = 1): void {
  const height = useFont(doc, { weight, size }).currentLineHeight(true) * lines;
  doc.fillColor(color);
  writeText(doc, plain(text), { weight, size }, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: 'center', height, ellipsis: true });
}

/** A line to sign on, the signatory's name and title under it; nothing when the program names no signatory. */
function drawSignature(doc: Doc, data: PrintedIssuer): void {
  if (!data.signatoryName) return;
  const width = 240;
  const left = (doc.page.width - width) / 2;
  doc.lineWidth(0.75).strokeColor(INK).moveTo(left, SIGNATURE_Y).lineTo(left + width, SIGNATURE_Y).stroke();
  centered(doc, data.signatoryName, SIGNATURE_Y + 4, 'bold', 12);
  if (data.signatoryTitle) centered(doc, data.signatoryTitle, SIGNATURE_Y + 20, 'regular', 10, MUTED);
}

/** Issue date, code and verify URL on the left; the QR code to the same URL on the right. */
function drawVerification(doc: Doc, data: PrintedCertificate, qr: Buffer): void {
  const top = doc.page.height - MARGIN - QR_SIZE;
  const width = doc.page.width - 2 * MARGIN - QR_SIZE - 24;
  // Baselines about 7pt (label) and 21pt (value) below `y`.
  const field = (label: string, value: string, y: number, weight: Weight = 'regular') => {
    doc.fillColor(MUTED);
    writeText(doc, label, { weight: 'regular', size: 9 }, MARGIN, y - 3, { width, height: 13, ellipsis: true });
    doc.fillColor(INK);
    writeText(doc, plain(value), { weight, size: 12 }, MARGIN, y + 8, { width, height: 17, ellipsis: true });
  };
  field('Issued', formatLongDate(data.issuedAt), top);
  field('Certificate code', data.code, top + 34, 'bold');
  field('Verify at', data.verifyUrl, top + 68);
  doc.image(qr, doc.page.width - MARGIN - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE });
}

/** A watermark across the page and a plain sentence, so a revoked copy cannot pass as valid. */
function drawRevoked(doc: Doc, revokedAt?: Date | null): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-18, { origin: [width / 2, height / 2] });
  doc.fillColor(REVOKED_RED).fillOpacity(0.25);
  writeText(doc, 'REVOKED', { weight: 'bold', size: 120 }, 0, height / 2 - 102, { width, align: 'center', height: 170, lineBreak: false });
  doc.restore();
  const when = revokedAt ? ` on ${formatLongDate(revokedAt)}` : '';
  const y = height - MARGIN - QR_SIZE - 29;
  centered(doc, `REVOKED${when}: this certificate is no longer valid.`, y, 'bold', 14, REVOKED_RED);
}

function cohortLine(data: PrintedCertificate): string {
  return `${data.cohortName}, ${formatLongDate(data.cohortStartsOn)} to ${formatLongDate(data.cohortEndsOn)}`;
}

function formatHours(hours: number): string {
  return hours.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
