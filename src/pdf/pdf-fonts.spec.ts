import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { collect } from '../certificates/certificate-pdf';
import { registerPdfFonts, textRuns, writeText } from './pdf-fonts';
import { pdfTexts } from '../../test/support/pdf-text';

type Doc = PDFKit.PDFDocument;

function render(draw: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 60 });
  registerPdfFonts(doc);
  const done = collect(doc);
  draw(doc);
  doc.end();
  return done;
}

describe('pdf fonts', () => {
  // First in this file: the fonts are loaded on first use.
  it('reads each font file once, however many documents use it', async () => {
    const read = jest.spyOn(fs, 'readFileSync');
    for (let i = 0; i < 3; i++) await render((doc) => writeText(doc, 'Lucía 陈 김민지', { weight: 'bold', size: 20 }));
    const fontFiles = read.mock.calls.map(([file]) => String(file)).filter((file) => /\.(ttf|otf)$/.test(file));
    expect(fontFiles.length).toBeGreaterThan(0);
    expect(fontFiles.length).toBe(new Set(fontFiles).size);
    read.mockRestore();
  });

  it('splits text into runs by script, keeping spaces and marks with the run they follow', () => {
    expect(textRuns('Lucía 陈 Nguyễn')).toEqual([
      { face: 'latin', text: 'Lucía ' },
      { face: 'cjk', text: '陈 ' },
      { face: 'latin', text: 'Nguyễn' },
    ]);
    expect(textRuns('山田 花子')).toEqual([{ face: 'cjk', text: '山田 花子' }]);
    expect(textRuns('ラーメン 김민지')).toEqual([
      { face: 'cjk', text: 'ラーメン ' },
      { face: 'hangul', text: '김민지' },
    ]);
    expect(textRuns('Nguye\u0302\u0303n')).toEqual([{ face: 'latin', text: 'Nguye\u0302\u0303n' }]);
  });

  it('writes mixed lines that read back exactly, wrapped, and cut with an ellipsis at the given height', async () => {
    const long = 'Infant 幼儿 and Early Childhood 心理健康 Mental Health 김민지 Consultation '.repeat(6).trim();
    const pdf = await render((doc) => {
      writeText(doc, 'Lucía 陈 Nguyễn', { weight: 'bold', size: 28 }, 60, 60, { width: 492, align: 'center' });
      writeText(doc, long, { weight: 'regular', size: 12 }, 60, 120, { width: 300 });
      writeText(doc, long, { weight: 'italic', size: 12 }, 60, 400, { width: 300, height: 20, ellipsis: true });
    });
    const [text] = pdfTexts([pdf]);
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('Lucía 陈 Nguyễn');
    const wrapped = lines.slice(1, -1);
    expect(wrapped.length).toBeGreaterThan(3);
    // Latin lines break at spaces, CJK ones between any two characters.
    expect(wrapped.join('').replace(/\s/g, '')).toBe(long.replace(/\s/g, ''));
    expect(lines[lines.length - 1]).toMatch(/^Infant 幼儿 and Early Childhood .*…$/);
  });

  it('embeds only the glyphs a document uses, so a page with a Chinese name stays small', async () => {
    const pdf = await render((doc) => writeText(doc, '陈美玲 김민지 山田 花子', { weight: 'bold', size: 28 }));
    expect(pdf.length).toBeLessThan(100_000);
  });
});
