import { parseZoomReport, splitName, ZoomReport } from './zoom-report';
import { parseWallTime } from './zoom-wall-time';

const HEADER = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest';

function report(text: string): ZoomReport {
  const outcome = parseZoomReport(text);
  if ('problem' in outcome) throw new Error(outcome.problem);
  return outcome.report;
}

function problem(text: string): string {
  const outcome = parseZoomReport(text);
  if ('report' in outcome) throw new Error('expected a refusal');
  return outcome.problem;
}

describe('splitName', () => {
  it('finds the original name inside the last balanced parentheses', () => {
    expect(splitName('Lena M (Lena Marquez)')).toEqual({ displayName: 'Lena M', originalName: 'Lena Marquez' });
    expect(splitName('Dr. Ana (she/her) (Ana Ruiz)')).toEqual({ displayName: 'Dr. Ana (she/her)', originalName: 'Ana Ruiz' });
    expect(splitName('Sam (Samuel (Sam) Lee)')).toEqual({ displayName: 'Sam', originalName: 'Samuel (Sam) Lee' });
  });

  it('keeps a name without parentheses, or with unbalanced or empty ones, as shown', () => {
    expect(splitName('Noor Haddad')).toEqual({ displayName: 'Noor Haddad', originalName: null });
    expect(splitName('Noor Haddad)')).toEqual({ displayName: 'Noor Haddad)', originalName: null });
    expect(splitName('Noor ()')).toEqual({ displayName: 'Noor ()', originalName: null });
    expect(splitName('(Noor Haddad)')).toEqual({ displayName: 'Noor Haddad', originalName: 'Noor Haddad' });
  });
});

describe('parseWallTime', () => {
  it('reads US times with AM/PM and ISO times, seconds optional', () => {
    expect(parseWallTime('11/24/2026 10:02:13 AM')).toEqual({ date: '2026-11-24', hour: 10, minute: 2, second: 13 });
    expect(parseWallTime('11/24/2026 12:05:00 AM')).toEqual({ date: '2026-11-24', hour: 0, minute: 5, second: 0 });
    expect(parseWallTime('11/24/2026 12:05 PM')).toEqual({ date: '2026-11-24', hour: 12, minute: 5, second: 0 });
    expect(parseWallTime('11/24/2026 14:05')).toEqual({ date: '2026-11-24', hour: 14, minute: 5, second: 0 });
    expect(parseWallTime('2026-11-24 10:02:13')).toEqual({ date: '2026-11-24', hour: 10, minute: 2, second: 13 });
  });

  it('refuses what names no real time', () => {
    for (const text of ['', 'yesterday', '02/30/2026 10:00 AM', '13/01/2026 10:00', '11/24/2026 13:00 PM', '2026-11-24 24:00', '2026-11-24']) {
      expect(parseWallTime(text)).toBeNull();
    }
  });
});

