import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessDecision } from '../access/access-decision';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { Relationship } from '../access/relationship';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { CeRecords } from '../ce/ce-records';
import { Transactions } from '../database/transactions';
import { BadInputError, badInput, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortCalendar, startsWithinCohortDates } from './cohort-dates';
import { CourseModuleEntity } from './course-module.entity';
import { CreateModuleInput, ReorderModulesInput, ScheduleSessionInput, ScheduleSessionsInput, UpdateModuleInput, UpdateSessionInput } from './curriculum.inputs';
import { CurriculumRepository, SchedulingFacts, SessionChangeFacts } from './curriculum.repository';
import { fullOrderProblem, movedTo, positionChanges } from './module-order';
import { facilitatorMaySchedule, mayDecideCeEligibility } from './session-rules';
import { seriesInstants } from './session-series';
import { SessionKind } from './session-kind';
import { SessionEntity } from './session.entity';

type Reasons = Record<string, string>;

/** What checking a schedule settles: whom its sessions are for (empty: their usual audience) and who leads them. */
interface SchedulePlan {
  participantIds: string[];
  leaderId: string | null;
}

const CE_DECIDED_BY_FACULTY = 'Only admins and the cohort’s faculty decide whether a session is CE-eligible';
const CREDIT_DECIDED_BY_FACULTY = 'Only admins and the cohort’s faculty decide whether a session is optional and who leads it';

/** What the audit trail keeps of a session's schedule. */
function scheduleState(session: SessionEntity): Record<string, unknown> {
  const { title, startsAt, durationMinutes, ceEligible, moduleId, cancelledAt, optional, modality, location, joinUrl, leaderId } = session;
  return { title, startsAt, durationMinutes, ceEligible, moduleId, cancelledAt, optional, modality, location, joinUrl, leaderId };
}

/** What the audit trail keeps of a module: its title and place (its description only as changed or not, like a prompt). */
function moduleState({ title, position }: CourseModuleEntity): Record<string, unknown> {
  return { title, position };
}

function isStaff(access: AccessDecision): boolean {
  return access.has(Relationship.FACULTY) || access.has(Relationship.FACILITATOR);
}

function outsideCohortDates(facts: CohortCalendar): string {
  return `must fall within the cohort's dates (${facts.startsOn} to ${facts.endsOn}, ${facts.timeZone})`;
}

@Injectable()
export class CurriculumService {
  constructor(
    private readonly access: Access,
    private readonly repository: CurriculumRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly ceRecords: CeRecords,
  ) {}

