import {
  digestCohortsEndingFrom,
  digestWeek,
  journalDueWindow,
  keyText,
  LateParticipant,
  practicumWaitingSince,
  programDigests,
  reviewerSummaries,
  WaitingEntry,
  waitingKey,
} from './reminder-rules';

const SETTINGS = { journalDueHours: 48, practicumWaitDays: 7 };

describe('journalDueWindow', () => {
  it('covers the next 48 hours from now', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(journalDueWindow(now, SETTINGS)).toEqual({ from: now, until: new Date('2026-11-26T10:00:00Z') });
  });

  it('follows the configured lead time', () => {
    expect(journalDueWindow(new Date('2026-11-24T10:00:00Z'), { ...SETTINGS, journalDueHours: 6 }).until).toEqual(new Date('2026-11-24T16:00:00Z'));
  });
});

describe('practicumWaitingSince', () => {
  it('is the configured number of days before now', () => {
    expect(practicumWaitingSince(new Date('2026-11-24T10:00:00Z'), SETTINGS)).toEqual(new Date('2026-11-17T10:00:00Z'));
    expect(practicumWaitingSince(new Date('2026-11-24T10:00:00Z'), { ...SETTINGS, practicumWaitDays: 1 })).toEqual(new Date('2026-11-23T10:00:00Z'));
  });
});

describe('digestWeek', () => {
  it.each([
    ['2026-11-23T07:00:00Z', '2026-11-23', 'Monday 07:00 UTC: this week'],
    ['2026-11-23T06:59:59Z', '2026-11-16', 'Monday before 07:00: still last week'],
    ['2026-11-24T19:46:00Z', '2026-11-23', 'Tuesday'],
    ['2026-11-29T23:59:59Z', '2026-11-23', 'Sunday night'],
    ['2027-01-01T12:00:00Z', '2026-12-28', 'across a year'],
  ])('%s is the week of %s (%s)', (now, week) => {
    expect(digestWeek(new Date(now))).toBe(week);
  });
});

describe('digestCohortsEndingFrom', () => {
  it('keeps cohorts that ended within the last 30 days', () => {
    expect(digestCohortsEndingFrom(new Date('2026-11-24T10:00:00Z'))).toBe('2026-10-25');
  });
});

const entry = (reviewerId: string, cohortId: string, entryId: string, submittedAt = '2026-11-01T09:00:00.000Z'): WaitingEntry => ({
  reviewerId,
  email: `${reviewerId}@example.org`,
  fullName: `Reviewer ${reviewerId}`,
  cohortId,
  cohortName: `Cohort ${cohortId}`,
  entryId,
  submittedAt: new Date(submittedAt),
});

describe('reviewerSummaries', () => {
  const rows = [entry('fay', 'north', 'e1'), entry('fay', 'north', 'e2'), entry('fay', 'south', 'e3'), entry('gil', 'north', 'e1')];

  it('gives each reviewer one summary counting every entry waiting for them, per cohort', () => {
    const claimed = new Set(rows.map((row) => keyText(waitingKey(row))));
    expect(reviewerSummaries(rows, claimed)).toEqual([
      {
        reviewerId: 'fay',
        email: 'fay@example.org',
        fullName: 'Reviewer fay',
        cohorts: [
          { cohortId: 'north', cohortName: 'Cohort north', waiting: 2 },
          { cohortId: 'south', cohortName: 'Cohort south', waiting: 1 },
        ],
      },
      { reviewerId: 'gil', email: 'gil@example.org', fullName: 'Reviewer gil', cohorts: [{ cohortId: 'north', cohortName: 'Cohort north', waiting: 1 }] },
    ]);
  });

  it('reminds only reviewers with an entry not reminded of before, and then of all that wait', () => {
    const claimed = new Set([keyText(waitingKey(rows[2]))]);
    expect(reviewerSummaries(rows, claimed).map((summary) => [summary.reviewerId, summary.cohorts.map((cohort) => cohort.waiting)])).toEqual([['fay', [2, 1]]]);
    expect(reviewerSummaries(rows, new Set())).toEqual([]);
  });

  it('keys an entry by its last submission, so one sent back and submitted again waits anew', () => {
    const again = entry('fay', 'north', 'e1', '2026-11-20T09:00:00.000Z');
    expect(waitingKey(again)).toEqual({ userId: 'fay', subjectId: 'e1', occasion: '2026-11-20T09:00:00.000Z' });
    expect(keyText(waitingKey(again))).not.toBe(keyText(waitingKey(rows[0])));
  });
});

const late = (cohortId: string, participantName: string, lateJournals: number, waitingEntries: number, programId = 'p1'): LateParticipant => ({
  programId,
  programName: `Program ${programId}`,
  cohortId,
  cohortName: `Cohort ${cohortId}`,
  participantName,
  lateJournals,
  waitingEntries,
});

describe('programDigests', () => {
  it('sums per cohort and names the people, most first', () => {
    const digests = programDigests([late('c1', 'Ben Okafor', 1, 0), late('c1', 'Ana Diaz', 2, 1), late('c2', 'Cleo Park', 0, 3), late('c3', 'Dev Rao', 1, 0, 'p2')]);
    expect(digests).toEqual([
      {
        programId: 'p1',
        programName: 'Program p1',
        cohorts: [
          {
            cohortId: 'c1',
            cohortName: 'Cohort c1',
            lateJournals: { total: 3, people: [{ name: 'Ana Diaz', count: 2 }, { name: 'Ben Okafor', count: 1 }] },
            waitingEntries: { total: 1, people: [{ name: 'Ana Diaz', count: 1 }] },
          },
          { cohortId: 'c2', cohortName: 'Cohort c2', lateJournals: { total: 0, people: [] }, waitingEntries: { total: 3, people: [{ name: 'Cleo Park', count: 3 }] } },
        ],
      },
      {
        programId: 'p2',
        programName: 'Program p2',
        cohorts: [{ cohortId: 'c3', cohortName: 'Cohort c3', lateJournals: { total: 1, people: [{ name: 'Dev Rao', count: 1 }] }, waitingEntries: { total: 0, people: [] } }],
      },
    ]);
  });

  it('leaves out cohorts and programs with nothing late', () => {
    expect(programDigests([late('c1', 'Ana Diaz', 0, 0)])).toEqual([]);
    expect(programDigests([])).toEqual([]);
  });
});
