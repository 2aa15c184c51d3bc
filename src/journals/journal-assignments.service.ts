import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { startsWithinCohortDates } from '../curriculum/cohort-dates';
import { CourseModuleEntity } from '../curriculum/course-module.entity';
import { badInput, ConflictError, NotFoundError } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { CohortEntity } from '../programs/cohort.entity';
import { EnrollmentRole } from '../programs/enrollment-role';
import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalExtensionEntity } from './journal-extension.entity';
import { Rubric, rubricShapeProblem } from './journal-rules';
import { JournalSubmissionStatus } from './journal-status';
import { JournalSubmissionEntity } from './journal-submission.entity';
import { lockJournal } from './journal-locks';
import { requireExtensionForSomeoneElse } from './journals.policy';
import { CreateJournalAssignmentInput, GrantExtensionInput, RubricInput, UpdateJournalAssignmentInput } from './journals.inputs';

/** What the audit trail keeps of an assignment: what counts toward completion, never the prompt. */
function auditState(assignment: JournalAssignmentEntity) {
  return { title: assignment.title, dueAt: assignment.dueAt, expectedMinutes: assignment.expectedMinutes };
}

function checkDueAt(dueAt: Date, cohort: CohortEntity, field = 'dueAt'): void {
  if (!startsWithinCohortDates(dueAt, cohort.startsOn, cohort.endsOn)) {
    throw badInput(field, `must fall within the cohort's dates (${cohort.startsOn} to ${cohort.endsOn})`);
  }
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
    private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, input: CreateJournalAssignmentInput): Promise<JournalAssignmentEntity> {
    const module = await this.dataSource.getRepository(CourseModuleEntity).findOneBy({ id: input.moduleId });
    if (!module) throw new NotFoundError('Course module');
    const roles = await this.access.requireFacultyOrAdmin(user, module.cohortId);
    checkDueAt(input.dueAt, roles.cohort);
    const rubric = input.rubric ? toRubric(input.rubric) : null;
    return this.dataSource.transaction(async (manager) => {
      const assignments = manager.getRepository(JournalAssignmentEntity);
      const assignment = await assignments.save(
        assignments.create({
          moduleId: module.id,
          cohortId: module.cohortId,
          title: input.title.trim(),
          prompt: input.prompt.trim(),
          dueAt: input.dueAt,
          expectedMinutes: input.expectedMinutes,
          rubric,
        }),
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

  /** Changes are refused once anyone has submitted: graded work must keep the prompt it answered. */
  async update(user: AuthUser, input: UpdateJournalAssignmentInput): Promise<JournalAssignmentEntity> {
    const existing = await this.find(input.assignmentId);
    const roles = await this.access.requireFacultyOrAdmin(user, existing.cohortId);
    if (input.dueAt) checkDueAt(input.dueAt, roles.cohort);
    const rubric = input.rubric ? toRubric(input.rubric) : input.rubric;
    return this.dataSource.transaction(async (manager) => {
      const assignments = manager.getRepository(JournalAssignmentEntity);
      const assignment = await assignments.findOneOrFail({ where: { id: existing.id }, lock: { mode: 'pessimistic_write' } });
      const submitted = await manager
        .getRepository(JournalSubmissionEntity)
        .createQueryBuilder('submission')
        .where('submission.assignment_id = :id AND submission.status <> :draft', { id: assignment.id, draft: JournalSubmissionStatus.DRAFT })
        .getExists();
      if (submitted) throw new ConflictError('This assignment already has submissions; it can no longer be changed');
      const before = auditState(assignment);
      if (input.title !== undefined && input.title !== null) assignment.title = input.title.trim();
      if (input.prompt !== undefined && input.prompt !== null) assignment.prompt = input.prompt.trim();
      if (input.dueAt) assignment.dueAt = input.dueAt;
      if (input.expectedMinutes) assignment.expectedMinutes = input.expectedMinutes;
      if (rubric !== undefined) assignment.rubric = rubric;
      await assignments.save(assignment);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'journal_assignment.updated',
        entityType: 'journal_assignment',
        entityId: assignment.id,
        cohortId: assignment.cohortId,
        before,
        after: auditState(assignment),
      });
      return assignment;
    });
  }

  async find(id: string): Promise<JournalAssignmentEntity> {
    const assignment = await this.dataSource.getRepository(JournalAssignmentEntity).findOneBy({ id });
    if (!assignment) throw new NotFoundError('Journal assignment');
    return assignment;
  }

  /** One assignment, for the cohort's members and admins. */
  async visible(user: AuthUser, id: string): Promise<JournalAssignmentEntity> {
    const assignment = await this.find(id);
    await this.access.requireMemberOrAdmin(user, assignment.cohortId);
    return assignment;
  }

  async ofModule(user: AuthUser, moduleId: string): Promise<JournalAssignmentEntity[]> {
    const module = await this.dataSource.getRepository(CourseModuleEntity).findOneBy({ id: moduleId });
    if (!module) throw new NotFoundError('Course module');
    await this.access.requireMemberOrAdmin(user, module.cohortId);
    return this.dataSource.getRepository(JournalAssignmentEntity).find({ where: { moduleId }, order: { dueAt: 'ASC', id: 'ASC' } });
  }

  async ofCohort(user: AuthUser, cohortId: string): Promise<JournalAssignmentEntity[]> {
    await this.access.requireMemberOrAdmin(user, cohortId);
    return this.dataSource.getRepository(JournalAssignmentEntity).find({ where: { cohortId }, order: { dueAt: 'ASC', id: 'ASC' } });
  }

  /**
   * A later due date for one participant. A journal already submitted is judged again against it,
   * so an extension granted afterwards can excuse a late first submission.
   */
  async grantExtension(user: AuthUser, input: GrantExtensionInput): Promise<JournalExtensionEntity> {
    const assignment = await this.find(input.assignmentId);
    const roles = await this.access.requireFacultyOrAdmin(user, assignment.cohortId);
    requireExtensionForSomeoneElse(roles, input.userId);
    if (!(await this.access.hasRole(input.userId, assignment.cohortId, EnrollmentRole.PARTICIPANT))) {
      throw badInput('userId', 'is not a participant of this cohort');
    }
    if (input.dueAt.getTime() <= assignment.dueAt.getTime()) throw badInput('dueAt', "must be after the assignment's due date");
    checkDueAt(input.dueAt, roles.cohort);
    return this.dataSource.transaction(async (manager) => {
      // Waits for any submit of this assignment in flight, so a first submission is judged here or sees the extension.
      await lockJournal(manager, assignment.id, input.userId, 'exclusive');
      const extensions = manager.getRepository(JournalExtensionEntity);
      const previous = await extensions.findOneBy({ assignmentId: assignment.id, participantId: input.userId });
      await extensions
        .createQueryBuilder()
        .insert()
        .values({ assignmentId: assignment.id, participantId: input.userId, dueAt: input.dueAt, grantedById: user.id })
        .orUpdate(['due_at', 'granted_by_id', 'granted_at'], ['assignment_id', 'participant_id'])
        .execute();
      const late = await this.rejudgeLateness(manager, assignment.id, input.userId, input.dueAt);
      const extension = await extensions.findOneOrFail({
        where: { assignmentId: assignment.id, participantId: input.userId },
        relations: { assignment: true, participant: true },
      });
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

  /** The journal's late flag against a new due date; null when nothing was submitted yet. */
  private async rejudgeLateness(manager: EntityManager, assignmentId: string, participantId: string, dueAt: Date): Promise<boolean | null> {
    const result = await manager
      .createQueryBuilder()
      .update(JournalSubmissionEntity)
      .set({ late: () => 'first_submitted_at > :dueAt' })
      .where('assignment_id = :assignmentId AND participant_id = :participantId AND first_submitted_at IS NOT NULL')
      .setParameters({ assignmentId, participantId, dueAt })
      .returning('late')
      .execute();
    const rows = result.raw as { late: boolean }[];
    return rows.length ? rows[0].late : null;
  }
}
