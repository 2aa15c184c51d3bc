import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { startsWithinCohortDates } from '../curriculum/cohort-dates';
import { Transactions } from '../database/transactions';
import { badInput, ConflictError } from '../errors/domain-errors';
import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalExtensionEntity } from './journal-extension.entity';
import { Rubric, rubricShapeProblem } from './journal-rules';
import { JournalsRepository } from './journals.repository';
import { CreateJournalAssignmentInput, GrantExtensionInput, RubricInput, UpdateJournalAssignmentInput } from './journals.inputs';

/** What the audit trail keeps of an assignment: what counts toward completion, never the prompt. */
function auditState(assignment: JournalAssignmentEntity) {
  return { title: assignment.title, dueAt: assignment.dueAt, expectedMinutes: assignment.expectedMinutes };
}

function toRubric(input: RubricInput): Rubric {
  const rubric: Rubric = {
    criteria: input.criteria.map((criterion) => ({
      key: criterion.key,
      title: criterion.title.trim(),
      description: criterion.description?.trim() || null,
      levels: criterion.levels.map((level) => ({
        key: level.key,
        title: level.title.trim(),
        description: level.description?.trim() || null,
        points: level.points ?? null,
      })),
    })),
  };
  const problem = rubricShapeProblem(rubric);
  if (problem) throw badInput('rubric', problem);
  return rubric;
}

