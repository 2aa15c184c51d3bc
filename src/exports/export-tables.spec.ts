import type { AttendanceStatus } from '../attendance/attendance-status';
import { CeUnit } from '../ce/ce-unit';
import type { SessionKind } from '../curriculum/session-kind';
import { attendanceTable, ceRosterTable, certificatesTable, progressTable, requirementName, standingCell, transcriptsTable } from './export-tables';

const CONTACT = { kind: 'TOTAL_CONTACT_MINUTES', sessionKinds: [], label: null, threshold: 540 };
const SEMINARS = { kind: 'SESSIONS_ATTENDED', sessionKinds: ['FACULTY_SEMINAR', 'RETREAT'], label: null, threshold: 3 };
const JOURNALS = { kind: 'JOURNALS_SATISFACTORY', sessionKinds: [], label: 'Nine journals', threshold: 9 };

describe('progress table', () => {
  it('names a requirement by its label, or its kind and the session kinds it counts', () => {
    expect(requirementName(JOURNALS)).toBe('Nine journals');
    expect(requirementName(CONTACT)).toBe('Contact hours');
    expect(requirementName(SEMINARS)).toBe('Sessions attended (Faculty seminar, Retreat)');
  });

  it('writes achieved of needed, minutes in hours, and waived', () => {
    expect(standingCell({ ...SEMINARS, achieved: 2, waived: false })).toBe('2 of 3');
    expect(standingCell({ ...CONTACT, achieved: 450, waived: false })).toBe('7.5 of 9 h');
    expect(standingCell({ ...JOURNALS, achieved: 4, waived: true })).toBe('4 of 9, waived');
  });

  it('has a row per participant and a column per requirement', () => {
    const table = progressTable([CONTACT, SEMINARS], [
      { user: { fullName: 'Ana Beltran' }, withdrawnOn: null, eligible: true, requirements: [{ ...CONTACT, achieved: 540, waived: false }, { ...SEMINARS, achieved: 3, waived: false }] },
      { user: { fullName: 'Marcus Reed' }, withdrawnOn: '2026-10-01', eligible: false, requirements: [{ ...CONTACT, achieved: 0, waived: true }, { ...SEMINARS, achieved: 1, waived: false }] },
    ]);
    expect(table).toEqual({
      header: ['Participant', 'Withdrawn on', 'All requirements met', 'Contact hours', 'Sessions attended (Faculty seminar, Retreat)'],
      rows: [
        ['Ana Beltran', null, 'yes', '9 of 9 h', '3 of 3'],
        ['Marcus Reed', '2026-10-01', 'no', '0 of 9 h, waived', '1 of 3'],
      ],
    });
  });
});

describe('attendance table', () => {
  it('has a row per participant and session, with recorded and credited minutes', () => {
    const table = attendanceTable([
      {
        participant: { id: 'u1', fullName: 'Ana Beltran' }, sessionId: 's1', sessionTitle: 'Seminar 1', kind: 'FACULTY_SEMINAR' as SessionKind,
        startsAt: new Date('2026-09-10T16:00:00Z'), localDate: '2026-09-10', localTime: '09:00', durationMinutes: 150, optional: false,
        status: 'PRESENT' as AttendanceStatus, minutesAttended: 100, creditedMinutes: 0,
      },
    ]);
    expect(table.header).toEqual([
      'Participant', 'Session date', 'Start time', 'Session', 'Kind', 'Optional', 'Duration (minutes)', 'Status', 'Minutes attended', 'Minutes credited',
    ]);
    expect(table.rows).toEqual([['Ana Beltran', '2026-09-10', '09:00', 'Seminar 1', 'Faculty seminar', 'no', 150, 'Present', 100, 0]]);
  });
});

describe('transcripts table', () => {
  it('has the totals, then count and minutes for each category in the transcript’s order', () => {
    const lines = (seminar: number) => [
      { category: 'FACULTY_SEMINAR', name: 'Faculty seminars', sessions: seminar ? 1 : 0, minutes: seminar },
      { category: 'PRACTICUM', name: 'Practicum (approved entries)', sessions: 2, minutes: 90 },
    ];
    const table = transcriptsTable([
      { participant: { fullName: 'Ana Beltran' }, contactHours: 2.5, contactMinutes: 150, optionalMinutes: 0, madeUpMinutes: 0, lines: lines(150) },
      { participant: { fullName: 'Marcus Reed' }, contactHours: 0, contactMinutes: 0, optionalMinutes: 60, madeUpMinutes: 0, lines: lines(0) },
    ]);
    expect(table.header).toEqual([
      'Participant', 'Contact hours', 'Contact minutes', 'Optional session minutes', 'Made-up minutes',
      'Faculty seminars: count', 'Faculty seminars: minutes', 'Practicum (approved entries): count', 'Practicum (approved entries): minutes',
    ]);
    expect(table.rows).toEqual([
      ['Ana Beltran', 2.5, 150, 0, 0, 1, 150, 2, 90],
      ['Marcus Reed', 0, 0, 60, 0, 0, 0, 2, 90],
    ]);
  });
});

describe('CE roster table', () => {
  it('names the credit column by the approval’s unit', () => {
    const row = {
      participant: { id: 'u1', fullName: 'Ana Beltran' }, licenseType: 'LCSW', licenseState: 'CA', licenseNumber: 'LCSW 00001',
      completedOn: '2026-12-03', minutes: 540, hours: 9, ceus: 0.9, credit: 0.9, partialCredit: false,
    };
    const table = ceRosterTable({ approvalId: 'a', cohortId: 'c', board: 'Fictional Board', approvalNumber: 'N-1', unit: CeUnit.CEUS, courseHours: 9, totalCount: 1, rows: [row] });
    expect(table).toEqual({
      header: ['Name on licence', 'Licence type', 'Licence state', 'Licence number', 'Completion date', 'CEUs', 'Approval number', 'Board'],
      rows: [['Ana Beltran', 'LCSW', 'CA', 'LCSW 00001', '2026-12-03', 0.9, 'N-1', 'Fictional Board']],
    });
  });
});

describe('certificates table', () => {
  it('gives days of issue and revocation on the cohort’s clock, with the reason', () => {
    const certificate = {
      holderName: 'Devon Carter', code: 'ABCD-EFGH', issuedAt: new Date('2026-11-24T05:00:00Z'), contactHours: 9,
      verifyUrl: 'https://example.org/verify/ABCDEFGH', revokedAt: null as Date | null, revocationReason: null as string | null,
    };
    const revoked = { ...certificate, revokedAt: new Date('2026-11-25T18:00:00Z'), revocationReason: 'Issued too early' };
    expect(certificatesTable([certificate, revoked], 'America/Los_Angeles').rows).toEqual([
      ['Devon Carter', 'ABCD-EFGH', 'valid', '2026-11-23', 9, null, null, 'https://example.org/verify/ABCDEFGH'],
      ['Devon Carter', 'ABCD-EFGH', 'revoked', '2026-11-23', 9, '2026-11-25', 'Issued too early', 'https://example.org/verify/ABCDEFGH'],
    ]);
  });
});
