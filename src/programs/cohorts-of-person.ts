import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { ProgramsRepository } from './programs.repository';

/** The cohorts a person is enrolled in with one of `roles` (withdrawn participants keep theirs), newest enrolment first. */
export async function cohortsOfPerson(programs: ProgramsRepository, userId: string, roles: readonly EnrollmentRole[]): Promise<CohortEntity[]> {
  const enrollments = (await programs.enrollmentsOf(userId)).filter((enrollment) => roles.includes(enrollment.role));
  const cohortIds = [...new Set(enrollments.map((enrollment) => enrollment.cohortId))];
  const cohorts = new Map((await programs.cohortsByIds(cohortIds)).map((cohort) => [cohort.id, cohort]));
  return cohortIds.map((id) => cohorts.get(id)!);
}