@Injectable()
export class JournalAssignmentsService {
  constructor(
    private readonly access: Access,
    private readonly journals: JournalsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, input: CreateJournalAssignmentInput): Promise<JournalAssignmentEntity> {
    const { cohort: cohortId } = await this.access.require(user, Permission.CURRICULUM_MANAGE, target.module(input.moduleId));
    await this.checkDueAt(cohortId, input.dueAt);
    const rubric = input.rubric ? toRubric(input.rubric) : null;
    return this.transactions.run(async (manager) => {
      const assignment = await this.journals.saveAssignment(
        {
          moduleId: input.moduleId,
          cohortId,
          title: input.title.trim(),
          prompt: input.prompt.trim(),
          dueAt: input.dueAt,
          expectedMinutes: input.expectedMinutes,
          rubric,
        },
        manager,
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal_assignment.created',
        entityType: 'journal_assignment',
        entityId: assignment.id,
        cohortId: assignment.cohortId,
        after: auditState(assignment),
      });
      return assignment;
    });
  }

  /**
   * Corrects an assignment, also after journals were submitted: each submitted text keeps the title and
   * prompt it answered, and a new due date judges submitted journals' lateness again. The rubric changes
   * only while nobody has submitted, as grades name its levels.
   */
  async update(user: AuthUser, input: UpdateJournalAssignmentInput): Promise<JournalAssignmentEntity> {
    const { cohort: cohortId } = await this.access.require(user, Permission.CURRICULUM_MANAGE, target.journalAssignment(input.assignmentId));
    if (input.dueAt) await this.checkDueAt(cohortId, input.dueAt);
    const rubric = input.rubric ? toRubric(input.rubric) : input.rubric;
    return this.transactions.run(async (manager) => {
      // Exclusively: journals being submitted finish first, under the prompt they were written for.
      const assignment = await this.journals.lockAssignment(input.assignmentId, manager);
      if (rubric !== undefined && (await this.journals.assignmentHasSubmissions(assignment.id, manager))) {
        throw new ConflictError('This assignment already has submissions; its rubric can no longer be changed');
      }
      const before = auditState(assignment);
      const prompt = input.prompt?.trim();
      const promptChanged = prompt !== undefined && prompt !== assignment.prompt;
      if (input.title !== undefined && input.title !== null) assignment.title = input.title.trim();
      if (prompt) assignment.prompt = prompt;
      if (input.dueAt) assignment.dueAt = input.dueAt;
      if (input.expectedMinutes) assignment.expectedMinutes = input.expectedMinutes;
      if (rubric !== undefined) assignment.rubric = rubric;
      await this.journals.saveAssignment(assignment, manager);
      const lateChanged = input.dueAt ? await this.journals.rejudgeAssignmentLateness(assignment.id, input.dueAt, manager) : [];
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal_assignment.updated',
        entityType: 'journal_assignment',
        entityId: assignment.id,
        cohortId: assignment.cohortId,
        before,
        // The prompt is the program's text, yet the trail keeps only that it changed, as it keeps no journal text.
        after: {
          ...auditState(assignment),
          ...(promptChanged ? { promptChanged } : {}),
          ...(lateChanged.length ? { lateRejudged: lateChanged.map(({ id, late }) => ({ submissionId: id, late })) } : {}),
        },
      });
      return assignment;
    });
  }

  /** One assignment, for the cohort's members and admins. */
  async visible(user: AuthUser, id: string): Promise<JournalAssignmentEntity> {
    await this.access.require(user, Permission.COHORT_READ, target.journalAssignment(id));
    return this.journals.findAssignment(id);
  }

  /** The caller's own due date for an assignment: their extension when one was granted, else the assignment's. */
  async myDueAt(user: AuthUser, assignmentId: string): Promise<Date> {
    await this.access.require(user, Permission.COHORT_READ, target.journalAssignment(assignmentId));
    return this.journals.dueAtFor(await this.journals.findAssignment(assignmentId), user.id);
  }

  async ofModule(user: AuthUser, moduleId: string): Promise<JournalAssignmentEntity[]> {
    await this.access.require(user, Permission.COHORT_READ, target.module(moduleId));
    return this.journals.assignmentsOfModule(moduleId);
  }

  async ofCohort(user: AuthUser, cohortId: string): Promise<JournalAssignmentEntity[]> {
    await this.access.require(user, Permission.COHORT_READ, target.cohort(cohortId));
    return this.journals.assignmentsOfCohort(cohortId);
  }

  /**
   * A later due date for one participant. A journal already submitted is judged again against it,
   * so an extension granted afterwards can excuse a late first submission.
   */
  async grantExtension(user: AuthUser, input: GrantExtensionInput): Promise<JournalExtensionEntity> {
    const { cohort: cohortId } = await this.access.require(user, Permission.JOURNAL_EXTENSION_GRANT, target.journalAssignment(input.assignmentId));
    // Then for this participant: never oneself, and only a participant of the assignment's cohort.
    await this.access.require(user, Permission.JOURNAL_EXTENSION_GRANT, target.participant(cohortId, input.userId));
    const assignment = await this.journals.findAssignment(input.assignmentId);
    if (input.dueAt.getTime() <= assignment.dueAt.getTime()) throw badInput('dueAt', "must be after the assignment's due date");
    await this.checkDueAt(assignment.cohortId, input.dueAt);
    return this.transactions.run(async (manager) => {
      // Waits for any submit of this assignment in flight, so a first submission is judged here or sees the extension.
      await this.journals.lockJournal(assignment.id, input.userId, 'exclusive', manager);
      const previous = await this.journals.findExtension(assignment.id, input.userId, manager);
      const extension = await this.journals.upsertExtension(
        { assignmentId: assignment.id, participantId: input.userId, dueAt: input.dueAt, grantedById: user.id },
        manager,
      );
      const late = await this.journals.rejudgeLateness(assignment.id, input.userId, input.dueAt, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal.extension_granted',
        entityType: 'journal_extension',
        entityId: extension.id,
        cohortId: assignment.cohortId,
        before: previous ? { dueAt: previous.dueAt } : null,
        after: { dueAt: extension.dueAt, participantId: input.userId, ...(late === null ? {} : { late }) },
      });
      return extension;
    });
  }

  private async checkDueAt(cohortId: string, dueAt: Date): Promise<void> {
    const calendar = await this.journals.cohortCalendar(cohortId);
    if (!startsWithinCohortDates(dueAt, calendar)) {
      throw badInput('dueAt', `must fall within the cohort's dates (${calendar.startsOn} to ${calendar.endsOn}, ${calendar.timeZone})`);
    }
  }
}
