import { writeFileSync } from 'node:fs';
import { pdfText, pdfTexts } from '../../test/support/pdf-text';
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

/** Names in the scripts the programs' consultants write them in, and one that mixes them. */
const HOLDER_NAMES = ['Nguyễn Thị Minh Khai', '陈美玲', '김민지', '山田 花子', 'Zażółć Gęślą', 'Lucía 陈 Nguyễn'];

describe('renderTranscriptPdf', () => {
  it('prints each category with its hours, contact hours, and the optional training apart', async () => {
    const pdf = await renderTranscriptPdf(transcript);
    if (process.env.WRITE_PDF) writeFileSync(process.env.WRITE_PDF, pdf);
    const text = pdfText(pdf);
    for (const expected of ['Hours transcript', 'Cy Okonkwo-Lindqvist', 'Circle of Security groups', 'Faculty seminars', '17.50', '1.50',
      'Practicum (approved entries)', 'Reflective journals (expected time, an estimate)', 'Contact hours', '43.00', '35.00',
      'Optional sessions (not counted toward completion or contact hours)', 'America/New_York']) {
      expect(text).toContain(expected);
    }
  });

  it('leaves out the optional table when nothing optional was attended', async () => {
    const text = pdfText(await renderTranscriptPdf({ ...transcript, optionalLines: [], optionalMinutes: 0 }));
    expect(text).not.toContain('Optional sessions (not counted');
  });

  it('prints Vietnamese, Chinese, Korean, Japanese, Polish and mixed names exactly', async () => {
    const pdfs = await Promise.all(HOLDER_NAMES.map((holderName) => renderTranscriptPdf({ ...transcript, holderName })));
    const holders = pdfTexts(pdfs).map((text) => {
      const lines = text.split('\n');
      return lines[lines.indexOf('Hours transcript') + 1];
    });
    expect(holders).toEqual(HOLDER_NAMES);
  });
});
