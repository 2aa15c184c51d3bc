import { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.model';
import { UserEntity } from '../auth/user.entity';
import { CohortRoles } from '../programs/cohort-access.service';
import { CohortEntity } from '../programs/cohort.entity';
import { facilitatesMemberSql } from '../curriculum/session-audience';
import { EnrollmentRole } from '../programs/enrollment-role';
import { PracticumActivity, PracticumEntryStatus, ReviewDecision, SettingType } from './practicum-enums';
import { PracticumLogEntry, PracticumPlacement } from './practicum.models';
import { canReadPracticumText, EntryViewer } from './practicum.policy';

/**
 * SQL shared by the practicum reads: one statement loads entries with their placement, author,
 * whether the viewer facilitates the author, and the whole review history (as JSON).
 */

/** The viewer (parameter `viewer`) facilitates a community of the entry's cohort that the author belongs to. */
export function facilitatesAuthorSql(viewer: string, entry = 'e'): string {
  return facilitatesMemberSql(`${entry}.cohort_id`, `${entry}.participant_id`, viewer);
}

/** The cohort's columns and the viewer's (parameter `viewer`) roles in it, for `rolesFrom`. */
export function cohortAndRolesSql(viewer: string, cohort = 'c'): string {
  return `${cohort}.id AS cohort_id, ${cohort}.program_id AS cohort_program_id, ${cohort}.name AS cohort_name,
    ${cohort}.starts_on AS cohort_starts_on, ${cohort}.ends_on AS cohort_ends_on, ${cohort}.capacity AS cohort_capacity,
    ${cohort}.created_at AS cohort_created_at,
    ARRAY(SELECT en.role::text FROM enrollment en WHERE en.cohort_id = ${cohort}.id AND en.user_id = ${viewer}) AS viewer_roles`;
}

export interface CohortAndRolesRow {
  cohort_id: string;
  cohort_program_id: string;
  cohort_name: string;
  cohort_starts_on: string;
  cohort_ends_on: string;
  cohort_capacity: number;
  cohort_created_at: Date;
  viewer_roles: EnrollmentRole[];
}

export function rolesFrom(user: AuthUser, row: CohortAndRolesRow): CohortRoles {
  const cohort = Object.assign(new CohortEntity(), {
    id: row.cohort_id,
    programId: row.cohort_program_id,
    name: row.cohort_name,
    startsOn: row.cohort_starts_on,
    endsOn: row.cohort_ends_on,
    capacity: row.cohort_capacity,
    createdAt: row.cohort_created_at,
  });
  return new CohortRoles(user, cohort, new Set(row.viewer_roles));
}

/** Entries seen by `$1` (the viewer); callers add WHERE (parameters from `$2`) and ORDER BY. */
export const ENTRY_SELECT = `
  SELECT e.id, e.participant_id, e.date, e.minutes, e.activity, e.reflection, e.status,
    e.submitted_at, e.created_at, e.updated_at,
    p.id AS placement_id, p.provider_code, p.setting_type, p.region, p.created_at AS placement_created_at,
    u.full_name AS participant_full_name, u.is_admin AS participant_is_admin, u.credentials AS participant_credentials,
    ${facilitatesAuthorSql('$1')} AS viewer_facilitates,
    COALESCE((
      SELECT json_agg(json_build_object(
        'id', r.id, 'decision', r.decision, 'comment', r.comment, 'createdAt', r.created_at,
        'reviewerId', ru.id, 'reviewerFullName', ru.full_name, 'reviewerIsAdmin', ru.is_admin, 'reviewerCredentials', ru.credentials
      ) ORDER BY r.created_at, r.id)
      FROM practicum_review r JOIN app_user ru ON ru.id = r.reviewer_id
      WHERE r.entry_id = e.id
    ), '[]') AS reviews
  FROM practicum_log_entry e
  JOIN practicum_placement p ON p.id = e.placement_id
  JOIN app_user u ON u.id = e.participant_id`;

interface ReviewJson {
  id: string;
  decision: ReviewDecision;
  comment: string;
  createdAt: string;
  reviewerId: string;
  reviewerFullName: string;
  reviewerIsAdmin: boolean;
  reviewerCredentials: string[];
}

export interface EntryRow {
  id: string;
  participant_id: string;
  date: string;
  minutes: number;
  activity: PracticumActivity;
  reflection: string;
  status: PracticumEntryStatus;
  submitted_at: Date;
  created_at: Date;
  updated_at: Date;
  placement_id: string;
  provider_code: string;
  setting_type: SettingType;
  region: string | null;
  placement_created_at: Date;
  participant_full_name: string;
  participant_is_admin: boolean;
  participant_credentials: string[];
  viewer_facilitates: boolean;
  reviews: ReviewJson[];
}

/** A user for nested `{ id fullName }` objects; e-mail addresses are never selected here. */
function userOf(id: string, fullName: string, isAdmin: boolean, credentials: string[]): User {
  return User.from(Object.assign(new UserEntity(), { id, fullName, isAdmin, credentials, email: '' }));
}

export function toPlacement(row: { id: string; providerCode: string; settingType: SettingType; region: string | null; createdAt: Date }): PracticumPlacement {
  return { id: row.id, providerCode: row.providerCode, settingType: row.settingType, region: row.region, createdAt: row.createdAt };
}

/** The entry as this viewer may see it: reflection and comments only for those allowed to read them. */
export function toLogEntry(row: EntryRow, roles: CohortRoles): PracticumLogEntry {
  const viewer: EntryViewer = { roles, facilitatesAuthor: row.viewer_facilitates };
  const readable = canReadPracticumText(viewer, row.participant_id);
  return {
    id: row.id,
    date: row.date,
    minutes: row.minutes,
    activity: row.activity,
    reflection: readable ? row.reflection : null,
    status: row.status,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    participant: userOf(row.participant_id, row.participant_full_name, row.participant_is_admin, row.participant_credentials),
    placement: toPlacement({
      id: row.placement_id,
      providerCode: row.provider_code,
      settingType: row.setting_type,
      region: row.region,
      createdAt: row.placement_created_at,
    }),
    reviews: row.reviews.map((review) => ({
      id: review.id,
      decision: review.decision,
      comment: readable ? review.comment : null,
      createdAt: new Date(review.createdAt),
      reviewer: userOf(review.reviewerId, review.reviewerFullName, review.reviewerIsAdmin, review.reviewerCredentials),
    })),
  };
}
