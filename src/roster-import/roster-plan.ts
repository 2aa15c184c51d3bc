import { MAX_LICENSES } from '../licenses/license-catalogue';
import { RosterLicense, RosterLicenseStatus, RosterLine, RosterPerson, RosterRole } from './roster-csv';

/**
 * What importing each line would do, decided from the file and what is stored; the import writes
 * exactly this, so a dry run and an apply of the same file and state agree. Free of Nest.
 */
export interface StoredLicenseRow {
  type: string;
  state: string;
  number: string;
  status: RosterLicenseStatus;
}

export interface StoredEnrollmentRow {
  id: string;
  role: RosterRole;
  status: 'ACTIVE' | 'WITHDRAWN';
  withdrawnOn: string | null;
}

/** An account the file names, as stored. */
export interface ExistingPerson {
  userId: string;
  fullName: string;
  deactivated: boolean;
  /** Ordered by type, then state. */
  licenses: StoredLicenseRow[];
  /** In the cohort being imported into. */
  enrollments: StoredEnrollmentRow[];
}

export interface PlanContext {
  capacity: number;
  /** Active participants now. */
  seated: number;
  /** Administrators change existing accounts' names and licences; a coordinator's import leaves them as they are. */
  callerIsAdmin: boolean;
}

export type LineAction = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';

export type RosterChange =
  | { kind: 'account'; licenses: StoredLicenseRow[] }
  | { kind: 'name'; before: string; after: string }
  | { kind: 'licenses'; before: StoredLicenseRow[]; after: StoredLicenseRow[] }
  | { kind: 'enrollment'; role: RosterRole };

export interface PlannedLine {
  line: number;
  email: string | null;
  fullName: string | null;
  role: RosterRole | null;
  action: LineAction;
  changes: RosterChange[];
  /** What the import leaves as it is, and why (a withdrawal that stands, a name it may not change). */
  notes: string[];
  reason: string | null;
  existing: ExistingPerson | null;
}

const ROLE_NAMES: Record<RosterRole, string> = { PARTICIPANT: 'participant', FACULTY: 'faculty', FACILITATOR: 'facilitator' };

/** Each line's action, in file order; participants take seats in that order until the cohort is full. */
export function planRoster(lines: readonly RosterLine[], existing: ReadonlyMap<string, ExistingPerson>, context: PlanContext): PlannedLine[] {
  let seatsLeft = context.capacity - context.seated;
  return lines.map((line) => {
    if (line.refused) return refused(line, line.reason);
    const person = existing.get(line.email) ?? null;
    if (person?.deactivated) return refused(line, 'this account is deactivated: an administrator reactivates it before it is enrolled');
    const planned = person ? planExisting(line, person, context.callerIsAdmin) : planNew(line);
    if ('problem' in planned) return refused(line, planned.problem);
    const takesSeat = planned.changes.some((change) => change.kind === 'enrollment' && change.role === 'PARTICIPANT');
    if (takesSeat && seatsLeft <= 0) {
      return refused(line, `the cohort is full: ${context.capacity} seats, ${context.seated} taken before this file and the rest by the lines above`);
    }
    if (takesSeat) seatsLeft -= 1;
    return planned;
  });
}

/** A short description of each change, for the report. */
export function describeChange(change: RosterChange): string {
  switch (change.kind) {
    case 'account':
      return 'new account; an invitation is e-mailed';
    case 'name':
      return 'name';
    case 'licenses':
      return 'licences';
    case 'enrollment':
      return `enrolled as ${ROLE_NAMES[change.role]}`;
  }
}

function refused(line: RosterLine, reason: string): PlannedLine {
  return {
    line: line.line,
    email: line.email,
    fullName: line.fullName,
    role: line.refused ? null : line.role,
    action: 'REFUSED',
    changes: [],
    notes: [],
    reason,
    existing: null,
  };
}

function planned(person: RosterPerson, existing: ExistingPerson | null, changes: RosterChange[], notes: string[]): PlannedLine {
  const action = !existing ? 'CREATED' : changes.length ? 'UPDATED' : 'UNCHANGED';
  return { line: person.line, email: person.email, fullName: person.fullName, role: person.role, action, changes, notes, reason: null, existing };
}

function planNew(person: RosterPerson): PlannedLine {
  const licenses = person.license ? [withStatus(person.license, 'ACTIVE')] : [];
  return planned(person, null, [{ kind: 'account', licenses }, { kind: 'enrollment', role: person.role }], []);
}

function planExisting(person: RosterPerson, existing: ExistingPerson, callerIsAdmin: boolean): PlannedLine | { problem: string } {
  const changes: RosterChange[] = [];
  const notes: string[] = [];
  const kept = 'kept as the account has it: only the person or an administrator changes it';
  if (person.fullName !== existing.fullName) {
    if (callerIsAdmin) changes.push({ kind: 'name', before: existing.fullName, after: person.fullName });
    else notes.push(`The name differs from the account's and is ${kept}.`);
  }
  const licenses = person.license && withLicense(existing.licenses, person.license);
  if (licenses && licenses.length > MAX_LICENSES) return { problem: `the account holds ${MAX_LICENSES} licences already, the most one person keeps` };
  if (licenses) {
    if (callerIsAdmin) changes.push({ kind: 'licenses', before: existing.licenses, after: licenses });
    else notes.push(`The licence differs from the account's and is ${kept}.`);
  }
  const enrollment = existing.enrollments.find((each) => each.role === person.role);
  if (!enrollment) changes.push({ kind: 'enrollment', role: person.role });
  else if (enrollment.status === 'WITHDRAWN') {
    notes.push(`Withdrew on ${enrollment.withdrawnOn}: the withdrawal stands; enrol them again on the cohort's page if they return.`);
  }
  return planned(person, existing, changes, notes);
}

function withStatus(license: RosterLicense, fallback: RosterLicenseStatus): StoredLicenseRow {
  return { type: license.type, state: license.state, number: license.number, status: license.status ?? fallback };
}

/**
 * The account's licences with the file's one added or corrected (its type and state name it; a
 * status left out keeps the stored one), ordered as stored; null when they already agree.
 */
export function withLicense(stored: readonly StoredLicenseRow[], license: RosterLicense): StoredLicenseRow[] | null {
  const same = stored.find((each) => each.type === license.type && each.state === license.state);
  const wanted = withStatus(license, same?.status ?? 'ACTIVE');
  if (same && same.number === wanted.number && same.status === wanted.status) return null;
  const others = stored.filter((each) => each !== same);
  return [...others, wanted].sort((a, b) => a.type.localeCompare(b.type) || a.state.localeCompare(b.state));
}
