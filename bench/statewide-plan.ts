import { createHash } from 'node:crypto';
import type { Scale } from './statewide-data';
import { REGIONS } from './statewide-text';

/** Every cohort keeps its clock here; the network is statewide, so there is one. */
export const TIME_ZONE = 'America/Los_Angeles';

export const EMAIL_DOMAIN = 'statewide-iecmhc.example';

/** Cohorts run in twelve cycles of four weeks: a seminar, a community meeting and (every other cycle) reflective practice each. */
export const CYCLES = 12;
export const CYCLE_DAYS = 28;
export const JOURNALS = 10;
export const PRACTICUM_ENTRIES = 10;
export const COMMUNITY_SIZE = 25;
export const FACULTY_PER_COHORT = 3;

/** One cohort to generate; `n` names its records (see `stableId`). */
export interface CohortPlan {
  n: number;
  /** 1-based index into REGIONS: one program per region. */
  program: number;
  label: string;
  size: number;
  communities: number;
  facilitators: number;
  faculty: number;
  /** How many days before this week's Monday the cohort started: sessions, due dates and entries before today are "held". */
  startOffset: number;
  /** Finished cohorts whose participants already hold their certificates. */
  certified: boolean;
}

export interface StatewidePlan {
  cohorts: CohortPlan[];
  large: CohortPlan;
  small: CohortPlan;
  issue: CohortPlan;
}

/** Running cohorts started about 38 weeks ago (sessions until February), finished ones a year before them. */
const RUNNING_OFFSET = 266;
const FINISHED_OFFSET = RUNNING_OFFSET + 364;
/** The issue cohort ended some ten weeks ago: eligible, not yet certified. */
const ISSUE_OFFSET = RUNNING_OFFSET + 140;

function cohort(n: number, label: string, size: number, startOffset: number, certified: boolean): CohortPlan {
  const communities = Math.ceil(size / COMMUNITY_SIZE);
  return {
    n, program: ((n - 1) % REGIONS.length) + 1, label, size, communities, facilitators: Math.ceil(communities / 2),
    faculty: FACULTY_PER_COHORT, startOffset, certified,
  };
}

/** Cohorts start a week apart in turn, so they do not all meet on the same days. */
const stagger = (n: number) => 7 * ((n % 3) - 1);

/**
 * Full: 20 cohorts of 500 (10 finished and certified, 10 running), a 12-person running cohort and
 * the 1,000-person cohort awaiting its certificates. Small: 2 cohorts of 50, 12, and 100.
 */
export function statewidePlan(scale: Scale): StatewidePlan {
  const [statewide, perCohort, issueSize] = scale === 'full' ? [20, 500, 1000] : [2, 50, 100];
  const finished = statewide / 2;
  const cohorts = Array.from({ length: statewide }, (_, index) => {
    const n = index + 1;
    const certified = n <= finished;
    return cohort(n, `cohort ${n}`, perCohort, (certified ? FINISHED_OFFSET : RUNNING_OFFSET) + stagger(n), certified);
  });
  const small = cohort(statewide + 1, 'small-county cohort', 12, RUNNING_OFFSET, false);
  const issue = cohort(statewide + 2, `cohort ${statewide + 2}`, issueSize, ISSUE_OFFSET, false);
  return { cohorts: [...cohorts, small, issue], large: cohorts[finished], small, issue };
}

/**
 * Records referred to by later statements get ids derived from what they are ("cohort:7",
 * "participant:7:123"), so each statement computes the ids it needs instead of looking them up.
 * They are md5 digests shaped as version 4 UUIDs, as the app's validation wants. `stableIdSql` is
 * the same function in SQL, over SQL expressions.
 */
export function stableId(kind: string, ...parts: (string | number)[]): string {
  const hex = createHash('md5').update([kind, ...parts].join(':')).digest('hex');
  const variant = '89ab'[parseInt(hex[16], 16) % 4];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function stableIdSql(kind: string, ...parts: string[]): string {
  return idSql(`'${kind}'`, ...parts);
}

/** `stableIdSql` with the kind an SQL expression too. */
export function idSql(...parts: string[]): string {
  const digest = `md5(${parts.map((part) => `(${part})::text`).join(` || ':' || `)})`;
  return `(SELECT overlay(overlay(h PLACING '4' FROM 13) PLACING substr('89ab', (strpos('0123456789abcdef', substr(h, 17, 1)) - 1) % 4 + 1, 1) FROM 17)::uuid
             FROM ${digest} AS h)`;
}
