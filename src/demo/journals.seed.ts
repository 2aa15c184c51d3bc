import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { CourseModuleEntity } from '../curriculum/course-module.entity';
import { JournalAssignmentEntity } from '../journals/journal-assignment.entity';
import { JournalGradeEntity } from '../journals/journal-grade.entity';
import { Rubric } from '../journals/journal-rules';
import { JournalOutcome, JournalSubmissionStatus } from '../journals/journal-status';
import { JournalSubmissionVersionEntity } from '../journals/journal-submission-version.entity';
import { JournalSubmissionEntity } from '../journals/journal-submission.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { DemoContext, DemoStep } from './demo-context';

const DAY = 86_400_000;

/** One journal a month, September to May, each due on the 18th. */
const MONTHLY_JOURNALS: [dueAt: string, title: string][] = [
  ['2026-09-18T23:59:00-07:00', 'Entering the consultative stance'],
  ['2026-10-18T23:59:00-07:00', 'Noticing my own reactions'],
  ['2026-11-18T23:59:00-08:00', 'The parallel process'],
  ['2026-12-18T23:59:00-08:00', 'Holding the family in mind'],
  ['2027-01-18T23:59:00-08:00', 'Culture, equity and the consultative relationship'],
  ['2027-02-18T23:59:00-08:00', 'When a provider is hesitant'],
  ['2027-03-18T23:59:00-07:00', 'Reflective supervision in my practice'],
  ['2027-04-18T23:59:00-07:00', 'Endings and transitions'],
  ['2027-05-18T23:59:00-07:00', 'Looking back on my growth as a consultant'],
];

const RUBRIC: Rubric = {
  criteria: [
    {
      key: 'reflection',
      title: 'Depth of reflection',
      levels: [
        { key: 'emerging', title: 'Emerging', points: 1 },
        { key: 'developing', title: 'Developing', points: 2 },
        { key: 'proficient', title: 'Proficient', points: 3 },
      ],
    },
    {
      key: 'framework',
      title: 'Connection to the IECMHC framework',
      levels: [
        { key: 'emerging', title: 'Emerging', points: 1 },
        { key: 'proficient', title: 'Proficient', points: 2 },
      ],
    },
  ],
};

const BODIES = [
  'This month I noticed how quickly I wanted to offer solutions. When I slowed down and asked what the morning felt like, the provider talked for the first time about how tired she was.',
  'I felt unsettled after the visit and only later saw that I was carrying the same worry the provider carries for one of the toddlers. Naming it in supervision helped me stay curious.',
  'Sitting with silence was hard for me. I am learning that my calm presence can be part of what the provider takes back into the room.',
];

/**
 * Journal progress as of late November 2026, per assignment due before then: who submitted,
 * who was graded, and the one journal returned for revision. Indexes are into the participants.
 */
const PROGRESS = [
  { satisfactory: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], returned: [10], awaiting: [11], late: [11], drafts: [] },
  { satisfactory: [0, 1, 2, 3, 4], returned: [], awaiting: [5, 6, 7], late: [7], drafts: [8] },
  { satisfactory: [], returned: [], awaiting: [0, 1, 2, 3, 4, 5], late: [5], drafts: [6, 7] },
];

/** The cohort's first nine modules, created here when the curriculum step made fewer. */
async function nineModules(manager: EntityManager, cohort: CohortEntity): Promise<CourseModuleEntity[]> {
  const modules = manager.getRepository(CourseModuleEntity);
  const existing = await modules.find({ where: { cohortId: cohort.id }, order: { position: 'ASC' } });
  const lastPosition = existing.at(-1)?.position ?? 0;
  const missing = MONTHLY_JOURNALS.slice(existing.length).map((_journal, index) => ({
    cohortId: cohort.id,
    title: `Month ${existing.length + index + 1}`,
    position: lastPosition + index + 1,
    description: null,
  }));
  const created = missing.length ? await modules.save(missing) : [];
  return [...existing, ...created].slice(0, MONTHLY_JOURNALS.length);
}

/** Nine monthly journal assignments with a rubric, and submissions, grades and one revision so far. */
@Injectable()
export class JournalsSeed implements DemoStep {
  constructor(private readonly audit: AuditService) {}

