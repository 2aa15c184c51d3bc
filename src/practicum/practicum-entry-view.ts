import { AccessDecision } from '../access/access-decision';
import { User } from '../auth/user.model';
import { UserEntity } from '../auth/user.entity';
import { EntryRow, PlacementRecord } from './practicum.repository';
import { PracticumLogEntry, PracticumPlacement } from './practicum.models';
import { readsPracticumText } from './practicum.policy';

/** A user for nested `{ id fullName }` objects; e-mail addresses are never selected here. */
function userOf(id: string, fullName: string, isAdmin: boolean, credentials: string[]): User {
  return User.from(Object.assign(new UserEntity(), { id, fullName, isAdmin, credentials, email: '' }));
}

export function toPlacement(record: PlacementRecord): PracticumPlacement {
  return { id: record.id, providerCode: record.providerCode, settingType: record.settingType, region: record.region, createdAt: record.createdAt };
}

/** The entry as the viewer of `decision` may see it: reflection and review comments only for those who read them. */
export function entrySeenBy(decision: AccessDecision, row: EntryRow): PracticumLogEntry {
  const readable = readsPracticumText(decision, { authorId: row.participant_id, viewerFacilitatesAuthor: row.viewer_facilitates_author });
  return {
    id: row.id,
    date: row.date,
    minutes: row.minutes,
    activity: row.activity,
    reflection: readable ? row.reflection : null,
    status: row.status,
    version: row.version,
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
