/** The record an access question is about; the repository resolves each kind to its cohort and participant. */
export type AccessTarget =
  | { kind: 'program'; id: string }
  | { kind: 'cohort'; id: string }
  | { kind: 'participant'; cohortId: string; userId: string }
  | { kind: 'user'; id: string }
  | { kind: 'enrollment'; id: string }
  | { kind: 'certificate'; id: string }
  | { kind: 'ceApproval'; id: string }
  | { kind: 'requirement'; id: string }
  | { kind: 'module'; id: string }
  | { kind: 'session'; id: string }
  | { kind: 'community'; id: string }
  | { kind: 'journalAssignment'; id: string }
  | { kind: 'journalSubmission'; id: string }
  | { kind: 'practicumPlacement'; id: string }
  | { kind: 'practicumEntry'; id: string };

export type TargetKind = AccessTarget['kind'];

/** What a caller with no relationship to the record is told does not exist. */
export const TARGET_NAMES: Record<TargetKind, string> = {
  program: 'Program',
  cohort: 'Cohort',
  participant: 'Cohort',
  user: 'User',
  enrollment: 'Enrollment',
  certificate: 'Certificate',
  ceApproval: 'CE approval',
  requirement: 'Completion requirement',
  module: 'Course module',
  session: 'Session',
  community: 'Community',
  journalAssignment: 'Journal assignment',
  journalSubmission: 'Journal submission',
  practicumPlacement: 'Practicum placement',
  practicumEntry: 'Practicum entry',
};

export const target = {
  program: (id: string): AccessTarget => ({ kind: 'program', id }),
  cohort: (id: string): AccessTarget => ({ kind: 'cohort', id }),
  /** One participant's records in a cohort (progress, attendance, practicum, journals). */
  participant: (cohortId: string, userId: string): AccessTarget => ({ kind: 'participant', cohortId, userId }),
  user: (id: string): AccessTarget => ({ kind: 'user', id }),
  enrollment: (id: string): AccessTarget => ({ kind: 'enrollment', id }),
  certificate: (id: string): AccessTarget => ({ kind: 'certificate', id }),
  ceApproval: (id: string): AccessTarget => ({ kind: 'ceApproval', id }),
  requirement: (id: string): AccessTarget => ({ kind: 'requirement', id }),
  module: (id: string): AccessTarget => ({ kind: 'module', id }),
  session: (id: string): AccessTarget => ({ kind: 'session', id }),
  community: (id: string): AccessTarget => ({ kind: 'community', id }),
  journalAssignment: (id: string): AccessTarget => ({ kind: 'journalAssignment', id }),
  journalSubmission: (id: string): AccessTarget => ({ kind: 'journalSubmission', id }),
  practicumPlacement: (id: string): AccessTarget => ({ kind: 'practicumPlacement', id }),
  practicumEntry: (id: string): AccessTarget => ({ kind: 'practicumEntry', id }),
};
