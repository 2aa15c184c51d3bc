import { parse } from 'csv-parse/sync';
import { compareWallTimes, parseWallTime, WallTime } from './zoom-wall-time';

/** One row of Zoom's participant report: one stay in the meeting (each rejoin is a row of its own). */
export interface ZoomParticipantRow {
  /** The report's line, as a spreadsheet numbers it. */
  line: number;
  /** The `Name (Original Name)` cell as exported. */
  name: string;
  /** The name shown in the meeting (the participant may have renamed themselves). */
  displayName: string;
  /** Zoom's original name, inside the last balanced parentheses; null when the participant kept it. */
  originalName: string | null;
  /** Empty for people outside the host's account. */
  email: string | null;
  joinTime: WallTime | null;
  leaveTime: WallTime | null;
  /** `Duration (Minutes)`, or `Total Duration (Minutes)` in the unique-users variant (rounded down by Zoom). */
  durationMinutes: number | null;
  /** Newer exports list time in the waiting room as rows of its own. */
  inWaitingRoom: boolean;
}

/** The meeting's data, which "Export with meeting data" puts in a block before the participants (or on each row). */
export interface ZoomMeeting {
  topic: string | null;
  meetingId: string | null;
  startTime: WallTime;
}

export interface ZoomReport {
  meeting: ZoomMeeting | null;
  /** Join and leave times are given (every variant but unique users without them). */
  hasTimes: boolean;
  /** The unique-users variant: one row per person, with `Total Duration (Minutes)`. */
  uniqueUsers: boolean;
  rows: ZoomParticipantRow[];
}

export type ZoomReportOutcome = { report: ZoomReport } | { problem: string };

/** Far more than a meeting's report takes (about 150 characters a row); larger text (or an upload of more bytes) is refused unread. */
export const MAX_REPORT_CHARACTERS = 1_000_000;
/** More rows than any meeting's report has (1,000 people rejoining a few times each). */
export const MAX_REPORT_ROWS = 5000;
/** How many bad lines a refusal names before it says how many more there are. */
const LINES_NAMED = 5;

type Column = 'name' | 'email' | 'joinTime' | 'leaveTime' | 'duration' | 'totalDuration' | 'waitingRoom';

/** Zoom's headers, as `headerKey` normalises them, and what each holds. */
const COLUMNS: Record<string, Column> = {
  'name (original name)': 'name',
  'user name (original name)': 'name',
  name: 'name',
  'user email': 'email',
  email: 'email',
  'join time': 'joinTime',
  'leave time': 'leaveTime',
  'duration (minutes)': 'duration',
  'total duration (minutes)': 'totalDuration',
  'in waiting room': 'waitingRoom',
};

const COLUMN_TITLES: Record<Column, string> = {
  name: 'Name (Original Name)',
  email: 'User Email',
  joinTime: 'Join Time',
  leaveTime: 'Leave Time',
  duration: 'Duration (Minutes)',
  totalDuration: 'Total Duration (Minutes)',
  waitingRoom: 'In Waiting Room',
};

const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quote is closed in the middle of a value',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quote is closed in the middle of a value',
};

interface CsvRecord {
  line: number;
  cells: string[];
}

const headerKey = (cell: string) => cell.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads a Zoom participant report, in every variant Zoom exports: the plain one, with the newer
 * consent and waiting-room columns, with the meeting's data (a block first, or on every row), and
 * unique users. A BOM and Windows line endings are fine. Refuses, naming the lines, what is not such a report.
 */
export function parseZoomReport(text: string): ZoomReportOutcome {
  const records = csvRecords(text);
  if ('problem' in records) return records;
  const headerIndex = participantHeaderIndex(records);
  if (headerIndex < 0) return { problem: 'has no “Name (Original Name)” column: export the participant report from Zoom’s usage reports' };
  const columns = columnsOf(records[headerIndex].cells);
  const missing = missingColumns(columns);
  if (missing.length) return { problem: `misses the column${missing.length > 1 ? 's' : ''} ${missing.map((column) => `“${column}”`).join(', ')}` };
  const body = records.slice(headerIndex + 1).filter((record) => record.cells.some((cell) => cell.trim()));
  if (!body.length) return { problem: 'lists no participants' };
  // The meeting's data comes as a block of its own, or in the columns before the participant's on every row.
  const meeting = headerIndex >= 2 ? meetingOf(records[0], records[1]) : meetingOf(records[headerIndex], body[0], columns.get('name'));
  if ('problem' in meeting) return meeting;
  if (body.length > MAX_REPORT_ROWS) return { problem: `has ${body.length} participant rows; at most ${MAX_REPORT_ROWS} are read` };
  const rows = participantRows(body, columns);
  if ('problem' in rows) return rows;
  return { report: { meeting: meeting.meeting, hasTimes: columns.has('joinTime'), uniqueUsers: columns.has('totalDuration'), rows } };
}

/** Every participant row, or the bad lines named. */
function participantRows(body: CsvRecord[], columns: Map<Column, number>): ZoomParticipantRow[] | { problem: string } {
  const problems: string[] = [];
  const rows = body.flatMap((record) => {
    const row = participantRow(record, columns);
    if ('problem' in row) {
      problems.push(`line ${record.line}: ${row.problem}`);
      return [];
    }
    return [row];
  });
  return problems.length ? { problem: namedLines(problems) } : rows;
}

