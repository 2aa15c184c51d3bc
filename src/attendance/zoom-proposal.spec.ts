import { ExpectedPerson } from './zoom-matcher';
import { proposeAttendance, SessionWindow, unionLength, ZoomProposal } from './zoom-proposal';
import { parseZoomReport, ZoomReport } from './zoom-report';

const HEADER = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest';

/** 10:00 to 12:30 in Los Angeles on 24 November 2026 (18:00Z); PRESENT from 120 minutes. */
const WINDOW: SessionWindow = { startsAt: new Date('2026-11-24T18:00:00Z'), durationMinutes: 150, timeZone: 'America/Los_Angeles', minimumPercent: 80 };

const PEOPLE: ExpectedPerson[] = [
  { id: 'lena', fullName: 'Lena Marquez', email: 'lena.marquez@example.org' },
  { id: 'noor', fullName: 'Noor Haddad', email: 'noor.haddad@example.org' },
  { id: 'sam-1', fullName: 'Sam Lee', email: 'sam.lee@example.org' },
  { id: 'sam-2', fullName: 'Sam Lee', email: 'samuel.lee@example.org' },
];

function report(lines: string[]): ZoomReport {
  const outcome = parseZoomReport(lines.join('\n'));
  if ('problem' in outcome) throw new Error(outcome.problem);
  return outcome.report;
}

function proposals(lines: string[], window = WINDOW): ZoomProposal[] {
  const outcome = proposeAttendance(report(lines), window, PEOPLE);
  if ('problem' in outcome) throw new Error(outcome.problem);
  return outcome.proposals;
}

const brief = ({ row, rows, match, personId, candidateIds, minutes, status, minutesAttended }: ZoomProposal) => ({
  row, rows, match, personId, candidateIds, minutes, status, minutesAttended,
});