  async seed({ manager, cohort, faculty, participants }: DemoContext): Promise<void> {
    const modules = await nineModules(manager, cohort);
    const assignments = await manager.getRepository(JournalAssignmentEntity).save(
      MONTHLY_JOURNALS.map(([dueAt, title], index) => ({
        moduleId: modules[index].id,
        cohortId: cohort.id,
        title,
        prompt: `Write for one to two hours about "${title.toLowerCase()}" in your consultation this month: what you noticed, what you felt, and what you might try next.`,
        dueAt: new Date(dueAt),
        expectedMinutes: 90,
        rubric: RUBRIC,
      })),
    );
    for (const [index, progress] of PROGRESS.entries()) {
      await this.seedProgress(manager, assignments[index], participants, faculty, progress);
    }
  }

  private async seedProgress(
    manager: EntityManager,
    assignment: JournalAssignmentEntity,
    participants: UserEntity[],
    faculty: UserEntity[],
    progress: (typeof PROGRESS)[number],
  ): Promise<void> {
    const submittedAt = (person: number) =>
      new Date(assignment.dueAt.getTime() + (progress.late.includes(person) ? DAY : -2 * DAY) + person * 3_600_000);
    const journal = (person: number, status: JournalSubmissionStatus, graded: boolean) => {
      const at = submittedAt(person);
      const submitted = status !== JournalSubmissionStatus.DRAFT;
      return {
        assignmentId: assignment.id,
        participantId: participants[person].id,
        cohortId: assignment.cohortId,
        status,
        version: graded ? 2 : 1,
        body: BODIES[person % BODIES.length],
        firstSubmittedAt: submitted ? at : null,
        submittedAt: submitted ? at : null,
        late: progress.late.includes(person),
        feedback: graded ? feedbackFor(status) : null,
        gradedAt: graded ? new Date(at.getTime() + 3 * DAY) : null,
        gradedById: graded ? faculty[person % faculty.length].id : null,
      };
    };
    const rows = [
      ...progress.satisfactory.map((person) => journal(person, JournalSubmissionStatus.SATISFACTORY, true)),
      ...progress.returned.map((person) => journal(person, JournalSubmissionStatus.NEEDS_REVISION, true)),
      ...progress.awaiting.map((person) => journal(person, JournalSubmissionStatus.SUBMITTED, false)),
      ...progress.drafts.map((person) => journal(person, JournalSubmissionStatus.DRAFT, false)),
    ];
    const saved = await manager.getRepository(JournalSubmissionEntity).save(rows);
    const submitted = saved.filter((row) => row.submittedAt);
    await manager.getRepository(JournalSubmissionVersionEntity).insert(
      submitted.map((row) => ({ submissionId: row.id, attempt: 1, version: 1, body: row.body, submittedAt: row.submittedAt! })),
    );
    const graded = saved.filter((row) => row.gradedAt);
    if (!graded.length) return;
    await manager.getRepository(JournalGradeEntity).insert(
      graded.map((row) => ({
        submissionId: row.id,
        graderId: row.gradedById!,
        outcome: row.status === JournalSubmissionStatus.SATISFACTORY ? JournalOutcome.SATISFACTORY : JournalOutcome.NEEDS_REVISION,
        feedback: row.feedback!,
        gradedVersion: 1,
        gradedAt: row.gradedAt!,
      })),
    );
    await this.audit.recordMany(
      manager,
      graded.map((row) => ({
        actorId: row.gradedById,
        action: 'journal.graded',
        entityType: 'journal_submission',
        entityId: row.id,
        cohortId: row.cohortId,
        before: { status: JournalSubmissionStatus.SUBMITTED, version: 1, score: null },
        after: { status: row.status, version: 2, score: null },
      })),
    );
  }
}

function feedbackFor(status: JournalSubmissionStatus): string {
  return status === JournalSubmissionStatus.SATISFACTORY
    ? 'Thoughtful and honest. I appreciated how you linked your own reactions to what the provider may be feeling.'
    : 'A good start. Please say more about your own reactions during the visit and how they shaped what you did next.';
}