function csvRecords(text: string): CsvRecord[] | { problem: string } {
  if (!text.trim()) return { problem: 'is empty' };
  try {
    const parsed = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { info: { lines: number }; record: string[] }[];
    return parsed.map(({ info, record }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    // csv-parse's CsvError, told by its code: the sync build's class is not the one its index exports.
    const { code, lines } = error as { code?: unknown; lines?: unknown };
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw error;
    return { problem: `is not valid CSV${typeof lines === 'number' ? ` at line ${lines}` : ''}: ${CSV_PROBLEMS[code] ?? 'a line cannot be read'}` };
  }
}

/** The participants' header: the first row with a name column and another of Zoom's, else the first with a name column. */
function participantHeaderIndex(records: CsvRecord[]): number {
  const named = records.map((record) => columnsOf(record.cells)).map((columns) => (columns.has('name') ? columns.size : 0));
  const full = named.findIndex((size) => size > 1);
  return full >= 0 ? full : named.findIndex((size) => size > 0);
}

/**
 * Which of Zoom's columns a header row has, and where. A column named twice (the host's User Email
 * and Duration before the participant's, when the meeting's data fills each row) is the participant's.
 */
function columnsOf(cells: string[]): Map<Column, number> {
  const keys = cells.map((cell) => COLUMNS[headerKey(cell)]);
  const nameIndex = keys.indexOf('name');
  const columns = new Map<Column, number>();
  keys.forEach((column, index) => {
    const earlier = column && columns.get(column);
    if (column && (earlier === undefined || (earlier < nameIndex && index > nameIndex))) columns.set(column, index);
  });
  return columns;
}

function missingColumns(columns: Map<Column, number>): string[] {
  const needed: Column[] = ['email'];
  if (columns.has('joinTime') || columns.has('leaveTime') || !columns.has('totalDuration')) needed.push('joinTime', 'leaveTime');
  return needed.filter((column) => !columns.has(column)).map((column) => COLUMN_TITLES[column]);
}

/** The meeting's data: from a header and a row of values, in the columns before `before`; null when it has no start. */
function meetingOf(header: CsvRecord, values: CsvRecord, before = Infinity): { meeting: ZoomMeeting | null } | { problem: string } {
  const cell = (...names: string[]) => {
    const index = header.cells.findIndex((title, at) => at < before && names.includes(headerKey(title)));
    const value = index < 0 ? '' : (values.cells[index] ?? '').trim();
    return value || null;
  };
  const start = cell('start time');
  if (start === null) return { meeting: null };
  const startTime = parseWallTime(start);
  if (!startTime) return { problem: `line ${values.line}: the meeting’s Start Time “${start}” is not a date and time` };
  return { meeting: { topic: cell('topic'), meetingId: cell('meeting id', 'id'), startTime } };
}

function participantRow(record: CsvRecord, columns: Map<Column, number>): ZoomParticipantRow | { problem: string } {
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (record.cells[index] ?? '').trim();
  };
  const name = cell('name');
  if (!name) return { problem: 'the name is empty' };
  const times = timesOf(cell('joinTime'), cell('leaveTime'), columns.has('joinTime'));
  if ('problem' in times) return times;
  const durationText = cell(columns.has('totalDuration') ? 'totalDuration' : 'duration');
  const durationMinutes = /^\d+$/.test(durationText) ? Number(durationText) : null;
  if (!columns.has('joinTime') && durationMinutes === null) return { problem: `Total Duration (Minutes) “${durationText}” is not a whole number` };
  return {
    line: record.line,
    name,
    ...splitName(name),
    email: cell('email') || null,
    ...times,
    durationMinutes,
    inWaitingRoom: /^yes$/i.test(cell('waitingRoom')),
  };
}

function timesOf(join: string, leave: string, expected: boolean): { joinTime: WallTime | null; leaveTime: WallTime | null } | { problem: string } {
  if (!expected) return { joinTime: null, leaveTime: null };
  const joinTime = parseWallTime(join);
  if (!joinTime) return { problem: `Join Time “${join}” is not a date and time` };
  const leaveTime = parseWallTime(leave);
  if (!leaveTime) return { problem: `Leave Time “${leave}” is not a date and time` };
  if (compareWallTimes(leaveTime, joinTime) < 0) return { problem: `Leave Time “${leave}” is before Join Time “${join}”` };
  return { joinTime, leaveTime };
}

/**
 * `Lena M (Lena Marquez)`: the name shown, and the original name inside the last balanced
 * parentheses at the end (`Dr. Ana (she/her) (Ana Ruiz)` → `Ana Ruiz`).
 */
export function splitName(name: string): { displayName: string; originalName: string | null } {
  const trimmed = name.trim();
  if (!trimmed.endsWith(')')) return { displayName: trimmed, originalName: null };
  let depth = 0;
  for (let index = trimmed.length - 1; index >= 0; index--) {
    if (trimmed[index] === ')') depth++;
    else if (trimmed[index] === '(' && --depth === 0) {
      const originalName = trimmed.slice(index + 1, -1).trim();
      const displayName = trimmed.slice(0, index).trim();
      if (!originalName) return { displayName: trimmed, originalName: null };
      return { displayName: displayName || originalName, originalName };
    }
  }
  return { displayName: trimmed, originalName: null };
}

function namedLines(problems: string[]): string {
  const named = problems.slice(0, LINES_NAMED).join('; ');
  const more = problems.length - LINES_NAMED;
  return more > 0 ? `${named}; and ${more} more line${more > 1 ? 's' : ''}` : named;
}
