import { writeFileSync } from 'node:fs';
import { renderTranscriptPdf, TranscriptPdfData } from './transcript-pdf';

const transcript: TranscriptPdfData = {
  cohortId: 'c0a8012e-0000-4000-8000-000000000001',
  userId: 'c0a8012e-0000-4000-8000-000000000002',
  holderName: 'Cy Okonkwo-Lindqvist',
  programName: 'Early Relationships Consultation Course',
  cohortName: 'Cohort 2026-27',
  cohortStartsOn: '2026-09-01',
  cohortEndsOn: '2027-06-30',
  timeZone: 'America/New_York',
  contactMinutes: 2580,
  optionalMinutes: 2100,
  madeUpMinutes: 90,
  lines: [
    { category: 'CIRCLE_OF_SECURITY', sessions: 6, minutes: 540, madeUpMinutes: 0 },
    { category: 'FACULTY_SEMINAR', sessions: 8, minutes: 1050, madeUpMinutes: 90 },
    { category: 'PRACTICUM', sessions: 4, minutes: 480, madeUpMinutes: 0 },
    { category: 'JOURNALS', sessions: 3, minutes: 270, madeUpMinutes: 0 },
  ],
  optionalLines: [{ category: 'CIRCLE_OF_SECURITY', sessions: 5, minutes: 2100, madeUpMinutes: 0 }],
  issuerName: 'Example IECMHC Consultant Training Program',
  producedOn: '2026-11-24',
};

/** The shown text of an uncompressed pdfkit file: its TJ operators' hex strings, one line each. */
function shownText(pdf: Buffer): string {
  const operators = pdf.toString('latin1').match(/\[[^\]]*\] TJ/g) ?? [];
  const decode = (hex: string) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1');
  const line = (operator: string) => (operator.match(/<[0-9a-f]*>/g) ?? []).map(decode).join('');
  return operators.map(line).join('\n');
}

describe('renderTranscriptPdf', () => {
  it('prints each category with its hours, contact hours, and the optional training apart', async () => {
    const pdf = await renderTranscriptPdf(transcript, { compress: false });
    if (process.env.WRITE_PDF) writeFileSync(process.env.WRITE_PDF, pdf);
    const text = shownText(pdf);
    for (const expected of ['Hours transcript', 'Cy Okonkwo-Lindqvist', 'Circle of Security groups', 'Faculty seminars', '17.50', '1.50',
      'Practicum (approved entries)', 'Reflective journals (expected time, an estimate)', 'Contact hours', '43.00', '35.00',
      'Optional sessions (not counted toward completion or contact hours)', 'America/New_York']) {
      expect(text).toContain(expected);
    }
  });

  it('leaves out the optional table when nothing optional was attended', async () => {
    const text = shownText(await renderTranscriptPdf({ ...transcript, optionalLines: [], optionalMinutes: 0 }, { compress: false }));
    expect(text).not.toContain('Optional sessions (not counted');
  });
});
