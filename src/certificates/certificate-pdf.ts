import PDFDocument from 'pdfkit';
import { toBuffer as qrPng } from 'qrcode';
import { registerPdfFonts, useFont, Weight, writeText } from '../pdf/pdf-fonts';
import { contactHours, formatLongDate, withoutBidiControls } from './certificate-format';

interface PrintedCertificate {
  issuerName: string;
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
  ceHours: number;
  /** The wording the approving board requires on its certificates. */
  statement?: string | null;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 60;
const QR_SIZE = 128;
const INK = '#1f2a44';
const MUTED = '#55607a';
const REVOKED_RED = '#b00020';

/** The Certificate of Completion: one landscape Letter page with a QR code to its verify page. */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  const qr = await qrCode(data.verifyUrl);
  return render(data, 'Certificate of Completion', (doc) => {
    centered(doc, data.issuerName.toUpperCase(), 55, 'regular', 13, MUTED);
    centered(doc, 'Certificate of Completion', 76, 'bold', 34);
    centered(doc, 'This certifies that', 143, 'regular', 14, MUTED);
    centered(doc, data.holderName, 162, 'bold', 28);
    centered(doc, 'has completed', 215, 'regular', 14, MUTED);
    centered(doc, data.programName, 237, 'bold', 20, INK, 2);
    centered(doc, cohortLine(data), 297, 'regular', 13);
    centered(doc, `${formatHours(contactHours(data.contactMinutes))} contact hours`, 319, 'regular', 13);
    drawVerification(doc, data, qr);
  });
}

/** A continuing-education certificate for one approving board. */
export async function renderCeCertificatePdf(data: CeCertificatePdfData): Promise<Buffer> {
  const qr = await qrCode(data.verifyUrl);
  return render(data, 'Continuing Education Certificate', (doc) => {
    centered(doc, data.issuerName.toUpperCase(), 55, 'regular', 13, MUTED);
    centered(doc, 'Continuing Education Certificate', 75, 'bold', 30);
    centered(doc, 'This certifies that', 131, 'regular', 14, MUTED);
    centered(doc, data.holderName, 149, 'bold', 26);
    centered(doc, `earned ${formatHours(data.ceHours)} continuing education hours in`, 195, 'regular', 14, MUTED);
    centered(doc, data.programName, 216, 'bold', 18, INK, 2);
    centered(doc, cohortLine(data), 268, 'regular', 12);
    const approval = `Approved by ${data.boardName}, approval number ${data.approvalNumber}`;
    centered(doc, approval, 288, 'bold', 12, INK, 2);
    if (data.statement) centered(doc, data.statement, 325, 'italic', 9.5, MUTED, 5);
    drawVerification(doc, data, qr);
  });
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
