import { pdfText, pdfTexts } from '../../test/support/pdf-text';
import {
  CeCertificatePdfData,
  CertificatePdfData,
  renderCeCertificatePdf,
  renderCertificatePdf,
} from './certificate-pdf';

const certificate: CertificatePdfData = {
  issuerName: 'Example IECMHC Consultant Training Program',
  holderName: 'Ana María Quintero',
  programName: 'IECMHC Consultant Training',
  cohortName: 'Cohort 2025-26 Statewide',
  cohortStartsOn: '2025-09-04',
  cohortEndsOn: '2026-06-18',
  contactMinutes: 3450,
  code: '7K3M-9QXR-2B4T-Z8WN-J6HC-5DPF-0GAV',
  issuedAt: new Date('2026-06-30T17:45:12Z'),
  verifyUrl: 'https://training.example.org/verify/7K3M9QXR2B4TZ8WNJ6HC5DPF0GAV',
  status: 'VALID',
};

const ceCertificate: CeCertificatePdfData = {
  ...certificate,
  boardName: 'Board of Behavioral Sciences',
  approvalNumber: 'CEPA-1234567',
  statement: 'This course meets the qualifications for 24.5 hours of continuing education credit.',
  credit: 24.5,
  unit: 'HOURS',
  licenseType: 'LCSW',
  licenseState: 'CA',
  licenseNumber: '12345',
  deliveryFormat: 'Live online and in person',
};

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** Names in the scripts the programs' consultants write them in, and one that mixes them. */
const HOLDER_NAMES = ['Nguyễn Thị Minh Khai', '陈美玲', '김민지', '山田 花子', 'Zażółć Gęślą', 'Lucía 陈 Nguyễn'];

/** The line printed under "This certifies that". */
function printedHolder(text: string): string {
  const lines = text.split('\n');
  return lines[lines.indexOf('This certifies that') + 1];
}

/** A document-information string, which pdfkit writes uncompressed as an indirect object, UTF-16 when not ASCII. */
function info(pdf: Buffer, key: string): string | undefined {
  const raw = pdf.toString('latin1');
  const ref = raw.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1];
  const value = ref ? raw.match(new RegExp(`\\n${ref} 0 obj\\n\\((.*?)\\)\\nendobj`, 's'))?.[1] : undefined;
  if (value === undefined) return undefined;
  const bytes = Buffer.from(value, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : value;
}

