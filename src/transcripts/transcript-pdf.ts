import PDFDocument from 'pdfkit';
import { collect, PdfRenderOptions } from '../certificates/certificate-pdf';
// Bidi controls in names are dropped, never obeyed: pdfkit cannot isolate right-to-left text.
import { contactHours, formatLongDate, withoutBidiControls } from '../certificates/certificate-format';
import { Transcript, TranscriptLine } from './transcript';
import { categoryName } from './transcript-categories';

export interface TranscriptPdfData extends Transcript {
  issuerName: string;
  /** `YYYY-MM-DD`, the day it was produced. */
  producedOn: string;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 56;
const INK = '#1f2a44';
const MUTED = '#55607a';
const COLUMNS = { category: MARGIN, sessions: 380, hours: 450, madeUp: 510 };

const CONTACT_RULE =
  'Contact hours count live attendance (present for at least the cohort’s minimum share) at required sessions only. ' +
  'Made-up sessions, optional sessions, practicum and journals are shown but are not contact hours.';

/** The hours transcript: one Letter page (more when there are many categories) for endorsement portfolios. */
export function renderTranscriptPdf(data: TranscriptPdfData, options: PdfRenderOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: withoutBidiControls(`Hours transcript: ${data.holderName}`), Author: withoutBidiControls(data.issuerName), Subject: withoutBidiControls(data.programName) },
  });
  const done = collect(doc);
  drawHeading(doc, data);
  drawTable(doc, 'Required sessions, practicum and journals', data.lines);
  drawTotals(doc, data);
  if (data.optionalLines.length) drawTable(doc, 'Optional sessions (not counted toward completion or contact hours)', data.optionalLines);
  doc.moveDown(1).font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(CONTACT_RULE, MARGIN);
  doc.end();
  return done;
}

function drawHeading(doc: Doc, data: TranscriptPdfData): void {
  doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(withoutBidiControls(data.issuerName.toUpperCase()));
  doc.font('Helvetica-Bold').fontSize(22).fillColor(INK).text('Hours transcript');
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(15).text(withoutBidiControls(data.holderName));
  doc.font('Helvetica').fontSize(11).text(withoutBidiControls(data.programName));
  doc.text(withoutBidiControls(`${data.cohortName}, ${formatLongDate(data.cohortStartsOn)} to ${formatLongDate(data.cohortEndsOn)}`));
  doc.fillColor(MUTED).text(`Times in ${data.timeZone}. Produced ${formatLongDate(data.producedOn)}.`);
}

function drawTable(doc: Doc, title: string, lines: TranscriptLine[]): void {
  doc.moveDown(1).font('Helvetica-Bold').fontSize(12).fillColor(INK).text(title, MARGIN);
  row(doc, ['Category', 'Count', 'Hours', 'Made up'], 'Helvetica-Bold', MUTED);
  for (const line of lines) {
    row(doc, [categoryName(line.category), String(line.sessions), hours(line.minutes), line.madeUpMinutes ? hours(line.madeUpMinutes) : '']);
  }
}

function drawTotals(doc: Doc, data: Transcript): void {
  doc.moveDown(0.6);
  row(doc, ['Contact hours', '', hours(data.contactMinutes), ''], 'Helvetica-Bold');
  row(doc, ['Made-up hours (not contact hours)', '', hours(data.madeUpMinutes), '']);
  row(doc, ['Optional hours (not contact hours)', '', hours(data.optionalMinutes), '']);
}

function row(doc: Doc, [category, sessions, total, madeUp]: string[], font = 'Helvetica', color = INK): void {
  const y = doc.y + 4;
  doc.font(font).fontSize(10.5).fillColor(color);
  doc.text(category, COLUMNS.category, y, { width: COLUMNS.sessions - COLUMNS.category - 8 });
  const bottom = doc.y;
  doc.text(sessions, COLUMNS.sessions, y, { width: 60, align: 'right' });
  doc.text(total, COLUMNS.hours, y, { width: 52, align: 'right' });
  doc.text(madeUp, COLUMNS.madeUp, y, { width: 52, align: 'right' });
  doc.x = MARGIN;
  doc.y = Math.max(bottom, doc.y);
}

function hours(minutes: number): string {
  return contactHours(minutes).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
