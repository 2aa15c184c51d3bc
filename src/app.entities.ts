import { AttendanceEntity } from './attendance/attendance.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { UserEntity } from './auth/user.entity';
import { CeApprovalEntity } from './ce/ce-approval.entity';
import { CeRecordEntity } from './ce/ce-record.entity';
import { CertificateEntity } from './certificates/certificate.entity';
import { CommunityFacilitatorEntity } from './communities/community-facilitator.entity';
import { CommunityMemberEntity } from './communities/community-member.entity';
import { CommunityEntity } from './communities/community.entity';
import { SessionNoteEntity } from './communities/session-note.entity';
import { CompletionRequirementEntity } from './completion/completion-requirement.entity';
import { CourseModuleEntity } from './curriculum/course-module.entity';
import { SessionInviteeEntity } from './curriculum/session-invitee.entity';
import { SessionEntity } from './curriculum/session.entity';
import { JournalAssignmentEntity } from './journals/journal-assignment.entity';
import { JournalExtensionEntity } from './journals/journal-extension.entity';
import { JournalGradeEntity } from './journals/journal-grade.entity';
import { JournalSubmissionVersionEntity } from './journals/journal-submission-version.entity';
import { JournalSubmissionEntity } from './journals/journal-submission.entity';
import { PracticumLogEntryEntity } from './practicum/practicum-log-entry.entity';
import { PracticumPlacementEntity } from './practicum/practicum-placement.entity';
import { PracticumReviewEntity } from './practicum/practicum-review.entity';
import { CohortEntity } from './programs/cohort.entity';
import { EnrollmentEntity } from './programs/enrollment.entity';
import { ProgramEntity } from './programs/program.entity';
import { ProgramRoleEntity } from './programs/program-role.entity';
import { WebSessionEntity } from './web/web-session.entity';
import { LtiAccountEntity } from './lti/lti-account.entity';
import { LtiContextLinkEntity } from './lti/lti-context-link.entity';
import { LtiLaunchEntity } from './lti/lti-launch.entity';
import { LtiLineItemEntity } from './lti/lti-line-item.entity';
import { LtiPlatformEntity } from './lti/lti-platform.entity';
import { LtiScorePostEntity } from './lti/lti-score-post.entity';
import { LtiToolKeyEntity } from './lti/lti-tool-key.entity';
import { ReminderOptOutEntity } from './reminders/reminder-opt-out.entity';
import { ReminderSentEntity } from './reminders/reminder-sent.entity';

/**
 * Every TypeORM entity, in the order their tables depend on each other. The composition root:
 * the app (app.module.ts), the migration scripts (src/cli) and the tests all pass this list to
 * the one DataSource definition in src/database, which itself knows no domain.
 */
export const entities = [
  // auth, programs, audit
  UserEntity,
  ProgramEntity,
  ProgramRoleEntity,
  WebSessionEntity,
  CohortEntity,
  EnrollmentEntity,
  AuditEventEntity,
  // curriculum, communities, attendance
  CourseModuleEntity,
  SessionEntity,
  SessionInviteeEntity,
  CommunityEntity,
  CommunityMemberEntity,
  CommunityFacilitatorEntity,
  SessionNoteEntity,
  AttendanceEntity,
  // practicum, journals
  PracticumPlacementEntity,
  PracticumLogEntryEntity,
  PracticumReviewEntity,
  JournalAssignmentEntity,
  JournalSubmissionEntity,
  JournalSubmissionVersionEntity,
  JournalGradeEntity,
  JournalExtensionEntity,
  // completion, certificates, CE
  CompletionRequirementEntity,
  CertificateEntity,
  CeApprovalEntity,
  CeRecordEntity,
  // LTI
  LtiToolKeyEntity,
  LtiPlatformEntity,
  LtiContextLinkEntity,
  LtiAccountEntity,
  LtiLaunchEntity,
  LtiLineItemEntity,
  LtiScorePostEntity,
  // reminders
  ReminderSentEntity,
  ReminderOptOutEntity,
];
