import type { Options } from 'csv-stringify';

/** One spreadsheet cell: text, a number, or empty. */
export type Cell = string | number | null;

/** What a CSV export holds: the column names, then one row of cells per record. */
export interface CsvTable {
  header: string[];
  rows: Cell[][];
}

/**
 * How every export is written: a UTF-8 byte order mark (so Excel reads accents), CRLF between
 * records (RFC 4180), any line break inside a cell quoted, and text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, a tab or a carriage return) prefixed with ' so it shows
 * as typed. Numbers are left as they are.
 */
export const CSV_OPTIONS: Options = { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true };

/** A file name of plain letters, digits and dashes, e.g. `cohort-2026-27-progress.csv`: safe in a header and on any disk. */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 100);
  return `${slug || 'export'}.csv`;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
