import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { CommunityFacilitatorEntity } from '../communities/community-facilitator.entity';
import { CommunityMemberEntity } from '../communities/community-member.entity';
import { PracticumActivity, PracticumEntryStatus, ReviewDecision, SettingType } from '../practicum/practicum-enums';
import { PracticumLogEntryEntity } from '../practicum/practicum-log-entry.entity';
import { PracticumPlacementEntity } from '../practicum/practicum-placement.entity';
import { PracticumReviewEntity } from '../practicum/practicum-review.entity';
import { serverToday } from '../practicum/practicum-rules';
import { DemoContext, DemoStep } from './demo-context';

const REGIONS = ['Fresno County', 'Alameda County', 'Kern County', 'Sacramento County', null, 'San Diego County'];

interface DemoEntry {
  day: number;
  minutes: number;
  activity: PracticumActivity;
  status: PracticumEntryStatus;
  reflection: string;
  /** The review history, oldest first. */
  reviews: { decision: ReviewDecision; comment: string }[];
}

/** Fictional and de-identified: a provider is only ever "the provider", children "a toddler". */
const ENTRIES: DemoEntry[] = [
  {
    day: 7, minutes: 120, activity: PracticumActivity.OBSERVATION, status: PracticumEntryStatus.APPROVED,
    reflection: 'Observed the morning routine. Transitions from free play to snack were hard for two toddlers; the provider used a song that helped. I noticed my own urge to fix things quickly.',
    reviews: [{ decision: ReviewDecision.APPROVED, comment: 'A careful observation, and good awareness of your own reactions.' }],
  },
  {
    day: 21, minutes: 90, activity: PracticumActivity.REFLECTIVE_CONVERSATION, status: PracticumEntryStatus.APPROVED,
    reflection: 'Talked with the provider about how the long afternoons feel. We named what is going well before looking at the hard moments.',
    reviews: [
      { decision: ReviewDecision.CHANGES_REQUESTED, comment: 'Please add what you heard about the provider\'s own feelings, not only the schedule.' },
      { decision: ReviewDecision.APPROVED, comment: 'Thank you, the added reflection shows the parallel process well.' },
    ],
  },
  {
    day: 35, minutes: 60, activity: PracticumActivity.ACTION_PLANNING, status: PracticumEntryStatus.CHANGES_REQUESTED,
    reflection: 'We planned a visual schedule for the pick-up hour.',
    reviews: [{ decision: ReviewDecision.CHANGES_REQUESTED, comment: 'How did the provider take part in the plan? Add a few lines on that.' }],
  },
  {
    day: 49, minutes: 45, activity: PracticumActivity.FOLLOW_UP, status: PracticumEntryStatus.PENDING,
    reflection: 'Followed up on the visual schedule: the provider says pick-up is calmer, and one parent asked about it.',
    reviews: [],
  },
  {
    day: 63, minutes: 75, activity: PracticumActivity.OBSERVATION, status: PracticumEntryStatus.PENDING,
    reflection: 'Second observation. A new infant is settling in; the provider kept her close during naps and talked me through her plan.',
    reviews: [],
  },
];

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Each participant's reviewer: a facilitator of their community (the first by id) when communities exist, otherwise faculty. */
async function reviewersOf(context: DemoContext): Promise<Map<string, string>> {
  const { manager, cohort, participants, faculty } = context;
  const members = await manager.getRepository(CommunityMemberEntity).findBy({ cohortId: cohort.id });
  const facilitators = await manager.getRepository(CommunityFacilitatorEntity).find({
    where: { community: { cohortId: cohort.id } },
    order: { userId: 'DESC' },
  });
  // Later entries win, so each community keeps its facilitator with the lowest id.
  const facilitatorOf = new Map(facilitators.map((facilitator) => [facilitator.communityId, facilitator.userId]));
  const communityOf = new Map(members.map((member) => [member.userId, member.communityId]));
  return new Map(
    participants.map((participant, index) => {
      const community = communityOf.get(participant.id);
      return [participant.id, (community && facilitatorOf.get(community)) ?? faculty[index % faculty.length].id];
    }),
  );
}

async function insertIds<T>(manager: EntityManager, entity: new () => T, rows: object[]): Promise<string[]> {
  const result = await manager.getRepository(entity).insert(rows as never);
  return result.identifiers.map((identifier) => identifier.id as string);
}

/** A placement per demo participant and a few entries in each status, with review history and audit rows. */
@Injectable()
export class PracticumSeed implements DemoStep {
  constructor(private readonly audit: AuditService) {}

  async seed(context: DemoContext): Promise<void> {
    const { manager, cohort, participants } = context;
    const reviewerOf = await reviewersOf(context);
    const lastDay = [serverToday(), cohort.endsOn].sort()[0];
    const placementIds = await insertIds(
      manager,
      PracticumPlacementEntity,
      participants.map((participant, index) => ({
        cohortId: cohort.id,
        participantId: participant.id,
        providerCode: `FCC-${String(index + 1).padStart(4, '0')}`,
        settingType: index % 5 === 4 ? SettingType.CENTER : SettingType.FAMILY_CHILD_CARE_HOME,
        region: REGIONS[index % REGIONS.length],
      })),
    );
    const planned = participants.flatMap((participant, index) =>
      ENTRIES.map((entry) => ({ participant, placementId: placementIds[index], entry, date: [addDays(cohort.startsOn, entry.day + index), lastDay].sort()[0] })),
    );
    const entryIds = await insertIds(
      manager,
      PracticumLogEntryEntity,
      planned.map(({ participant, placementId, entry, date }) => ({
        placementId, participantId: participant.id, cohortId: cohort.id, date,
        minutes: entry.minutes, activity: entry.activity, reflection: entry.reflection, status: entry.status,
        submittedAt: new Date(`${date}T20:00:00Z`),
      })),
    );
    const reviews = planned.flatMap(({ participant, entry, date }, index) =>
      entry.reviews.map((review, position) => ({
        entryId: entryIds[index], reviewerId: reviewerOf.get(participant.id)!, ...review,
        createdAt: new Date(`${addDays(date, position + 1)}T17:00:00Z`), minutes: entry.minutes,
      })),
    );
    await manager.getRepository(PracticumReviewEntity).insert(reviews.map(({ minutes: _minutes, ...review }) => review));
    const statusAfter = (decision: ReviewDecision) => (decision === ReviewDecision.APPROVED ? PracticumEntryStatus.APPROVED : PracticumEntryStatus.CHANGES_REQUESTED);
    const audit: AuditEntry[] = reviews.map((review) => ({
      actorId: review.reviewerId, action: 'practicum.reviewed', entityType: 'practicum_log_entry', entityId: review.entryId,
      cohortId: cohort.id, before: { status: PracticumEntryStatus.PENDING, minutes: review.minutes },
      after: { status: statusAfter(review.decision), minutes: review.minutes },
    }));
    await this.audit.recordMany(manager, audit);
  }
}