describe('parseZoomReport', () => {
  it('reads the plain report, a rejoin as a row of its own, an empty e-mail as none', () => {
    const parsed = report(
      [
        HEADER,
        'Lena M (Lena Marquez),lena.marquez@example.org,11/24/2026 09:58:02 AM,11/24/2026 10:40:10 AM,42,No',
        'Lena M (Lena Marquez),lena.marquez@example.org,11/24/2026 10:41:00 AM,11/24/2026 12:30:00 PM,109,No',
        'Tomas Reyes,,11/24/2026 10:00:00 AM,11/24/2026 12:30:00 PM,150,Yes',
      ].join('\n'),
    );
    expect(parsed).toMatchObject({ meeting: null, hasTimes: true, uniqueUsers: false });
    expect(parsed.rows).toEqual([
      expect.objectContaining({ line: 2, displayName: 'Lena M', originalName: 'Lena Marquez', email: 'lena.marquez@example.org', durationMinutes: 42 }),
      expect.objectContaining({ line: 3, joinTime: { date: '2026-11-24', hour: 10, minute: 41, second: 0 }, leaveTime: { date: '2026-11-24', hour: 12, minute: 30, second: 0 } }),
      expect.objectContaining({ line: 4, name: 'Tomas Reyes', displayName: 'Tomas Reyes', originalName: null, email: null, inWaitingRoom: false }),
    ]);
  });

  it('reads the newer columns, a BOM, Windows line endings and ISO times', () => {
    const parsed = report(
      '\uFEFFName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room,Marketing Opt-In\r\n' +
        'Noor Haddad,noor@example.org,2026-11-24 09:55:00,2026-11-24 10:00:00,5,No,,Yes,\r\n' +
        'Noor Haddad,noor@example.org,2026-11-24 10:00:00,2026-11-24 12:30:00,150,No,Yes,No,\r\n',
    );
    expect(parsed.rows.map((row) => [row.line, row.name, row.inWaitingRoom])).toEqual([
      [2, 'Noor Haddad', true],
      [3, 'Noor Haddad', false],
    ]);
  });

  it('reads the meeting block of an export with meeting data, and the participants after it', () => {
    const parsed = report(
      [
        'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
        '812 3456 7890,Monthly faculty seminar,11/24/2026 09:55:02 AM,11/24/2026 12:35:10 PM,host@example.org,160,2',
        '',
        HEADER,
        'Noor Haddad,noor@example.org,11/24/2026 10:00:00 AM,11/24/2026 12:30:00 PM,150,No',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ topic: 'Monthly faculty seminar', meetingId: '812 3456 7890', startTime: { date: '2026-11-24', hour: 9, minute: 55, second: 2 } });
    expect(parsed.rows).toEqual([expect.objectContaining({ line: 5, name: 'Noor Haddad' })]);
  });

  it('reads the meeting’s data on every row, the participant’s e-mail and duration after the host’s', () => {
    const parsed = report(
      [
        'Topic,Meeting ID,Host,User Email,Duration (Minutes),Start Time,End Time,Participants,Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest',
        'Monthly faculty seminar,812 3456 7890,Amara Osei,host@example.org,160,11/24/2026 09:55 AM,11/24/2026 12:35 PM,2,Noor Haddad,noor@example.org,11/24/2026 10:00 AM,11/24/2026 12:30 PM,150,No',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ topic: 'Monthly faculty seminar', meetingId: '812 3456 7890', startTime: { date: '2026-11-24', hour: 9, minute: 55, second: 0 } });
    expect(parsed.rows).toEqual([expect.objectContaining({ name: 'Noor Haddad', email: 'noor@example.org', durationMinutes: 150 })]);
  });

  it('reads the unique-users variant, with or without join and leave times', () => {
    const withoutTimes = report(['Name (Original Name),User Email,Total Duration (Minutes),Guest', 'Noor Haddad,noor@example.org,148,No'].join('\n'));
    expect(withoutTimes).toMatchObject({ hasTimes: false, uniqueUsers: true, rows: [{ durationMinutes: 148, joinTime: null }] });
    const withTimes = report(
      ['Name (Original Name),User Email,Join Time,Leave Time,Total Duration (Minutes),Guest', 'Noor Haddad,,11/24/2026 10:00 AM,11/24/2026 12:30 PM,140,No'].join('\n'),
    );
    expect(withTimes).toMatchObject({ hasTimes: true, uniqueUsers: true, rows: [{ durationMinutes: 140 }] });
  });

  it('refuses what is not a participant report, naming the missing columns', () => {
    expect(problem('')).toBe('is empty');
    expect(problem('Email,Minutes\na@example.org,3')).toMatch(/no “Name \(Original Name\)” column/);
    expect(problem('Name (Original Name),User Email,Leave Time,Duration (Minutes)\nNoor,,11/24/2026 10:00 AM,3')).toBe('misses the column “Join Time”');
    expect(problem('Name (Original Name),Join Time,Leave Time\nNoor,11/24/2026 10:00 AM,11/24/2026 10:03 AM')).toBe('misses the column “User Email”');
    expect(problem('Name (Original Name),User Email,Guest\nNoor,,No')).toBe('misses the columns “Join Time”, “Leave Time”');
    expect(problem(HEADER)).toBe('lists no participants');
  });

  it('refuses bad lines, naming each', () => {
    const refused = problem(
      [
        HEADER,
        ',a@example.org,11/24/2026 10:00 AM,11/24/2026 10:30 AM,30,No',
        'Noor Haddad,,the morning,11/24/2026 10:30 AM,30,No',
        'Tomas Reyes,,11/24/2026 11:00 AM,11/24/2026 10:30 AM,0,No',
      ].join('\n'),
    );
    expect(refused).toBe(
      'line 2: the name is empty; line 3: Join Time “the morning” is not a date and time; line 4: Leave Time “11/24/2026 10:30 AM” is before Join Time “11/24/2026 11:00 AM”',
    );
  });

  it('names five bad lines and counts the rest', () => {
    const lines = Array.from({ length: 8 }, (_, index) => `Person ${index},,soon,11/24/2026 10:30 AM,30,No`);
    expect(problem([HEADER, ...lines].join('\n'))).toMatch(/^line 2: .*line 6: [^;]*; and 3 more lines$/);
  });

  it('refuses text that is not CSV, and a meeting block with a bad start', () => {
    expect(problem(`${HEADER}\n"Noor Haddad,,11/24/2026 10:00 AM`)).toBe('is not valid CSV at line 2: a quoted value is never closed');
    expect(problem(['Topic,Start Time', 'Seminar,tomorrow', HEADER, 'Noor,,11/24/2026 10:00 AM,11/24/2026 10:30 AM,30,No'].join('\n'))).toBe(
      'line 2: the meeting’s Start Time “tomorrow” is not a date and time',
    );
  });
});
