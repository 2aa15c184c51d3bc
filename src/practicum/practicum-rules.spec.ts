import { PracticumActivity, PracticumEntryStatus } from './practicum-enums';
import { entryDateProblem, PROVIDER_CODE, serverToday, totalMinutes } from './practicum-rules';

const cohort = { startsOn: '2026-01-05', endsOn: '2026-12-18' };

describe('entryDateProblem', () => {
  it('accepts a day within the cohort up to today', () => {
    expect(entryDateProblem('2026-01-05', cohort, '2026-11-23')).toBeNull();
    expect(entryDateProblem('2026-11-23', cohort, '2026-11-23')).toBeNull();
  });

  it('refuses the future, days before the cohort and after it', () => {
    expect(entryDateProblem('2026-11-24', cohort, '2026-11-23')).toMatch(/future/);
    expect(entryDateProblem('2026-01-04', cohort, '2026-11-23')).toMatch(/before the cohort starts \(2026-01-05\)/);
    expect(entryDateProblem('2026-12-19', cohort, '2027-02-01')).toMatch(/after the cohort ends/);
  });
});

describe('serverToday', () => {
  it('is the local calendar day', () => {
    expect(serverToday(new Date(2026, 10, 3, 23, 59))).toBe('2026-11-03');
  });
});

describe('PROVIDER_CODE', () => {
  it.each(['FCC-0012', 'ABC', 'A1-B2-C3-D4-E5-F6-G7'])('accepts %p', (code) => expect(PROVIDER_CODE.test(code)).toBe(true));
  it.each(['Maria Lopez', 'MARIA LOPEZ', 'fcc-0012', 'AB', 'A'.repeat(21), 'FCC_12'])('refuses %p', (code) =>
    expect(PROVIDER_CODE.test(code)).toBe(false),
  );
});

describe('totalMinutes', () => {
  it('sums by status and activity, listing every activity', () => {
    const totals = totalMinutes([
      { status: PracticumEntryStatus.APPROVED, activity: PracticumActivity.OBSERVATION, minutes: 60 },
      { status: PracticumEntryStatus.APPROVED, activity: PracticumActivity.OBSERVATION, minutes: 30 },
      { status: PracticumEntryStatus.PENDING, activity: PracticumActivity.FOLLOW_UP, minutes: 45 },
      { status: PracticumEntryStatus.CHANGES_REQUESTED, activity: PracticumActivity.OBSERVATION, minutes: 20 },
    ]);
    expect(totals).toMatchObject({ approvedMinutes: 90, pendingMinutes: 45, returnedMinutes: 20 });
    expect(totals.byActivity).toHaveLength(5);
    expect(totals.byActivity.find((row) => row.activity === PracticumActivity.OBSERVATION)).toEqual({
      activity: PracticumActivity.OBSERVATION,
      approvedMinutes: 90,
      pendingMinutes: 0,
      returnedMinutes: 20,
    });
  });

  it('is all zeros without entries', () => {
    expect(totalMinutes([])).toMatchObject({ approvedMinutes: 0, pendingMinutes: 0, returnedMinutes: 0 });
  });
});