  async createModule(user: AuthUser, input: CreateModuleInput): Promise<CourseModuleEntity> {
    await this.access.require(user, Permission.CURRICULUM_MANAGE, target.cohort(input.cohortId));
    return this.transactions.run(async (manager) => {
      const courseModule = await this.repository.insertModule(
        { cohortId: input.cohortId, title: input.title.trim(), position: input.position, description: input.description?.trim() || null },
        manager,
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'course_module.created',
        entityType: 'course_module',
        entityId: courseModule.id,
        cohortId: courseModule.cohortId,
        after: { title: courseModule.title, position: courseModule.position },
      });
      return courseModule;
    });
  }

  /** Edits a module; a new position moves it there, and the modules it passes shift by one (each audited). */
  async updateModule(user: AuthUser, input: UpdateModuleInput): Promise<CourseModuleEntity> {
    const { cohort: cohortId } = await this.access.require(user, Permission.CURRICULUM_MANAGE, target.module(input.moduleId));
    return this.transactions.run(async (manager) => {
      const modules = await this.repository.lockModulesOfCohort(cohortId, manager);
      const courseModule = modules.find((candidate) => candidate.id === input.moduleId);
      if (!courseModule) throw new NotFoundError('Course module');
      if (input.position !== undefined && input.position > modules.length) {
        throw badInput('position', `must be at most ${modules.length}, the number of the cohort's modules`);
      }
      const before = moduleState(courseModule);
      const description = input.description === undefined ? courseModule.description : input.description?.trim() || null;
      const descriptionChanged = description !== courseModule.description;
      Object.assign(courseModule, { title: input.title?.trim() ?? courseModule.title, description });
      await this.repository.updateModuleText(courseModule.id, { title: courseModule.title, description }, manager);
      if (input.position !== undefined) {
        const order = movedTo(modules.map((candidate) => candidate.id), courseModule.id, input.position);
        await this.storeModuleOrder(manager, user, modules, order, courseModule.id);
      }
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'course_module.updated',
        entityType: 'course_module',
        entityId: courseModule.id,
        cohortId,
        before,
        after: { ...moduleState(courseModule), ...(descriptionChanged ? { descriptionChanged } : {}) },
      });
      return courseModule;
    });
  }

  /** Puts every module of the cohort in the order given. */
  async reorderModules(user: AuthUser, input: ReorderModulesInput): Promise<CourseModuleEntity[]> {
    await this.access.require(user, Permission.CURRICULUM_MANAGE, target.cohort(input.cohortId));
    return this.transactions.run(async (manager) => {
      const modules = await this.repository.lockModulesOfCohort(input.cohortId, manager);
      const problem = fullOrderProblem(modules.map((candidate) => candidate.id), input.moduleIds);
      if (problem) throw badInput('moduleIds', problem);
      return this.storeModuleOrder(manager, user, modules, input.moduleIds);
    });
  }

  /**
   * Gives the locked modules positions 1, 2, 3… in `order`, and audits each one whose position changed
   * (but `auditedByCaller`, whose own row says so); returns them in that order.
   */
  private async storeModuleOrder(
    manager: EntityManager,
    user: AuthUser,
    modules: CourseModuleEntity[],
    order: readonly string[],
    auditedByCaller?: string,
  ): Promise<CourseModuleEntity[]> {
    const changes = positionChanges(modules, order);
    if (changes.length) await this.repository.renumberModules(order, manager);
    const byId = new Map(modules.map((courseModule) => [courseModule.id, courseModule]));
    for (const { id, to } of changes) byId.get(id)!.position = to;
    await this.audit.recordMany(
      manager,
      changes
        .filter(({ id }) => id !== auditedByCaller)
        .map(({ id, from, to }) => ({
          actorId: user.id,
          action: 'course_module.moved',
          entityType: 'course_module',
          entityId: id,
          cohortId: byId.get(id)!.cohortId,
          before: { position: from },
          after: { position: to },
        })),
    );
    return order.map((id) => byId.get(id)!);
  }

  async scheduleSession(user: AuthUser, input: ScheduleSessionInput): Promise<SessionEntity> {
    const access = await this.access.require(user, Permission.SESSION_SCHEDULE, target.cohort(input.cohortId));
    return this.transactions.run(async (manager) => {
      const facts = await this.schedulingFacts(manager, user, input);
      const plan = await this.checkedPlan(manager, user, access, facts, input);
      return this.insertScheduled(manager, user, input, plan);
    });
  }

  /** One session per date at the same wall-clock time in the cohort's zone: all of them, in one transaction, or none. */
  async scheduleSessions(user: AuthUser, input: ScheduleSessionsInput): Promise<SessionEntity[]> {
    const access = await this.access.require(user, Permission.SESSION_SCHEDULE, target.cohort(input.cohortId));
    return this.transactions.run(async (manager) => {
      const facts = await this.schedulingFacts(manager, user, input);
      // Refused callers hear so before any complaint about their dates.
      if (!access.allows(Permission.CURRICULUM_MANAGE)) requireFacilitatorMaySchedule(input, facts);
      const series = seriesInstants(input.dates, input.startTime, facts);
      if ('reasons' in series) throw new BadInputError(series.reasons);
      // Every date lies within the cohort (seriesInstants), so one check of the first holds for all of them.
      const plan = await this.checkedPlan(manager, user, access, facts, { ...input, startsAt: series.instants[0] });
      const sessions: SessionEntity[] = [];
      for (const startsAt of series.instants) sessions.push(await this.insertScheduled(manager, user, { ...input, startsAt }, plan));
      return sessions;
    });
  }

  private schedulingFacts(manager: EntityManager, user: AuthUser, input: ScheduleSessionInput | ScheduleSessionsInput): Promise<SchedulingFacts> {
    const references = { moduleId: input.moduleId ?? null, communityId: input.communityId ?? null, leaderId: input.leaderId ?? null, callerId: user.id };
    return this.repository.schedulingFacts(input.cohortId, references, manager);
  }

  /** Whether the caller may schedule this, and whom it is for and led by; refuses bad input before anything is written. */
  private async checkedPlan(
    manager: EntityManager,
    user: AuthUser,
    access: AccessDecision,
    facts: SchedulingFacts,
    input: ScheduleSessionInput,
  ): Promise<SchedulePlan> {
    const asFacilitator = !access.allows(Permission.CURRICULUM_MANAGE);
    const participantIds = [...new Set(input.participantIds ?? [])];
    if (asFacilitator) requireFacilitatorMaySchedule(input, facts);
    const reasons = {
      ...scheduleShapeReasons(facts, input),
      ...referenceReasons(user, input, facts, asFacilitator),
    };
    const participantsReason = await this.participantsReason(manager, user, input, facts, participantIds, asFacilitator);
    if (participantsReason) reasons.participantIds = participantsReason;
    if (Object.keys(reasons).length) throw new BadInputError(reasons);
    return { participantIds, leaderId: input.leaderId ?? (isStaff(access) ? user.id : null) };
  }

  private async insertScheduled(manager: EntityManager, user: AuthUser, input: ScheduleSessionInput, plan: SchedulePlan): Promise<SessionEntity> {
    const { participantIds, leaderId } = plan;
    const session = await this.repository.insertSession(
      {
        cohortId: input.cohortId,
        moduleId: input.moduleId ?? null,
        communityId: input.communityId ?? null,
        kind: input.kind,
        title: input.title,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        ceEligible: input.ceEligible,
        optional: input.optional ?? false,
        modality: input.modality ?? null,
        location: input.location ?? null,
        joinUrl: input.joinUrl ?? null,
        leaderId,
      },
      participantIds,
      manager,
    );
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'session.scheduled',
      entityType: 'session',
      entityId: session.id,
      cohortId: session.cohortId,
      after: { kind: session.kind, communityId: session.communityId, leaderId, participantIds, ...scheduleState(session) },
    });
    return session;
  }

  async updateSession(user: AuthUser, input: UpdateSessionInput): Promise<SessionEntity> {
    return this.transactions.run(async (manager) => {
      const access = await this.access.require(user, Permission.SESSION_RUN, target.session(input.sessionId), manager);
      const session = await this.repository.lockSession(input.sessionId, manager);
      if (session.cancelledAt) throw badInput('sessionId', 'a cancelled session cannot be changed');
      const managesCurriculum = access.allows(Permission.CURRICULUM_MANAGE);
      if (!mayDecideCeEligibility(managesCurriculum, input.ceEligible, session.ceEligible)) throw new ForbiddenError(CE_DECIDED_BY_FACULTY);
      if (!managesCurriculum && (input.optional !== undefined || input.leaderId !== undefined)) throw new ForbiddenError(CREDIT_DECIDED_BY_FACULTY);
      const references = { moduleId: input.moduleId ?? null, leaderId: input.leaderId ?? null };
      const reasons = updateReasons(await this.repository.sessionChangeFacts(session.id, references, manager), input);
      if (Object.keys(reasons).length) throw new BadInputError(reasons);
      const before = scheduleState(session);
      applyChanges(session, input);
      const saved = await this.saveAudited(manager, user, session, 'session.updated', before);
      // Its time, length and eligibility decide the CE minutes credited there and at overlapping sessions.
      if (input.startsAt || input.durationMinutes || input.ceEligible !== undefined) await this.ceRecords.afterAttendance(manager, session.cohortId);
      return saved;
    });
  }

  /** Cancelled sessions stay on record but are expected of nobody; cancelling twice changes nothing. */
  async cancelSession(user: AuthUser, sessionId: string): Promise<SessionEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.SESSION_RUN, target.session(sessionId), manager);
      const session = await this.repository.lockSession(sessionId, manager);
      if (session.cancelledAt) return session;
      if ((await this.repository.sessionChangeFacts(sessionId, { moduleId: null, leaderId: null }, manager)).attendanceRecorded > 0) {
        throw badInput('sessionId', 'attendance was recorded for this session, so cancelling it would take away credited minutes');
      }
      const before = scheduleState(session);
      session.cancelledAt = new Date();
      return this.saveAudited(manager, user, session, 'session.cancelled', before);
    });
  }

  private async saveAudited(
    manager: EntityManager,
    user: AuthUser,
    session: SessionEntity,
    action: string,
    before: Record<string, unknown>,
  ): Promise<SessionEntity> {
    const saved = await this.repository.saveSession(session, manager);
    await this.audit.record(manager, {
      actorId: user.id,
      action,
      entityType: 'session',
      entityId: session.id,
      cohortId: session.cohortId,
      before,
      after: scheduleState(saved),
    });
    return saved;
  }

  private async participantsReason(
    manager: EntityManager,
    user: AuthUser,
    input: ScheduleSessionInput,
    facts: SchedulingFacts,
    participantIds: string[],
    asFacilitator: boolean,
  ): Promise<string | null> {
    if (!participantIds.length) {
      // A cohort without communities meets as one group: its facilitator may hold reflective practice for everyone.
      const mustNameMembers = asFacilitator && input.kind === SessionKind.REFLECTIVE_PRACTICE && facts.cohortHasCommunities;
      return mustNameMembers ? 'name the members of your communities this session is for' : null;
    }
    const standings = await this.repository.inviteeStandings(input.cohortId, input.communityId ?? null, user.id, participantIds, manager);
    if (standings.some((person) => !person.participant)) return 'must all be participants of this cohort';
    if (standings.some((person) => !person.inCommunity)) return "must all be members of the session's community";
    const groupsApart = asFacilitator && facts.cohortHasCommunities;
    if (groupsApart && standings.some((person) => !person.facilitatedByCaller)) return 'must all be members of a community you facilitate';
    return null;
  }
}

