import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { normalizedEmail } from '../auth/email';
import { hasVisibleText, isSingleLine, unsafeTextProblem } from '../graphql/text-rules';
import { LICENSE_TYPE_CODES, US_STATE_CODES } from '../licenses/license-catalogue';

/**
 * Reading a roster file: the limits, the columns, and each line as a person or a refusal. Free of
 * Nest, so the unit tests read files without an app; the e-mail and name rules are createUser's.
 */
export const ROSTER_LIMITS = { bytes: 2 * 1024 * 1024, people: 5000 } as const;

export type RosterRole = 'PARTICIPANT' | 'FACULTY' | 'FACILITATOR';
export type RosterLicenseStatus = 'ACTIVE' | 'ASSOCIATE' | 'INACTIVE';

export interface RosterLicense {
  type: string;
  state: string;
  number: string;
  /** Only when the file has a licence status column and the line fills it. */
  status: RosterLicenseStatus | null;
}

export interface RosterPerson {
  line: number;
  /** As stored: trimmed, lower-cased. */
  email: string;
  fullName: string;
  role: RosterRole;
  license: RosterLicense | null;
}

/** A line that cannot be imported; what could be read of it is kept for the report. */
export interface RefusedLine {
  line: number;
  email: string | null;
  fullName: string | null;
  reason: string;
}

export type RosterLine = ({ refused: false } & RosterPerson) | ({ refused: true } & RefusedLine);

export type RosterReading = { ok: true; lines: RosterLine[] } | { ok: false; problem: string };

type Column = 'email' | 'fullName' | 'role' | 'licenseType' | 'licenseState' | 'licenseNumber' | 'licenseStatus';

/** Each column as the header names it: case, spaces and punctuation aside, either spelling of licence. */
const HEADERS: Record<string, Column> = {
  email: 'email',
  emailaddress: 'email',
  fullname: 'fullName',
  name: 'fullName',
  role: 'role',
  licencetype: 'licenseType',
  licensetype: 'licenseType',
  licencestate: 'licenseState',
  licensestate: 'licenseState',
  licencenumber: 'licenseNumber',
  licensenumber: 'licenseNumber',
  licencestatus: 'licenseStatus',
  licensestatus: 'licenseStatus',
};

/** How the report names each column. */
const COLUMN_NAMES: Record<Column, string> = {
  email: 'e-mail',
  fullName: 'full name',
  role: 'role',
  licenseType: 'licence type',
  licenseState: 'licence state',
  licenseNumber: 'licence number',
  licenseStatus: 'licence status',
};

const REQUIRED: readonly Column[] = ['email', 'fullName', 'role'];
/** A licence is read whole or not at all: these columns come together (the status may be left out). */
const LICENSE_COLUMNS: readonly Column[] = ['licenseType', 'licenseState', 'licenseNumber'];

const ROLES: Record<string, RosterRole> = { participant: 'PARTICIPANT', faculty: 'FACULTY', facilitator: 'FACILITATOR' };
const LICENSE_STATUSES: Record<string, RosterLicenseStatus> = { active: 'ACTIVE', associate: 'ASSOCIATE', inactive: 'INACTIVE' };

/** createUser's limits. */
const MAX_EMAIL = 254;
const MAX_NAME = 200;
const MAX_LICENSE_NUMBER = 40;
/** How much of a wrong value a refusal quotes. */
const QUOTED = 60;

/** 2, 10.5: rounded up to one decimal, none when it is 0 (a file just over the limit does not read as at it). */
const megabytes = (bytes: number) => String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);

/** Why a file of this many bytes is not read at all, or null; asked before anything is parsed. */
export function rosterSizeProblem(bytes: number): string | null {
  if (bytes <= ROSTER_LIMITS.bytes) return null;
  return `is ${megabytes(bytes)} MB; a roster may be at most ${megabytes(ROSTER_LIMITS.bytes)} MB (${ROSTER_LIMITS.people.toLocaleString('en-US')} people): split it into smaller files`;
}

