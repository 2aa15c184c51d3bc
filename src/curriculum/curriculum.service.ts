import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { CommunityEntity } from '../communities/community.entity';
import { BadInputError, badInput, ForbiddenError } from '../errors/domain-errors';
import { CohortEntity } from '../programs/cohort.entity';
import { CohortAccess, CohortRoles } from '../programs/cohort-access.service';
import { EnrollmentRole, STAFF_ROLES } from '../programs/enrollment-role';
import { EnrollmentEntity } from '../programs/enrollment.entity';
import { startsWithinCohortDates } from './cohort-dates';
import { CourseModuleEntity } from './course-module.entity';
import { CreateModuleInput, ScheduleSessionInput, UpdateSessionInput } from './curriculum.inputs';
import { facilitatorMaySchedule, mayDecideCeEligibility, mayManageCurriculum } from './curriculum.policy';
import { SessionAccess } from './session-access.service';
import { enrolledAsSql, facilitatesMemberSql, isCommunityMemberSql } from './session-audience';
import { SessionInviteeEntity } from './session-invitee.entity';
import { SessionKind } from './session-kind';
import { SessionEntity } from './session.entity';

type Reasons = Record<string, string>;

const CE_DECIDED_BY_FACULTY = 'Only admins and the cohort’s faculty decide whether a session is CE-eligible';

/** What the audit trail keeps of a session's schedule. */
function scheduleState(session: SessionEntity): Record<string, unknown> {
  const { title, startsAt, durationMinutes, ceEligible, moduleId, cancelledAt } = session;
  return { title, startsAt, durationMinutes, ceEligible, moduleId, cancelledAt };
}

