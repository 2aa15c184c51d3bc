import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole, STAFF_ROLES } from './enrollment-role';
import { EnrollmentEntity } from './enrollment.entity';

/** What one user is in one cohort; every domain's policy starts from this. */
export class CohortRoles {
  constructor(
    readonly user: AuthUser,
    readonly cohort: CohortEntity,
    private readonly roles: ReadonlySet<EnrollmentRole>,
  ) {}

  get isAdmin(): boolean {
    return this.user.isAdmin;
  }

  has(role: EnrollmentRole): boolean {
    return this.roles.has(role);
  }

  get isParticipant(): boolean {
    return this.has(EnrollmentRole.PARTICIPANT);
  }

  get isFaculty(): boolean {
    return this.has(EnrollmentRole.FACULTY);
  }

  get isFacilitator(): boolean {
    return this.has(EnrollmentRole.FACILITATOR);
  }

  get isStaff(): boolean {
    return STAFF_ROLES.some((role) => this.roles.has(role));
  }

  get isMember(): boolean {
    return this.roles.size > 0;
  }
}

@Injectable()
export class CohortAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The cohort, or NOT_FOUND. */
  async cohort(cohortId: string): Promise<CohortEntity> {
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id: cohortId });
    if (!cohort) throw new NotFoundError('Cohort');
    return cohort;
  }

  async rolesOf(userId: string, cohortId: string): Promise<Set<EnrollmentRole>> {
    const rows = await this.dataSource
      .getRepository(EnrollmentEntity)
      .find({ select: { role: true }, where: { userId, cohortId } });
    return new Set(rows.map((row) => row.role));
  }

  /** One user's enrollments in several cohorts (for DataLoaders). */
  enrollmentsOf(userId: string, cohortIds: readonly string[]): Promise<EnrollmentEntity[]> {
    return this.dataSource.getRepository(EnrollmentEntity).findBy({ userId, cohortId: In([...cohortIds]) });
  }

  /** The caller's roles in a cohort, in one statement; NOT_FOUND when the cohort does not exist. */
  async of(user: AuthUser, cohortId: string): Promise<CohortRoles> {
    const { entities, raw } = await this.dataSource
      .getRepository(CohortEntity)
      .createQueryBuilder('cohort')
      .addSelect(
        'ARRAY(SELECT e.role::text FROM enrollment e WHERE e.cohort_id = cohort.id AND e.user_id = :userId)',
        'viewer_roles',
      )
      .where('cohort.id = :cohortId', { cohortId, userId: user.id })
      .getRawAndEntities<{ viewer_roles: EnrollmentRole[] }>();
    if (!entities.length) throw new NotFoundError('Cohort');
    return new CohortRoles(user, entities[0], new Set(raw[0].viewer_roles));
  }

  /** Anyone enrolled in the cohort, or an admin. */
  async requireMemberOrAdmin(user: AuthUser, cohortId: string): Promise<CohortRoles> {
    const access = await this.of(user, cohortId);
    if (!access.isAdmin && !access.isMember) throw new ForbiddenError('You are not a member of this cohort');
    return access;
  }

  /** Faculty or facilitators of the cohort, or an admin. */
  async requireStaffOrAdmin(user: AuthUser, cohortId: string): Promise<CohortRoles> {
    const access = await this.of(user, cohortId);
    if (!access.isAdmin && !access.isStaff) throw new ForbiddenError('Only staff of this cohort may do this');
    return access;
  }

  /** Faculty of the cohort, or an admin. */
  async requireFacultyOrAdmin(user: AuthUser, cohortId: string): Promise<CohortRoles> {
    const access = await this.of(user, cohortId);
    if (!access.isAdmin && !access.isFaculty) throw new ForbiddenError('Only faculty of this cohort may do this');
    return access;
  }

  /** Whether `userId` holds `role` in the cohort (e.g. "is this person a participant here?"). */
  async hasRole(userId: string, cohortId: string, role: EnrollmentRole): Promise<boolean> {
    return this.dataSource.getRepository(EnrollmentEntity).existsBy({ userId, cohortId, role });
  }
}
