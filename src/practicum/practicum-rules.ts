import { PracticumActivity, PracticumEntryStatus } from './practicum-enums';

export const MINUTES_MIN = 1;
export const MINUTES_MAX = 720;
export const REFLECTION_MAX_LENGTH = 20_000;
export const COMMENT_MAX_LENGTH = 5_000;
export const PROVIDER_CODE = /^[A-Z0-9-]{3,20}$/;

/** Today as the server's calendar sees it (YYYY-MM-DD). */
export function serverToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Why a practicum date is not acceptable for the cohort, or null. Dates compare as YYYY-MM-DD strings. */
export function entryDateProblem(date: string, cohort: { startsOn: string; endsOn: string }, today: string): string | null {
  if (date > today) return `is in the future (today is ${today})`;
  if (date < cohort.startsOn) return `is before the cohort starts (${cohort.startsOn})`;
  if (date > cohort.endsOn) return `is after the cohort ends (${cohort.endsOn})`;
  return null;
}

export interface MinutesRow {
  status: PracticumEntryStatus;
  activity: PracticumActivity;
  minutes: number;
}

export interface StatusMinutes {
  approvedMinutes: number;
  pendingMinutes: number;
  returnedMinutes: number;
}

export interface MinutesTotals extends StatusMinutes {
  byActivity: (StatusMinutes & { activity: PracticumActivity })[];
}

const STATUS_FIELD: Record<PracticumEntryStatus, keyof StatusMinutes> = {
  [PracticumEntryStatus.APPROVED]: 'approvedMinutes',
  [PracticumEntryStatus.PENDING]: 'pendingMinutes',
  [PracticumEntryStatus.CHANGES_REQUESTED]: 'returnedMinutes',
};

const zero = (): StatusMinutes => ({ approvedMinutes: 0, pendingMinutes: 0, returnedMinutes: 0 });

/**
 * Folds minutes by status and activity: single entries (myPracticum) or SQL sums per
 * status and activity (practicumSummary) alike. Every activity is listed, zeros included.
 */
export function totalMinutes(rows: MinutesRow[]): MinutesTotals {
  const totals = zero();
  const byActivity = new Map(Object.values(PracticumActivity).map((activity) => [activity, { activity, ...zero() }]));
  for (const row of rows) {
    const field = STATUS_FIELD[row.status];
    totals[field] += row.minutes;
    byActivity.get(row.activity)![field] += row.minutes;
  }
  return { ...totals, byActivity: [...byActivity.values()] };
}
