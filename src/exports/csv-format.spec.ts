import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS, csvFileName, dayIn } from './csv-format';

const written = (rows: unknown[][]) => stringify(rows, CSV_OPTIONS);

describe('CSV as the exports write it', () => {
  it('starts with a UTF-8 byte order mark and ends records with CRLF, accents kept', () => {
    const text = written([['Participant'], ['Lucía Peña']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe('Participant\r\nLucía Peña\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', `"'\rreturn"`],
  ])('neutralises a cell starting a formula: %j', (cell, expected) => {
    expect(written([[cell]]).slice(1)).toBe(`${expected}\r\n`);
  });

  it('leaves numbers (negative too) and ordinary text as they are', () => {
    expect(written([[-1.5, 0, 'Ana Beltran', 'a=b', null]]).slice(1)).toBe('-1.5,0,Ana Beltran,a=b,\r\n');
  });

  it('quotes line breaks inside a cell, so it reads back as written (less the apostrophe a formula gained)', () => {
    const rows = [['Name', 'Note', 'Other'], ['=HYPERLINK("http://x","y")', 'line one\nline two', 'a\rb, c']];
    const text = written(rows);
    expect(text).toContain('"line one\nline two"');
    expect(parse(text, { bom: true })).toEqual([rows[0], [`'=HYPERLINK("http://x","y")`, 'line one\nline two', 'a\rb, c']]);
  });
});

describe('csvFileName', () => {
  it('keeps letters and digits, joined by dashes, lower-case', () => {
    expect(csvFileName('Cohort 2026-27', 'progress')).toBe('cohort-2026-27-progress.csv');
    expect(csvFileName('ce-roster', 'Fictional Board "of" Behavioral Sciences', 'DEMO/CEP 0')).toBe('ce-roster-fictional-board-of-behavioral-sciences-demo-cep-0.csv');
  });

  it('drops accents and anything a header or a disk could misread', () => {
    expect(csvFileName('Cohorte Año 1', 'asistencia')).toBe('cohorte-ano-1-asistencia.csv');
    expect(csvFileName('Équipe Zoë')).toBe('equipe-zoe.csv');
    expect(csvFileName('"; \r\n ../')).toBe('export.csv');
  });
});

describe('dayIn', () => {
  it('reads an instant as a day in the cohort’s zone', () => {
    const instant = new Date('2026-11-03T02:30:00Z');
    expect(dayIn(instant, 'America/Los_Angeles')).toBe('2026-11-02');
    expect(dayIn(instant, 'UTC')).toBe('2026-11-03');
  });
});