/** An uploaded file's bytes as text, or null when they are not UTF-8 (a spreadsheet saved in another encoding). */
export function decodeRosterFile(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Why an upload that is not UTF-8 is refused, after the file's name. */
export const NOT_UTF8 = 'is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8 (comma delimited)"';

/**
 * The file's lines in order, each a person or a refusal; or why the whole file cannot be read (too
 * large, not CSV, a column missing, nobody in it). Line numbers are the file's, the header being line 1.
 */
export function readRoster(text: string): RosterReading {
  const problem = rosterSizeProblem(Buffer.byteLength(text, 'utf8')) ?? unsafeTextProblem(text);
  if (problem) return { ok: false, problem };
  if (!hasVisibleText(text)) return { ok: false, problem: 'is empty: it needs a header line (e-mail, full name, role) and a line for each person' };
  const records = parseRecords(text);
  if ('problem' in records) return records;
  const [header, ...rows] = records.rows;
  const columns = readHeader(header.values);
  if ('problem' in columns) return { ok: false, problem: columns.problem };
  const filled = rows.filter((row) => row.values.some((value) => value.trim()));
  if (!filled.length) return { ok: false, problem: 'has a header but no one below it' };
  if (filled.length > ROSTER_LIMITS.people) {
    return { ok: false, problem: `lists ${filled.length.toLocaleString('en-US')} people; a roster may list at most ${ROSTER_LIMITS.people.toLocaleString('en-US')}: split it into smaller files` };
  }
  return { ok: true, lines: withoutDuplicates(filled.map((row) => readLine(row, columns.at, header.values.length))) };
}

interface RawRecord {
  line: number;
  values: string[];
}

/**
 * csv-parse's records with the line each starts on. Line endings are made `\n` first: the parser
 * counts a CRLF inside quotes as two lines, and no roster value keeps a line break anyway.
 */
function parseRecords(text: string): { rows: RawRecord[] } | { ok: false; problem: string } {
  const unified = text.replace(/\r\n?/g, '\n');
  try {
    const options = { bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true };
    // With `info`, each record comes with where the parser stands (csv-parse's types leave the option out).
    const parsed = parse(unified, options) as unknown as { record: string[]; info: { lines: number } }[];
    const rows = parsed.map(({ record, info }) => ({ line: info.lines - record.join('').split('\n').length + 1, values: record }));
    return { rows };
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const where = lines ? ` (line ${lines})` : '';
    const why = code === 'CSV_QUOTE_NOT_CLOSED' ? 'a value opened with a double quote is never closed' : 'it is not valid CSV';
    return { ok: false, problem: `could not be read${where}: ${why}` };
  }
}

/** Which value of a line each column is; refuses a header that repeats or lacks a column. */
function readHeader(names: string[]): { at: Partial<Record<Column, number>> } | { problem: string } {
  const at: Partial<Record<Column, number>> = {};
  for (const [index, name] of names.entries()) {
    const column = HEADERS[name.toLowerCase().replace(/[^a-z0-9]/g, '')];
    if (!column) continue;
    if (at[column] !== undefined) return { problem: `has the column "${COLUMN_NAMES[column]}" twice` };
    at[column] = index;
  }
  const missing = REQUIRED.filter((column) => at[column] === undefined);
  if (missing.length) {
    const separator = names.length === 1 && /[;\t]/.test(names[0]) ? ' (its values seem separated by semicolons or tabs: save it as comma-separated CSV)' : '';
    return { problem: `has no ${missing.map((column) => `"${COLUMN_NAMES[column]}"`).join(', ')} column${missing.length > 1 ? 's' : ''}${separator}; the header needs e-mail, full name and role, and may add licence type, licence state, licence number and licence status` };
  }
  const licenseColumns = [...LICENSE_COLUMNS, 'licenseStatus' as const];
  if (licenseColumns.some((column) => at[column] !== undefined)) {
    const absent = LICENSE_COLUMNS.filter((column) => at[column] === undefined);
    if (absent.length) return { problem: `has no ${absent.map((column) => `"${COLUMN_NAMES[column]}"`).join(', ')} column: licence type, licence state and licence number come together` };
  }
  return { at };
}

/** A value as a refusal quotes it. */
function quoted(value: string): string {
  return JSON.stringify(value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value);
}

function readLine(row: RawRecord, at: Partial<Record<Column, number>>, width: number): RosterLine {
  const value = (column: Column) => (at[column] === undefined ? '' : (row.values[at[column]!] ?? '').trim());
  const reasons: string[] = [];
  if (row.values.length > width) reasons.push(`has ${row.values.length} values where the header has ${width} columns: put a value that holds a comma in double quotes`);
  const email = readEmail(value('email'), reasons);
  const fullName = readName(value('fullName'), reasons);
  const role = readRole(value('role'), reasons);
  const license = readLicense({ type: value('licenseType'), state: value('licenseState'), number: value('licenseNumber'), status: value('licenseStatus') }, reasons);
  if (reasons.length || !email || !fullName || !role) return { refused: true, line: row.line, email, fullName, reason: reasons.join('; ') };
  return { refused: false, line: row.line, email, fullName, role, license };
}

function readEmail(raw: string, reasons: string[]): string | null {
  if (!raw) {
    reasons.push('e-mail is missing');
    return null;
  }
  if (raw.length > MAX_EMAIL || !isEmail(raw)) {
    reasons.push(`e-mail ${quoted(raw)} is not a valid address`);
    return null;
  }
  return normalizedEmail(raw);
}

/** As typed, trimmed: a name beginning with = or + is a name here (exports neutralise formulas). */
function readName(raw: string, reasons: string[]): string | null {
  const problem = !hasVisibleText(raw)
    ? 'full name is missing'
    : !isSingleLine(raw)
      ? 'full name must be one line, without tabs or control characters'
      : raw.length > MAX_NAME
        ? `full name is longer than ${MAX_NAME} characters`
        : null;
  if (problem) reasons.push(problem);
  return problem ? null : raw;
}

function readRole(raw: string, reasons: string[]): RosterRole | null {
  if (!raw) reasons.push('role is missing');
  else if (!ROLES[raw.toLowerCase()]) reasons.push(`role ${quoted(raw)} is not participant, faculty or facilitator`);
  return ROLES[raw.toLowerCase()] ?? null;
}

/** No licence when the line leaves every licence value empty; otherwise all of it, checked as setLicenses checks it. */
function readLicense(raw: { type: string; state: string; number: string; status: string }, reasons: string[]): RosterLicense | null {
  if (!raw.type && !raw.state && !raw.number && !raw.status) return null;
  const before = reasons.length;
  const type = raw.type.toUpperCase();
  const state = raw.state.toUpperCase();
  if (!type) reasons.push('licence type is missing (the line has other licence values)');
  else if (!LICENSE_TYPE_CODES.includes(type)) reasons.push(`licence type ${quoted(raw.type)} is not one of ${LICENSE_TYPE_CODES.join(', ')}`);
  if (!state) reasons.push('licence state is missing (the line has other licence values)');
  else if (!US_STATE_CODES.includes(state)) reasons.push(`licence state ${quoted(raw.state)} is not the two-letter code of a US state or territory (e.g. CA)`);
  if (!raw.number) reasons.push('licence number is missing (the line has other licence values)');
  else if (!isSingleLine(raw.number) || raw.number.length > MAX_LICENSE_NUMBER) reasons.push(`licence number must be one line of at most ${MAX_LICENSE_NUMBER} characters`);
  const status = raw.status ? LICENSE_STATUSES[raw.status.toLowerCase()] : null;
  if (status === undefined) reasons.push(`licence status ${quoted(raw.status)} is not active, associate or inactive`);
  return reasons.length > before ? null : { type, state, number: raw.number, status: status ?? null };
}

/** One line per person: a later line with the address of an earlier one is refused, naming it. */
function withoutDuplicates(lines: RosterLine[]): RosterLine[] {
  const firstLine = new Map<string, number>();
  return lines.map((line) => {
    if (!line.email) return line;
    const first = firstLine.get(line.email);
    if (first === undefined) {
      firstLine.set(line.email, line.line);
      return line;
    }
    const reason = `the same person (e-mail) as line ${first}: a person is listed once`;
    return { refused: true, line: line.line, email: line.email, fullName: line.fullName, reason: line.refused ? `${line.reason}; ${reason}` : reason };
  });
}