/** A facilitator (who does not manage the curriculum) schedules within their own groups, and never CE credit. */
function requireFacilitatorMaySchedule(input: Pick<ScheduleSessionInput, 'kind' | 'ceEligible'>, facts: SchedulingFacts): void {
  if (!facilitatorMaySchedule(input.kind, facts.callerFacilitatesCommunity)) {
    throw new ForbiddenError('Facilitators schedule reflective practice and their own communities’ sessions only');
  }
  if (!mayDecideCeEligibility(false, input.ceEligible)) throw new ForbiddenError(CE_DECIDED_BY_FACULTY);
}

function scheduleShapeReasons(facts: SchedulingFacts, input: ScheduleSessionInput): Reasons {
  const reasons: Reasons = {};
  if (!startsWithinCohortDates(input.startsAt, facts)) reasons.startsAt = outsideCohortDates(facts);
  const isCommunitySession = input.kind === SessionKind.COMMUNITY_OF_PRACTICE;
  if (isCommunitySession && !input.communityId) reasons.communityId = 'is required for a COMMUNITY_OF_PRACTICE session';
  if (!isCommunitySession && input.communityId) reasons.communityId = 'only COMMUNITY_OF_PRACTICE sessions belong to a community';
  return reasons;
}

/** Whether the module, community and leader the input names belong to the cohort and fit the caller. */
function referenceReasons(user: AuthUser, input: ScheduleSessionInput, facts: SchedulingFacts, asFacilitator: boolean): Reasons {
  const reasons: Reasons = {};
  if (!facts.moduleInCohort) reasons.moduleId = 'is not a module of this cohort';
  if (!facts.communityInCohort) reasons.communityId = 'is not a community of this cohort';
  if (input.leaderId) {
    if (asFacilitator && input.leaderId !== user.id) reasons.leaderId = 'a facilitator schedules sessions they lead themselves';
    else if (!facts.leaderIsStaff) reasons.leaderId = 'must be faculty or a facilitator of this cohort';
  }
  return reasons;
}

/** What the input changes: a field left out keeps its value, null clears the fields that may be empty. */
function applyChanges(session: SessionEntity, input: UpdateSessionInput): void {
  const { sessionId: _sessionId, ...changes } = input;
  for (const [field, value] of Object.entries(changes)) {
    if (value !== undefined) Object.assign(session, { [field]: value });
  }
}

function updateReasons(facts: SessionChangeFacts, input: UpdateSessionInput): Reasons {
  const reasons: Reasons = {};
  if (input.startsAt && !startsWithinCohortDates(input.startsAt, facts)) reasons.startsAt = outsideCohortDates(facts);
  if (!facts.moduleInCohort) reasons.moduleId = 'is not a module of this cohort';
  if (!facts.leaderIsStaff) reasons.leaderId = 'must be faculty or a facilitator of this cohort';
  if (input.durationMinutes && input.durationMinutes < facts.mostMinutesRecorded) {
    reasons.durationMinutes = `attendance of up to ${facts.mostMinutesRecorded} minutes was recorded; correct it first`;
  }
  if (input.startsAt && input.startsAt.getTime() > Date.now() && facts.attendanceRecorded > 0) {
    reasons.startsAt = 'attendance was recorded; the session cannot move to the future';
  }
  return reasons;
}