@Injectable()
export class CurriculumService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohortAccess: CohortAccess,
    private readonly sessionAccess: SessionAccess,
    private readonly audit: AuditService,
  ) {}

  async createModule(user: AuthUser, input: CreateModuleInput): Promise<CourseModuleEntity> {
    const roles = await this.cohortAccess.of(user, input.cohortId);
    if (!mayManageCurriculum(roles)) throw new ForbiddenError('Only faculty of this cohort may change its curriculum');
    const modules = this.dataSource.getRepository(CourseModuleEntity);
    return modules.save(
      modules.create({ cohortId: input.cohortId, title: input.title.trim(), position: input.position, description: input.description?.trim() || null }),
    );
  }

  async scheduleSession(user: AuthUser, input: ScheduleSessionInput): Promise<SessionEntity> {
    const roles = await this.cohortAccess.of(user, input.cohortId);
    const asFacilitator = !mayManageCurriculum(roles);
    const participantIds = [...new Set(input.participantIds ?? [])];
    const leaderId = input.leaderId ?? (roles.isStaff ? user.id : null);
    return this.dataSource.transaction(async (manager) => {
      if (asFacilitator) await this.requireFacilitatorMaySchedule(manager, roles, input);
      const reasons = {
        ...this.scheduleShapeReasons(roles.cohort, input),
        ...(await this.referenceReasons(manager, roles, input, participantIds, asFacilitator)),
      };
      if (Object.keys(reasons).length) throw new BadInputError(reasons);
      const sessions = manager.getRepository(SessionEntity);
      const session = await sessions.save(
        sessions.create({
          cohortId: input.cohortId,
          moduleId: input.moduleId ?? null,
          communityId: input.communityId ?? null,
          kind: input.kind,
          title: input.title.trim(),
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          ceEligible: input.ceEligible,
          leaderId,
        }),
      );
      if (participantIds.length) {
        await manager.getRepository(SessionInviteeEntity).insert(participantIds.map((userId) => ({ sessionId: session.id, userId })));
      }
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'session.scheduled',
        entityType: 'session',
        entityId: session.id,
        cohortId: session.cohortId,
        after: { kind: session.kind, communityId: session.communityId, leaderId, participantIds, ...scheduleState(session) },
      });
      return session;
    });
  }

  async updateSession(user: AuthUser, input: UpdateSessionInput): Promise<SessionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { session, roles } = await this.sessionAccess.requireRunner(user, input.sessionId, manager, true);
      if (session.cancelledAt) throw badInput('sessionId', 'a cancelled session cannot be changed');
      if (!mayDecideCeEligibility(roles, input.ceEligible, session.ceEligible)) throw new ForbiddenError(CE_DECIDED_BY_FACULTY);
      const reasons = await this.updateReasons(manager, roles.cohort, session, input);
      if (Object.keys(reasons).length) throw new BadInputError(reasons);
      const before = scheduleState(session);
      if (input.title !== undefined) session.title = input.title.trim();
      if (input.startsAt !== undefined) session.startsAt = input.startsAt;
      if (input.durationMinutes !== undefined) session.durationMinutes = input.durationMinutes;
      if (input.ceEligible !== undefined) session.ceEligible = input.ceEligible;
      if (input.moduleId !== undefined) session.moduleId = input.moduleId;
      return this.saveAudited(manager, user, session, 'session.updated', before);
    });
  }

  /** Cancelled sessions stay on record but are expected of nobody; cancelling twice changes nothing. */
  async cancelSession(user: AuthUser, sessionId: string): Promise<SessionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.sessionAccess.requireRunner(user, sessionId, manager, true);
      if (session.cancelledAt) return session;
      if (await manager.getRepository(AttendanceEntity).existsBy({ sessionId })) {
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
    const saved = await manager.getRepository(SessionEntity).save(session);
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

  private async requireFacilitatorMaySchedule(manager: EntityManager, roles: CohortRoles, input: ScheduleSessionInput): Promise<void> {
    if (!roles.isFacilitator) throw new ForbiddenError('Only faculty of this cohort may schedule sessions');
    const facilitates = await this.sessionAccess.facilitates(roles.user.id, input.communityId ?? null, manager);
    if (!facilitatorMaySchedule(input.kind, facilitates)) {
      throw new ForbiddenError('Facilitators schedule reflective practice and their own communities’ sessions only');
    }
    if (!mayDecideCeEligibility(roles, input.ceEligible)) throw new ForbiddenError(CE_DECIDED_BY_FACULTY);
  }

  private scheduleShapeReasons(cohort: CohortEntity, input: ScheduleSessionInput): Reasons {
    const reasons: Reasons = {};
    if (!startsWithinCohortDates(input.startsAt, cohort.startsOn, cohort.endsOn)) {
      reasons.startsAt = `must fall within the cohort's dates (${cohort.startsOn} to ${cohort.endsOn})`;
    }
    const isCommunitySession = input.kind === SessionKind.COMMUNITY_OF_PRACTICE;
    if (isCommunitySession && !input.communityId) reasons.communityId = 'is required for a COMMUNITY_OF_PRACTICE session';
    if (!isCommunitySession && input.communityId) reasons.communityId = 'only COMMUNITY_OF_PRACTICE sessions belong to a community';
    return reasons;
  }

  /** Checks every record the input points to belongs to the cohort and fits the caller. */
  private async referenceReasons(
    manager: EntityManager,
    roles: CohortRoles,
    input: ScheduleSessionInput,
    participantIds: string[],
    asFacilitator: boolean,
  ): Promise<Reasons> {
    const reasons: Reasons = {};
    const cohortId = roles.cohort.id;
    if (input.moduleId && !(await manager.getRepository(CourseModuleEntity).existsBy({ id: input.moduleId, cohortId }))) {
      reasons.moduleId = 'is not a module of this cohort';
    }
    if (input.communityId && !(await manager.getRepository(CommunityEntity).existsBy({ id: input.communityId, cohortId }))) {
      reasons.communityId = 'is not a community of this cohort';
    }
    if (input.leaderId) {
      if (asFacilitator && input.leaderId !== roles.user.id) reasons.leaderId = 'a facilitator schedules sessions they lead themselves';
      else if (!(await manager.getRepository(EnrollmentEntity).existsBy({ userId: input.leaderId, cohortId, role: In(STAFF_ROLES) }))) {
        reasons.leaderId = 'must be faculty or a facilitator of this cohort';
      }
    }
    const participantsReason = await this.participantsReason(manager, roles, input, participantIds, asFacilitator);
    if (participantsReason) reasons.participantIds = participantsReason;
    return reasons;
  }

  private async participantsReason(
    manager: EntityManager,
    roles: CohortRoles,
    input: ScheduleSessionInput,
    participantIds: string[],
    asFacilitator: boolean,
  ): Promise<string | null> {
    if (!participantIds.length) {
      return asFacilitator && input.kind === SessionKind.REFLECTIVE_PRACTICE ? 'name the members of your communities this session is for' : null;
    }
    const rows: { participant: boolean; in_community: boolean; facilitated: boolean }[] = await manager.query(
      `SELECT ${enrolledAsSql('$1', 'u.id', [EnrollmentRole.PARTICIPANT])} AS participant,
              ($2::uuid IS NULL OR ${isCommunityMemberSql('$2::uuid', 'u.id')}) AS in_community,
              ${facilitatesMemberSql('$1', 'u.id', '$3')} AS facilitated
       FROM unnest($4::uuid[]) AS u(id)`,
      [roles.cohort.id, input.communityId ?? null, roles.user.id, participantIds],
    );
    if (rows.some((row) => !row.participant)) return 'must all be participants of this cohort';
    if (rows.some((row) => !row.in_community)) return "must all be members of the session's community";
    if (asFacilitator && rows.some((row) => !row.facilitated)) return 'must all be members of a community you facilitate';
    return null;
  }

  private async updateReasons(manager: EntityManager, cohort: CohortEntity, session: SessionEntity, input: UpdateSessionInput): Promise<Reasons> {
    const reasons: Reasons = {};
    if (input.startsAt && !startsWithinCohortDates(input.startsAt, cohort.startsOn, cohort.endsOn)) {
      reasons.startsAt = `must fall within the cohort's dates (${cohort.startsOn} to ${cohort.endsOn})`;
    }
    if (input.moduleId && !(await manager.getRepository(CourseModuleEntity).existsBy({ id: input.moduleId, cohortId: cohort.id }))) {
      reasons.moduleId = 'is not a module of this cohort';
    }
    if (input.startsAt || input.durationMinutes) {
      const [recorded] = await manager.query(
        'SELECT count(*)::int AS count, coalesce(max(minutes_attended), 0) AS most FROM attendance WHERE session_id = $1',
        [session.id],
      );
      if (input.durationMinutes && input.durationMinutes < recorded.most) {
        reasons.durationMinutes = `attendance of up to ${recorded.most} minutes was recorded; correct it first`;
      }
      if (input.startsAt && input.startsAt.getTime() > Date.now() && recorded.count > 0) {
        reasons.startsAt = 'attendance was recorded; the session cannot move to the future';
      }
    }
    return reasons;
  }
}
