import PDFDocument from 'pdfkit';
import { collect } from '../certificates/certificate-pdf';
// Bidi controls in names are dropped, never obeyed: pdfkit cannot isolate right-to-left text.
import { contactHours, formatLongDate, withoutBidiControls } from '../certificates/certificate-format';
import { Transcript, TranscriptLine } from './transcript';
import { registerPdfFonts, TextStyle, Weight, writeText } from '../pdf/pdf-fonts';
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
export function renderTranscriptPdf(data: TranscriptPdfData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    info: { Title: withoutBidiControls(`Hours transcript: ${data.holderName}`), Author: withoutBidiControls(data.issuerName), Subject: withoutBidiControls(data.programName) },
  });
  registerPdfFonts(doc);
  const done = collect(doc);
  drawHeading(doc, data);
  drawTable(doc, 'Required sessions, practicum and journals', data.lines);
  drawTotals(doc, data);
  if (data.optionalLines.length) drawTable(doc, 'Optional sessions (not counted toward completion or contact hours)', data.optionalLines);
  doc.moveDown(1).fillColor(MUTED);
  writeText(doc, CONTACT_RULE, { weight: 'italic', size: 9 }, MARGIN);
  doc.end();
  return done;
}

function drawHeading(doc: Doc, data: TranscriptPdfData): void {
  const body: TextStyle = { weight: 'regular', size: 11 };
  doc.fillColor(MUTED);
  writeText(doc, withoutBidiControls(data.issuerName.toUpperCase()), body);
  doc.fillColor(INK);
  writeText(doc, 'Hours transcript', { weight: 'bold', size: 22 });
  writeText(doc.moveDown(0.4), withoutBidiControls(data.holderName), { weight: 'bold', size: 15 });
  writeText(doc, withoutBidiControls(data.programName), body);
  writeText(doc, withoutBidiControls(`${data.cohortName}, ${formatLongDate(data.cohortStartsOn)} to ${formatLongDate(data.cohortEndsOn)}`), body);
  doc.fillColor(MUTED);
  writeText(doc, `Times in ${data.timeZone}. Produced ${formatLongDate(data.producedOn)}.`, body);
}

function drawTable(doc: Doc, title: string, lines: TranscriptLine[]): void {
  doc.moveDown(1).fillColor(INK);
  writeText(doc, title, { weight: 'bold', size: 12 }, MARGIN);
  row(doc, ['Category', 'Count', 'Hours', 'Made up'], 'bold', MUTED);
  for (const line of lines) {
    row(doc, [categoryName(line.category), String(line.sessions), hours(line.minutes), line.madeUpMinutes ? hours(line.madeUpMinutes) : '']);
  }
}

function drawTotals(doc: Doc, data: Transcript): void {
  doc.moveDown(0.6);
  row(doc, ['Contact hours', '', hours(data.contactMinutes), ''], 'bold');
  row(doc, ['Made-up hours (not contact hours)', '', hours(data.madeUpMinutes), '']);
  row(doc, ['Optional hours (not contact hours)', '', hours(data.optionalMinutes), '']);
}

function row(doc: Doc, [category, sessions, total, madeUp]: string[], weight: Weight = 'regular', color = INK): void {
  const y = doc.y + 4;
  const style: TextStyle = { weight, size: 10.5 };
  doc.fillColor(color);
  writeText(doc, category, style, COLUMNS.category, y, { width: COLUMNS.sessions - COLUMNS.category - 8 });
  const bottom = doc.y;
  writeText(doc, sessions, style, COLUMNS.sessions, y, { width: 60, align: 'right' });
  writeText(doc, total, style, COLUMNS.hours, y, { width: 52, align: 'right' });
  writeText(doc, madeUp, style, COLUMNS.madeUp, y, { width: 52, align: 'right' });
  doc.x = MARGIN;
  doc.y = Math.max(bottom, doc.y);
}

function hours(minutes: number): string {
  return contactHours(minutes).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
