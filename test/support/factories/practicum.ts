import { TestApp } from '../test-app';
import { givenCommunity } from './curriculum';
import { SignedIn } from './people';

export const ENTRY_FIELDS = `id version date minutes activity reflection status submittedAt
  placement { id providerCode }
  participant { id fullName }
  reviews { decision comment createdAt reviewer { id fullName } }`;

export const REFLECTION = 'Observed the afternoon routine; the provider used a calm voice during the transition to nap.';

export async function givenPlacement(
  app: TestApp,
  participant: SignedIn,
  cohortId: string,
  fields: { providerCode?: string; settingType?: string; region?: string } = {},
): Promise<string> {
  const { createPlacement } = await app.ok(
    `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`,
    {
      input: {
        cohortId,
        providerCode: fields.providerCode ?? `FCC-${Math.floor(Math.random() * 1e6)}`,
        settingType: fields.settingType ?? 'FAMILY_CHILD_CARE_HOME',
        ...(fields.region ? { region: fields.region } : {}),
      },
    },
    participant.token,
  );
  return createPlacement.id;
}

export interface EntryFields {
  date?: string;
  minutes?: number;
  activity?: string;
  reflection?: string;
}

export function logPracticum(app: TestApp, participant: SignedIn, placementId: string, fields: EntryFields = {}) {
  return app.gql(`mutation($input: LogPracticumInput!) { logPracticum(input: $input) { ${ENTRY_FIELDS} } }`, {
    input: {
      placementId,
      date: fields.date ?? '2026-10-14',
      minutes: fields.minutes ?? 90,
      activity: fields.activity ?? 'OBSERVATION',
      reflection: fields.reflection ?? REFLECTION,
    },
  }, participant.token);
}

export async function givenEntry(app: TestApp, participant: SignedIn, placementId: string, fields: EntryFields = {}): Promise<string> {
  const result = await logPracticum(app, participant, placementId, fields);
  if (result.errors?.length) throw new Error(`logPracticum failed: ${JSON.stringify(result.errors)}`);
  return result.data.logPracticum.id;
}

/** Reviews the entry at `version` (1 until its author edits it). */
export function reviewEntry(app: TestApp, reviewer: SignedIn, entryId: string, decision: string, comment: string | null = 'Thank you, clearly described.', version = 1) {
  return app.gql(
    `mutation($input: ReviewPracticumEntryInput!) { reviewPracticumEntry(input: $input) { ${ENTRY_FIELDS} } }`,
    { input: { entryId, decision, comment, version } },
    reviewer.token,
  );
}

/** Row counts of every table a practicum mutation writes, to prove a refused request wrote nothing. */
export async function practicumRowCounts(app: TestApp): Promise<Record<string, number>> {
  const { rows } = await app.db.query(`SELECT
    (SELECT count(*) FROM practicum_placement)::int AS placements,
    (SELECT count(*) FROM practicum_log_entry)::int AS entries,
    (SELECT count(*) FROM practicum_review)::int AS reviews,
    (SELECT count(*) FROM audit_event)::int AS audit_events,
    (SELECT md5(string_agg(id::text || status || minutes || date || activity || reflection, ',' ORDER BY id)) FROM practicum_log_entry) AS entry_state`);
  return rows[0];
}

/**
 * Practicum data for many participants at once, straight to the database: a placement each and
 * one entry in each status (the returned ones reviewed by `reviewerId`), all in one community
 * (created through the API) that `facilitatorId` facilitates.
 */
export async function givenBulkPracticum(
  app: TestApp,
  admin: SignedIn,
  cohortId: string,
  participantIds: string[],
  facilitatorId: string,
  reviewerId: string,
): Promise<void> {
  await givenCommunity(app, admin, cohortId, [facilitatorId], participantIds);
  await app.db.query(
    `WITH placements AS (
       INSERT INTO practicum_placement (cohort_id, participant_id, provider_code, setting_type, region)
       SELECT $1, participant_id, 'FCC-' || lpad(n::text, 4, '0'), 'FAMILY_CHILD_CARE_HOME', 'Fresno County'
       FROM unnest($2::uuid[]) WITH ORDINALITY AS p(participant_id, n)
       RETURNING id, participant_id
     ), entries AS (
       INSERT INTO practicum_log_entry (placement_id, participant_id, cohort_id, date, minutes, activity, reflection, status, submitted_at)
       SELECT placements.id, placements.participant_id, $1, '2026-10-01'::date + s.n, 30 + s.n * 15, s.activity::practicum_activity,
              'Bulk reflection ' || s.n, s.status::practicum_entry_status, now() - (s.n || ' hours')::interval
       FROM placements CROSS JOIN (VALUES (1, 'OBSERVATION', 'PENDING'), (2, 'FOLLOW_UP', 'APPROVED'), (3, 'ACTION_PLANNING', 'CHANGES_REQUESTED')) AS s(n, activity, status)
       RETURNING id, status
     )
     INSERT INTO practicum_review (entry_id, reviewer_id, decision, comment)
     SELECT id, $3, status::text::practicum_review_decision, 'Bulk comment' FROM entries WHERE status <> 'PENDING'`,
    [cohortId, participantIds, reviewerId],
  );
}

/** Practicum log entries of `minutes` each, with `status`, at one fresh placement, straight to the database (set-up for completion). */
export async function givenPracticum(
  app: TestApp,
  cohortId: string,
  participantId: string,
  minutesPerEntry: number[],
  status: 'PENDING' | 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED',
): Promise<void> {
  await app.db.query(
    `WITH placement AS (
       INSERT INTO practicum_placement (cohort_id, participant_id, provider_code, setting_type)
       VALUES ($1, $2, 'FCC-' || upper(substr(md5(random()::text), 1, 6)), 'FAMILY_CHILD_CARE_HOME') RETURNING id
     )
     INSERT INTO practicum_log_entry (placement_id, participant_id, cohort_id, date, minutes, activity, reflection, status)
     SELECT placement.id, $2, $1, '2026-04-01', m, 'OBSERVATION', 'A private reflection.', $4::practicum_entry_status
     FROM placement, unnest($3::int[]) AS m`,
    [cohortId, participantId, minutesPerEntry, status],
  );
}
