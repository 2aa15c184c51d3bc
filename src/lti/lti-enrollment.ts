import { EnrollmentRole } from '../programs/enrollment-role';
import { courseRoleOf, CourseRole } from './lti-claims';

const ENROLLMENT_OF: Record<CourseRole, EnrollmentRole> = {
  Learner: EnrollmentRole.PARTICIPANT,
  Instructor: EnrollmentRole.FACULTY,
  TeachingAssistant: EnrollmentRole.FACILITATOR,
};

/** The enrolment a launch's or roster's course roles call for in the linked cohort, if any. */
export function enrollmentRoleOf(roles: readonly string[]): EnrollmentRole | null {
  const courseRole = courseRoleOf(roles);
  return courseRole && ENROLLMENT_OF[courseRole];
}
