import { Foundation1795433501597 } from './1795433501597-Foundation';
import { CurriculumAttendanceCommunities1795434991348 } from './1795434991348-CurriculumAttendanceCommunities';
import { Practicum1795435336625 } from './1795435336625-Practicum';
import { Journals1795435444425 } from './1795435444425-Journals';
import { CompletionCertificatesCe1795435497644 } from './1795435497644-CompletionCertificatesCe';
import { AccessRelationships1795503148541 } from './1795503148541-AccessRelationships';
import { Hardening1795600000000 } from './1795600000000-Hardening';
import { TimeZonesSchedules1795700000000 } from './1795700000000-TimeZonesSchedules';
import { RequirementsOverKinds1795700001000 } from './1795700001000-RequirementsOverKinds';
import { MadeUpAttendance1795700002000 } from './1795700002000-MadeUpAttendance';
import { AttendanceCredit1795700003000 } from './1795700003000-AttendanceCredit';
import { Licenses1795800000000 } from './1795800000000-Licenses';
import { CertificateCorrections1795800001000 } from './1795800001000-CertificateCorrections';
import { IssuerProfile1795800002000 } from './1795800002000-IssuerProfile';
import { CeApprovalRules1795800003000 } from './1795800003000-CeApprovalRules';
import { EnrollmentStatus1795900000000 } from './1795900000000-EnrollmentStatus';
import { Accounts1795900001000 } from './1795900001000-Accounts';
import { MembershipOverTime1795900002000 } from './1795900002000-MembershipOverTime';
import { CurriculumEdits1795900003000 } from './1795900003000-CurriculumEdits';
import { ProgramRoles1795900004000 } from './1795900004000-ProgramRoles';
import { WebSessions1795900005000 } from './1795900005000-WebSessions';
import { Lti1795900006000 } from './1795900006000-Lti';
import { Reminders1795900007000 } from './1795900007000-Reminders';
import { HotPaths1795900008000 } from './1795900008000-HotPaths';
import { StoredAttendanceCredit1795900009000 } from './1795900009000-StoredAttendanceCredit';

/** Every migration in order; the DataSource loads this list (no globbing). */
export const migrations = [
  Foundation1795433501597,
  CurriculumAttendanceCommunities1795434991348,
  Practicum1795435336625,
  Journals1795435444425,
  CompletionCertificatesCe1795435497644,
  AccessRelationships1795503148541,
  Hardening1795600000000,
  TimeZonesSchedules1795700000000,
  RequirementsOverKinds1795700001000,
  MadeUpAttendance1795700002000,
  AttendanceCredit1795700003000,
  Licenses1795800000000,
  CertificateCorrections1795800001000,
  IssuerProfile1795800002000,
  CeApprovalRules1795800003000,
  EnrollmentStatus1795900000000,
  Accounts1795900001000,
  MembershipOverTime1795900002000,
  CurriculumEdits1795900003000,
  ProgramRoles1795900004000,
  WebSessions1795900005000,
  Lti1795900006000,
  Reminders1795900007000,
  HotPaths1795900008000,
  StoredAttendanceCredit1795900009000,
];