describe('proposing attendance from a Zoom report', () => {
  it('merges rejoins, counts overlapping rows once, clips to the session and matches by e-mail, then name', () => {
    const result = proposals([
      HEADER,
      // Early, then a drop and a rejoin from a second device while the first was still connected.
      'Lena M (Lena Marquez),lena.marquez@example.org,11/24/2026 09:50:00 AM,11/24/2026 10:40:30 AM,50,No',
      'Lena M (Lena Marquez),lena.marquez@example.org,11/24/2026 10:35:00 AM,11/24/2026 12:45:00 PM,130,No',
      'Noor Haddad,,11/24/2026 10:10:00 AM,11/24/2026 11:40:00 AM,90,Yes',
      'Sam Lee,,11/24/2026 10:00:00 AM,11/24/2026 12:30:00 PM,150,Yes',
      'Dr. Amara Osei,amara.osei@example.org,11/24/2026 09:45:00 AM,11/24/2026 12:40:00 PM,175,No',
    ]);
    expect(result.map(brief)).toEqual([
      { row: 2, rows: [2, 3], match: 'EMAIL', personId: 'lena', candidateIds: [], minutes: 150, status: 'PRESENT', minutesAttended: 150 },
      { row: 4, rows: [4], match: 'NAME', personId: 'noor', candidateIds: [], minutes: 90, status: 'ABSENT', minutesAttended: 0 },
      { row: 5, rows: [5], match: 'AMBIGUOUS', personId: null, candidateIds: ['sam-1', 'sam-2'], minutes: 150, status: 'PRESENT', minutesAttended: 150 },
      { row: 6, rows: [6], match: 'UNMATCHED', personId: null, candidateIds: [], minutes: 150, status: 'PRESENT', minutesAttended: 150 },
    ]);
    expect(result[0]).toMatchObject({ name: 'Lena M (Lena Marquez)', displayName: 'Lena M', originalName: 'Lena Marquez', email: 'lena.marquez@example.org', reason: null });
  });

  it('merges one person’s rows matched by e-mail and by name, and leaves out the waiting room', () => {
    const result = proposals([
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room,Marketing Opt-In',
      'Noor Haddad,,2026-11-24 09:40:00,2026-11-24 10:20:00,40,No,,Yes,',
      'Noor Haddad,,2026-11-24 10:20:00,2026-11-24 11:00:00,40,No,Yes,No,',
      'Noor (Noor Haddad),noor.haddad@example.org,2026-11-24 11:05:00,2026-11-24 12:30:00,85,No,Yes,No,',
    ]);
    expect(result.map(brief)).toEqual([{ row: 2, rows: [2, 3, 4], match: 'EMAIL', personId: 'noor', candidateIds: [], minutes: 125, status: 'PRESENT', minutesAttended: 125 }]);
    expect(result[0].email).toBe('noor.haddad@example.org');
  });

  it('decides PRESENT at the share asked for', () => {
    const lines = [HEADER, 'Noor Haddad,,11/24/2026 10:00:00 AM,11/24/2026 11:30:00 AM,90,No'];
    expect(proposals(lines)[0].status).toBe('ABSENT');
    expect(proposals(lines, { ...WINDOW, minimumPercent: 60 })[0]).toMatchObject({ status: 'PRESENT', minutesAttended: 90 });
  });

  it('takes a unique-users report’s total, within the session’s length, when it has no times', () => {
    const result = proposals([
      'Meeting ID,Topic,Start Time',
      '812 3456 7890,Monthly faculty seminar,11/24/2026 09:58:00 AM',
      '',
      'Name (Original Name),User Email,Total Duration (Minutes),Guest',
      'Noor Haddad,,128,No',
      'Lena Marquez,,171,No',
    ]);
    expect(result.map(({ personId, minutes, status }) => ({ personId, minutes, status }))).toEqual([
      { personId: 'noor', minutes: 128, status: 'PRESENT' },
      { personId: 'lena', minutes: 150, status: 'PRESENT' },
    ]);
  });

  it('bounds a unique-users span by Zoom’s total, which leaves out time away', () => {
    const result = proposals(['Name (Original Name),User Email,Join Time,Leave Time,Total Duration (Minutes),Guest', 'Noor Haddad,,11/24/2026 10:00 AM,11/24/2026 12:30 PM,100,No']);
    expect(result[0]).toMatchObject({ minutes: 100, status: 'ABSENT' });
  });

  it('refuses a report of another day, by its join times or its meeting’s start', () => {
    const lastWeek = [HEADER, 'Noor Haddad,,11/17/2026 10:00:00 AM,11/17/2026 12:30:00 PM,150,No'];
    expect(proposeAttendance(report(lastWeek), WINDOW, PEOPLE)).toEqual({
      problem: 'this report is of a meeting on Tue, Nov 17, 2026, the session is on Tue, Nov 24, 2026',
    });
    const startedLastWeek = ['Topic,Start Time', 'Seminar,11/17/2026 09:58 AM', '', 'Name (Original Name),User Email,Total Duration (Minutes)', 'Noor Haddad,,150'];
    expect(proposeAttendance(report(startedLastWeek), WINDOW, PEOPLE)).toEqual({
      problem: 'this report is of a meeting on Tue, Nov 17, 2026, the session is on Tue, Nov 24, 2026',
    });
  });

  it('reads the day on the cohort’s clock', () => {
    // 18:00Z on the 24th is already the 25th in Tokyo.
    const lines = [HEADER, 'Noor Haddad,,11/24/2026 10:00:00 AM,11/24/2026 12:30:00 PM,150,No'];
    expect(proposeAttendance(report(lines), { ...WINDOW, timeZone: 'Asia/Tokyo' }, PEOPLE)).toEqual({
      problem: 'this report is of a meeting on Tue, Nov 24, 2026, the session is on Wed, Nov 25, 2026',
    });
  });

  it('refuses a unique-users report whose day cannot be told', () => {
    const undated = ['Name (Original Name),User Email,Total Duration (Minutes),Guest', 'Noor Haddad,,128,No'];
    expect(proposeAttendance(report(undated), WINDOW, PEOPLE)).toEqual({ problem: expect.stringMatching(/^has neither join times nor the meeting’s start/) });
  });
});

describe('unionLength', () => {
  it('counts overlapping and touching intervals once, inside the window only', () => {
    const within = { from: 100, to: 200 };
    expect(unionLength([], within)).toBe(0);
    expect(unionLength([{ from: 50, to: 120 }, { from: 110, to: 130 }, { from: 130, to: 140 }, { from: 190, to: 300 }], within)).toBe(50);
    expect(unionLength([{ from: 120, to: 180 }, { from: 130, to: 140 }], within)).toBe(60);
    expect(unionLength([{ from: 0, to: 90 }, { from: 210, to: 300 }], within)).toBe(0);
  });
});