describe('renderCertificatePdf', () => {
  it('renders one page naming the holder, program, hours, code and verify URL', async () => {
    const pdf = await renderCertificatePdf(certificate);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      'Certificate of Completion',
      'Ana María Quintero',
      'IECMHC Consultant Training',
      'Cohort 2025-26 Statewide, September 4, 2025 to June 18, 2026',
      '57.5 contact hours',
      'June 30, 2026',
      certificate.code,
      certificate.verifyUrl,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('REVOKED');
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it("prints the program's certificate title and the signatory's name and title on a signature line", async () => {
    const signed = { ...certificate, certificateTitle: 'Certificate in Reflective Consultation', signatoryName: 'Dr. Rosa Example', signatoryTitle: 'Program Director' };
    const text = pdfText(await renderCertificatePdf(signed));
    expect(text).toContain('Certificate in Reflective Consultation');
    expect(text).not.toContain('Certificate of Completion');
    expect(text).toContain('Dr. Rosa Example\nProgram Director');
    expect(pdfText(await renderCertificatePdf(certificate))).not.toContain('Program Director');
  });

  it('sets the title and author metadata', async () => {
    const pdf = await renderCertificatePdf(certificate);
    expect(info(pdf, 'Title')).toBe('Certificate of Completion: Ana María Quintero');
    expect(info(pdf, 'Author')).toBe('Example IECMHC Consultant Training Program');
  });

  it('prints Vietnamese, Chinese, Korean, Japanese, Polish and mixed names exactly, in embedded fonts', async () => {
    const pdfs = await Promise.all(HOLDER_NAMES.map((holderName) => renderCertificatePdf({ ...certificate, holderName })));
    expect(pdfTexts(pdfs).map(printedHolder)).toEqual(HOLDER_NAMES);
    for (const pdf of pdfs) expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('marks a revoked certificate as revoked', async () => {
    const revoked = { ...certificate, status: 'REVOKED' as const, revokedAt: new Date('2026-08-01T12:00:00Z') };
    const text = pdfText(await renderCertificatePdf(revoked));
    expect(text).toContain('REVOKED on August 1, 2026: this certificate is no longer valid.');
  });

  it('stays on one page however long the names are', async () => {
    const long = 'Infant and Early Childhood Mental Health Consultation '.repeat(12);
    const pdf = await renderCertificatePdf(
      { ...certificate, holderName: long, programName: long, cohortName: long, status: 'REVOKED' },
    );
    expect(pageCount(pdf)).toBe(1);
    expect(pdfText(pdf)).toContain(certificate.code);
  });

  it('prints names without their bidi controls, in the page and in its metadata', async () => {
    const pdf = await renderCertificatePdf(
      { ...certificate, holderName: 'Ana \u202EQuintero', programName: 'IECMHC \u2067Training\u2069', cohortName: '\u200FCohort\u202A 7\u202C' },
    );
    const text = pdfText(pdf);
    expect(text).toContain('\nAna Quintero\n');
    expect(text).toContain('\nIECMHC Training\n');
    expect(text).toContain('Cohort 7, September 4, 2025');
    expect(info(pdf, 'Title')).toBe('Certificate of Completion: Ana Quintero');
    expect(info(pdf, 'Subject')).toBe('IECMHC Training');
  });
});

describe('renderCeCertificatePdf', () => {
  it("renders one page with the licence, course, delivery, board, approval number, CE hours, the board's statement and the signatory", async () => {
    const pdf = await renderCeCertificatePdf({ ...ceCertificate, signatoryName: 'Dr. Rosa Example', signatoryTitle: 'Program Director' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      'Continuing Education Certificate',
      'Ana María Quintero',
      'Example IECMHC Consultant Training Program'.toUpperCase(),
      'License: LCSW CA 12345',
      'earned 24.5 continuing education hours in',
      'IECMHC Consultant Training',
      'Cohort 2025-26 Statewide, September 4, 2025 to June 18, 2026',
      'Delivery: Live online and in person',
      'Approved by Board of Behavioral Sciences, approval number CEPA-1234567',
      'Dr. Rosa Example',
      'Program Director',
      'This course meets the qualifications',
      certificate.code,
      certificate.verifyUrl,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('states CEUs with their conversion', async () => {
    const text = pdfText(await renderCeCertificatePdf({ ...ceCertificate, credit: 2.4, unit: 'CEUS' }));
    expect(text).toContain('earned 2.4 CEUs (1 CEU = 10 contact hours) in');
  });

  it('prints Vietnamese, Chinese, Korean, Japanese, Polish and mixed names exactly', async () => {
    const pdfs = await Promise.all(HOLDER_NAMES.map((holderName) => renderCeCertificatePdf({ ...ceCertificate, holderName })));
    expect(pdfTexts(pdfs).map(printedHolder)).toEqual(HOLDER_NAMES);
  });

  it("prints the board's words without bidi controls", async () => {
    const pdf = await renderCeCertificatePdf(
      { ...ceCertificate, boardName: 'Board \u202Eof Sciences', approvalNumber: 'CEPA-\u200E42', statement: 'Meets \u202Bthe\u202C rules.' },
    );
    const text = pdfText(pdf);
    expect(text).toContain('Approved by Board of Sciences, approval number CEPA-42');
    expect(text).toContain('Meets the rules.');
  });

  it('stays on one page with a very long statement', async () => {
    const statement = 'The provider maintains responsibility for this program and its content. '.repeat(40);
    const pdf = await renderCeCertificatePdf({ ...ceCertificate, statement, signatoryName: 'Dr. Rosa Example', signatoryTitle: 'Program Director', status: 'REVOKED' });
    expect(pageCount(pdf)).toBe(1);
  });
});
