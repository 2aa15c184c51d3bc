import { createHash, randomBytes } from 'node:crypto';
import {
  cancelSessionRequest,
  enroll,
  GRADE,
  givenAssignment,
  givenCohort,
  givenCommunity,
  givenEligible,
  givenEntry,
  givenMember,
  givenModule,
  givenPlacement,
  givenSession,
  givenSubmitted,
  givenTwoCommunities,
  givenUser,
  issueCertificate,
  logPracticum,
  PASSWORD,
  recordAttendance,
  recordSessionAttendance,
  reviewEntry,
  SAVE_DRAFT,
  scheduleSessionRequest,
  setRequirement,
  SignedIn,
  SUBMIT,
  uniqueEmail,
  updateSessionRequest,
} from './support/factories';
import { LtiPlatformSimulator } from './support/lti-platform-simulator';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

/** Mutations that change no record, and why. */
const CHANGE_NO_RECORD: Record<string, string> = {
  proposeZoomAttendance: 'reads a Zoom report into a proposal and writes nothing; recordSessionAttendance records and audits what staff confirm',
  login: 'signing in issues a token and changes no record (its attempts are counted by the rate limits, not audited)',
  requestPasswordReset:
    'asks for a one-time link: nothing of the person changes until it is used (resetPassword is audited), and the attempts are counted by the rate limits',
};

/** Texts the trail must never hold: they are written by these calls, and looked for in every audit row at the end. */
const JOURNAL_TEXT = 'Private journal text: I felt unsure during the visit.';
const REFLECTION_TEXT = 'Private reflection: the provider and I planned the next visit together.';
const NOTE_TEXT = 'Private session note: the group talked about a hard week.';
const PROMPT_TEXT = 'Private prompt: reflect on a moment you slowed down.';

type World = Awaited<ReturnType<typeof givenTwoCommunities>> & { app: TestApp };

interface Arranged {
  /** Who makes the change. */
  actor: SignedIn;
  /** The call, which changes exactly one record. */
  change(): Promise<GraphQLResponse>;
  /** The id of the record the change wrote, from its answer. */
  changedId(data: any): string;
  /** The action the trail names. */
  action: string;
  /** For a change of two records (a reissue revokes one certificate and issues another): the other record's row. */
  alsoWritten?(data: any): { action: string; entityId: string };
  /** A call refused (not allowed, or bad input), made before the change, with the change still possible. */
  refuse(): Promise<GraphQLResponse>;
}

type Case = (world: World) => Promise<Arranged>;

const gql = (world: World, query: string, variables: Record<string, unknown>, who: SignedIn) => () => world.app.gql(query, variables, who.token);

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const UPDATE_PROGRAM = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`;
const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { id } }`;
const CREATE_COMMUNITY = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`;
const rosterChange = (operation: string) => `mutation($input: CommunityPersonInput!) { ${operation}(input: $input) { id } }`;
const CREATE_MODULE = `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`;
const SCHEDULE_SESSIONS = `mutation($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { id } }`;
const WRITE_NOTE = `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`;
const CREATE_ASSIGNMENT = `mutation($input: CreateJournalAssignmentInput!) { createJournalAssignment(input: $input) { id } }`;
const UPDATE_ASSIGNMENT = `mutation($input: UpdateJournalAssignmentInput!) { updateJournalAssignment(input: $input) { id } }`;
const GRANT_EXTENSION = `mutation($input: GrantExtensionInput!) { grantExtension(input: $input) { id } }`;
const CREATE_PLACEMENT = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`;
const UPDATE_ENTRY = `mutation($input: UpdatePracticumEntryInput!) { updatePracticumEntry(input: $input) { id } }`;
const DELETE_ENTRY = `mutation($id: ID!) { deletePracticumEntry(entryId: $id) }`;
const SET_REQUIREMENT = `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id } }`;
const REMOVE_REQUIREMENT = `mutation($id: ID!) { removeCompletionRequirement(id: $id) }`;
const WAIVE = `mutation($input: WaiveRequirementInput!) { waiveRequirement(input: $input) { id } }`;
const APPROVE_CE = `mutation($input: ApproveCeInput!) { approveCe(input: $input) { id } }`;
const UPDATE_CE_APPROVAL = `mutation($input: UpdateCeApprovalInput!) { updateCeApproval(input: $input) { id } }`;
const REMOVE_CE_APPROVAL = `mutation($id: ID!) { removeCeApproval(approvalId: $id) }`;
const ISSUE = `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { id } }`;
const ISSUE_ALL = `mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued certificates { id } } }`;
const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`;
const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id } }`;
const SET_LICENSES = `mutation($input: SetLicensesInput!) { setLicenses(input: $input) { id } }`;

/** A cohort of its own with one participant eligible for a certificate, so a batch changes exactly one record. */
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`;
const INVITE_USER = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const RESET_PASSWORD = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id } } }`;
const DEACTIVATE_USER = `mutation($id: ID!) { deactivateUser(userId: $id) { id } }`;
const REACTIVATE_USER = `mutation($id: ID!) { reactivateUser(userId: $id) { id } }`;
const SIGN_OUT = `mutation { signOut }`;

/** A valid password-reset link for the person, written straight to the database: its token. */
async function givenResetLink(w: World, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await w.app.db.query(
    `INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at) VALUES ($1, 'PASSWORD_RESET', $2, now() + interval '1 hour')`,
    [userId, createHash('sha256').update(token).digest()],
  );
  return token;
}

const WITHDRAW = `mutation($input: WithdrawInput!) { withdraw(input: $input) { id } }`;
const REMOVE_ENROLLMENT = `mutation($id: ID!) { removeEnrollment(enrollmentId: $id) }`;
const UPDATE_COHORT = `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }`;
const UPDATE_COMMUNITY = `mutation($input: UpdateCommunityInput!) { updateCommunity(input: $input) { id } }`;
const MOVE_COMMUNITY_MEMBER = `mutation($input: MoveCommunityMemberInput!) { moveCommunityMember(input: $input) { id } }`;

const UPDATE_MODULE = `mutation($input: UpdateModuleInput!) { updateModule(input: $input) { id } }`;
const REORDER_MODULES = `mutation($input: ReorderModulesInput!) { reorderModules(input: $input) { id } }`;
const UPDATE_REQUIREMENT = `mutation($input: UpdateCompletionRequirementInput!) { updateCompletionRequirement(input: $input) { id } }`;

const COPY_COHORT = `mutation($input: CopyCohortInput!) { copyCohort(input: $input) { id modules { id } } }`;

const GRANT_PROGRAM_ROLE = `mutation($input: ProgramRoleInput!) { grantProgramRole(input: $input) { id } }`;
const REVOKE_PROGRAM_ROLE = `mutation($input: ProgramRoleInput!) { revokeProgramRole(input: $input) }`;
const REGISTER_LTI_PLATFORM = `mutation($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const UPDATE_LTI_PLATFORM = `mutation($input: UpdateLtiPlatformInput!) { updateLtiPlatform(input: $input) { id } }`;
const LINK_LTI_CONTEXT = `mutation($input: LinkLtiContextInput!) { linkLtiContext(input: $input) { id } }`;
const SYNC_LTI_ROSTER = `mutation($id: ID!) { syncLtiRoster(contextLinkId: $id) { members } }`;
const RETRY_LTI_SCORE_POST = `mutation($id: ID!) { retryLtiScorePost(scorePostId: $id) { id } }`;
const IMPORT_ROSTER = `mutation($input: ImportRosterInput!) { importRoster(input: $input) { rows { userId enrollmentId } } }`;
const SET_REMINDER_PREFERENCE = `mutation($enabled: Boolean!) { setReminderPreference(enabled: $enabled) { id } }`;

/** A platform that answers (its token and roster endpoints), registered on first use and stopped at the end. */
let platform: { simulator: LtiPlatformSimulator; platformId: string } | undefined;

async function givenLtiPlatform(world: World): Promise<{ platformId: string; simulator: LtiPlatformSimulator }> {
  if (!platform) {
    // It checks the tool's client assertions against the app's own /lti/jwks.
    const simulator = await LtiPlatformSimulator.start({ toolBaseUrl: world.app.baseUrl });
    const { registerLtiPlatform } = await world.app.ok(REGISTER_LTI_PLATFORM, { input: simulator.registration() }, world.admin.token);
    platform = { simulator, platformId: registerLtiPlatform.id };
  }
  return platform;
}

/** A new course linked to world's cohort, with the (empty) roster service a launch would have given. */
async function givenLinkedCourse(world: World): Promise<string> {
  const { platformId, simulator } = await givenLtiPlatform(world);
  const input = { platformId, contextId: `course-${randomBytes(4).toString('hex')}`, cohortId: world.cohortId };
  const { linkLtiContext } = await world.app.ok(LINK_LTI_CONTEXT, { input }, world.admin.token);
  await world.app.db.query('UPDATE lti_context_link SET memberships_url = $2 WHERE id = $1', [linkLtiContext.id, `${simulator.baseUrl}/api/lti/courses/1/names_and_roles`]);
  return linkLtiContext.id;
}

/** A graded journal whose post to a linked course's gradebook failed. */
async function givenFailedScorePost(world: World): Promise<string> {
  const contextLinkId = await givenLinkedCourse(world);
  const assignmentId = await givenAssignment(world.app, world.faculty, await givenModule(world.app, world.faculty.token, world.cohortId));
  const submitted = await givenSubmitted(world.app, world.ana, assignmentId, JOURNAL_TEXT);
  await world.app.ok(GRADE, { input: { submissionId: submitted.id, outcome: 'SATISFACTORY', feedback: 'Clear.', version: submitted.version } }, world.faculty.token);
  const { rows } = await world.app.db.query(
    `WITH item AS (INSERT INTO lti_line_item (context_link_id, journal_assignment_id, url) VALUES ($1, $2, $3) RETURNING id)
     INSERT INTO lti_score_post (grade_id, line_item_id, platform_user_id, status, attempts, last_error)
     SELECT g.id, item.id, 'audited-user', 'FAILED', 3, 'The gradebook answered 500' FROM journal_grade g, item WHERE g.submission_id = $4 RETURNING id`,
    [contextLinkId, assignmentId, `${platform!.simulator.baseUrl}/api/lti/courses/1/line_items/missing`, submitted.id],
  );
  return rows[0].id;
}

/** A new person, as a coordinator-to-be of a new program. */
async function givenProgramRole(world: World) {
  const { programId } = await givenCohort(world.app, world.admin);
  const person = await givenUser(world.app, world.admin);
  return { programId, userId: person.id, role: 'COORDINATOR' };
}

async function givenEligibleCohort(world: World) {
  const { cohortId } = await givenCohort(world.app, world.admin);
  const participant = await givenMember(world.app, world.admin, cohortId, 'PARTICIPANT');
  await givenEligible(world.app, world.admin, cohortId, [participant.id]);
  return { cohortId, participant };
}

/** A CE approval of a cohort of its own. */
async function givenCeApproval(world: World, approvalNumber: string): Promise<string> {
  const { cohortId } = await givenCohort(world.app, world.admin);
  const input = { cohortId, board: 'California BBS', approvalNumber, licenseTypes: ['LCSW'] };
  const { approveCe } = await world.app.ok(APPROVE_CE, { input }, world.admin.token);
  return approveCe.id;
}

/** One case per mutation that changes state: the call that changes one record, and a refused one. */
const CASES: Record<string, Case> = {
  createUser: async (w) => {
    const input = { email: uniqueEmail(), fullName: 'Audited Person', password: PASSWORD };
    return {
      actor: w.admin,
      action: 'user.created',
      change: gql(w, CREATE_USER, { input }, w.admin),
      changedId: (data) => data.createUser.id,
      refuse: gql(w, CREATE_USER, { input }, w.ana),
    };
  },
  createProgram: async (w) => ({
    actor: w.admin,
    action: 'program.created',
    change: gql(w, CREATE_PROGRAM, { input: { name: 'Audited program' } }, w.admin),
    changedId: (data) => data.createProgram.id,
    refuse: gql(w, CREATE_PROGRAM, { input: { name: '   ' } }, w.admin),
  }),
  updateProgram: async (w) => {
    const { programId } = await givenCohort(w.app, w.admin);
    // An issuer e-mail address among the changes: the trail must not keep it (the last test looks).
    const input = { programId, issuerName: 'Audited Institute', issuerEmail: 'certificates@audited-institute.example.org' };
    return {
      actor: w.admin,
      action: 'program.updated',
      change: gql(w, UPDATE_PROGRAM, { input }, w.admin),
      changedId: (data) => data.updateProgram.id,
      refuse: gql(w, UPDATE_PROGRAM, { input: { ...input, issuerUrl: 'not a url' } }, w.admin),
    };
  },
  createCohort: async (w) => {
    const { rows } = await w.app.db.query('SELECT program_id FROM cohort WHERE id = $1', [w.cohortId]);
    const input = { programId: rows[0].program_id, name: 'Audited cohort', startsOn: '2027-01-04', endsOn: '2027-06-30', capacity: 10 };
    return {
      actor: w.admin,
      action: 'cohort.created',
      change: gql(w, CREATE_COHORT, { input }, w.admin),
      changedId: (data) => data.createCohort.id,
      refuse: gql(w, CREATE_COHORT, { input: { ...input, endsOn: '2026-12-31' } }, w.admin),
    };
  },
  enroll: async (w) => {
    const person = await givenUser(w.app, w.admin);
    const input = { cohortId: w.cohortId, userId: person.id, role: 'PARTICIPANT' };
    return {
      actor: w.admin,
      action: 'enrollment.created',
      change: gql(w, ENROLL, { input }, w.admin),
      changedId: (data) => data.enroll.id,
      refuse: gql(w, ENROLL, { input }, w.faculty),
    };
  },
  createCommunity: async (w) => {
    const member = await givenMember(w.app, w.admin, w.cohortId, 'PARTICIPANT');
    // Its roster belongs to the community: one record, one row.
    const input = { cohortId: w.cohortId, name: 'East', facilitatorIds: [w.faculty.id], memberIds: [member.id] };
    return {
      actor: w.admin,
      action: 'community.created',
      change: gql(w, CREATE_COMMUNITY, { input }, w.admin),
      changedId: (data) => data.createCommunity.id,
      refuse: gql(w, CREATE_COMMUNITY, { input: { ...input, memberIds: [w.ana.id] } }, w.admin),
    };
  },
  addCommunityMember: async (w) => {
    const member = await givenMember(w.app, w.admin, w.cohortId, 'PARTICIPANT');
    const input = { communityId: w.south, userId: member.id };
    return {
      actor: w.admin,
      action: 'community.member_added',
      change: gql(w, rosterChange('addCommunityMember'), { input }, w.admin),
      changedId: (data) => data.addCommunityMember.id,
      refuse: gql(w, rosterChange('addCommunityMember'), { input }, w.facilitator),
    };
  },
  removeCommunityMember: async (w) => {
    const member = await givenMember(w.app, w.admin, w.cohortId, 'PARTICIPANT');
    await w.app.ok(rosterChange('addCommunityMember'), { input: { communityId: w.south, userId: member.id } }, w.admin.token);
    const input = { communityId: w.south, userId: member.id };
    return {
      actor: w.admin,
      action: 'community.member_removed',
      change: gql(w, rosterChange('removeCommunityMember'), { input }, w.admin),
      changedId: (data) => data.removeCommunityMember.id,
      refuse: gql(w, rosterChange('removeCommunityMember'), { input: { ...input, userId: w.ana.id } }, w.admin),
    };
  },
  addCommunityFacilitator: async (w) => {
    const facilitator = await givenMember(w.app, w.admin, w.cohortId, 'FACILITATOR');
    const input = { communityId: w.north, userId: facilitator.id };
    return {
      actor: w.admin,
      action: 'community.facilitator_added',
      change: gql(w, rosterChange('addCommunityFacilitator'), { input }, w.admin),
      changedId: (data) => data.addCommunityFacilitator.id,
      refuse: gql(w, rosterChange('addCommunityFacilitator'), { input: { ...input, userId: w.ana.id } }, w.admin),
    };
  },
  removeCommunityFacilitator: async (w) => {
    const facilitator = await givenMember(w.app, w.admin, w.cohortId, 'FACILITATOR');
    const input = { communityId: w.north, userId: facilitator.id };
    await w.app.ok(rosterChange('addCommunityFacilitator'), { input }, w.admin.token);
    return {
      actor: w.admin,
      action: 'community.facilitator_removed',
      change: gql(w, rosterChange('removeCommunityFacilitator'), { input }, w.admin),
      changedId: (data) => data.removeCommunityFacilitator.id,
      refuse: gql(w, rosterChange('removeCommunityFacilitator'), { input }, w.facilitator),
    };
  },
  createModule: async (w) => {
    const input = { cohortId: w.cohortId, title: 'Audited module', position: 2 };
    return {
      actor: w.faculty,
      action: 'course_module.created',
      change: gql(w, CREATE_MODULE, { input }, w.faculty),
      changedId: (data) => data.createModule.id,
      refuse: gql(w, CREATE_MODULE, { input }, w.ana),
    };
  },
  scheduleSession: async (w) => ({
    actor: w.faculty,
    action: 'session.scheduled',
    change: () => scheduleSessionRequest(w.app, w.faculty.token, w.cohortId),
    changedId: (data) => data.scheduleSession.id,
    refuse: () => scheduleSessionRequest(w.app, w.faculty.token, w.cohortId, { startsAt: '2030-01-01T09:00:00Z' }),
  }),
  scheduleSessions: async (w) => {
    const input = { cohortId: w.cohortId, kind: 'FACULTY_SEMINAR', title: 'Audited series', dates: ['2026-10-15'], startTime: '09:00', durationMinutes: 60, ceEligible: false };
    return {
      actor: w.faculty,
      action: 'session.scheduled',
      change: gql(w, SCHEDULE_SESSIONS, { input }, w.faculty),
      changedId: (data) => data.scheduleSessions[0].id,
      refuse: gql(w, SCHEDULE_SESSIONS, { input: { ...input, dates: ['2030-01-01'] } }, w.faculty),
    };
  },
  updateSession: async (w) => {
    const sessionId = await givenSession(w.app, w.faculty.token, w.cohortId);
    return {
      actor: w.faculty,
      action: 'session.updated',
      change: () => updateSessionRequest(w.app, w.faculty.token, { sessionId, title: 'Renamed seminar' }),
      changedId: (data) => data.updateSession.id,
      refuse: () => updateSessionRequest(w.app, w.ana.token, { sessionId, title: 'Renamed seminar' }),
    };
  },
  cancelSession: async (w) => {
    const sessionId = await givenSession(w.app, w.faculty.token, w.cohortId);
    return {
      actor: w.faculty,
      action: 'session.cancelled',
      change: () => cancelSessionRequest(w.app, w.faculty.token, sessionId),
      changedId: (data) => data.cancelSession.id,
      refuse: () => cancelSessionRequest(w.app, w.ana.token, sessionId),
    };
  },
  writeSessionNote: async (w) => {
    const sessionId = await givenSession(w.app, w.faculty.token, w.cohortId);
    return {
      actor: w.faculty,
      action: 'session_note.written',
      change: gql(w, WRITE_NOTE, { input: { sessionId, body: NOTE_TEXT } }, w.faculty),
      changedId: (data) => data.writeSessionNote.id,
      refuse: gql(w, WRITE_NOTE, { input: { sessionId, body: NOTE_TEXT } }, w.ana),
    };
  },
  recordAttendance: async (w) => {
    const sessionId = await givenSession(w.app, w.faculty.token, w.cohortId);
    return {
      actor: w.faculty,
      action: 'attendance.recorded',
      change: () => recordAttendance(w.app, w.faculty.token, { sessionId, userId: w.ana.id, status: 'PRESENT' }),
      changedId: (data) => data.recordAttendance.id,
      refuse: () => recordAttendance(w.app, w.faculty.token, { sessionId, userId: w.ana.id, status: 'PRESENT', minutesAttended: 999 }),
    };
  },
  recordSessionAttendance: async (w) => {
    const sessionId = await givenSession(w.app, w.faculty.token, w.cohortId);
    return {
      actor: w.faculty,
      action: 'attendance.recorded',
      change: () => recordSessionAttendance(w.app, w.faculty.token, sessionId, [{ userId: w.ben.id, status: 'ABSENT' }]),
      changedId: (data) => data.recordSessionAttendance[0].id,
      refuse: () => recordSessionAttendance(w.app, w.ben.token, sessionId, [{ userId: w.ben.id, status: 'PRESENT' }]),
    };
  },
  createJournalAssignment: async (w) => {
    const moduleId = await givenModule(w.app, w.faculty.token, w.cohortId);
    const input = { moduleId, title: 'Audited assignment', prompt: PROMPT_TEXT, dueAt: '2026-10-18T23:59:00Z', expectedMinutes: 60 };
    return {
      actor: w.faculty,
      action: 'journal_assignment.created',
      change: gql(w, CREATE_ASSIGNMENT, { input }, w.faculty),
      changedId: (data) => data.createJournalAssignment.id,
      refuse: gql(w, CREATE_ASSIGNMENT, { input: { ...input, dueAt: '2030-01-01T00:00:00Z' } }, w.faculty),
    };
  },
  updateJournalAssignment: async (w) => {
    const assignmentId = await givenAssignment(w.app, w.faculty, await givenModule(w.app, w.faculty.token, w.cohortId));
    const input = { assignmentId, prompt: PROMPT_TEXT, expectedMinutes: 45 };
    return {
      actor: w.faculty,
      action: 'journal_assignment.updated',
      change: gql(w, UPDATE_ASSIGNMENT, { input }, w.faculty),
      changedId: (data) => data.updateJournalAssignment.id,
      refuse: gql(w, UPDATE_ASSIGNMENT, { input }, w.facilitator),
    };
  },
  saveJournalDraft: async (w) => {
    const assignmentId = await givenAssignment(w.app, w.faculty, await givenModule(w.app, w.faculty.token, w.cohortId));
    return {
      actor: w.ana,
      action: 'journal.draft_saved',
      change: gql(w, SAVE_DRAFT, { input: { assignmentId, body: JOURNAL_TEXT } }, w.ana),
      changedId: (data) => data.saveJournalDraft.id,
      refuse: gql(w, SAVE_DRAFT, { input: { assignmentId, body: JOURNAL_TEXT } }, w.faculty),
    };
  },
  submitJournal: async (w) => {
    const assignmentId = await givenAssignment(w.app, w.faculty, await givenModule(w.app, w.faculty.token, w.cohortId));
    return {
      actor: w.ana,
      action: 'journal.submitted',
      change: gql(w, SUBMIT, { input: { assignmentId, body: JOURNAL_TEXT } }, w.ana),
      changedId: (data) => data.submitJournal.id,
      refuse: gql(w, SUBMIT, { input: { assignmentId, body: JOURNAL_TEXT } }, w.facilitator),
    };
  },
  gradeJournal: async (w) => {
    const assignmentId = await givenAssignment(w.app, w.faculty, await givenModule(w.app, w.faculty.token, w.cohortId));
    const submitted = await givenSubmitted(w.app, w.ana, assignmentId, JOURNAL_TEXT);
    const input = { submissionId: submitted.id, outcome: 'SATISFACTORY', feedback: 'Thoughtful.', version: submitted.version };
    return {
      actor: w.faculty,
      action: 'journal.graded',
      change: gql(w, GRADE, { input }, w.faculty),
      changedId: (data) => data.gradeJournal.id,
      refuse: gql(w, GRADE, { input: { ...input, version: submitted.version + 1 } }, w.faculty),
    };
  },
  grantExtension: async (w) => {
    const assignmentId = await givenAssignment(w.app, w.faculty, await givenModule(w.app, w.faculty.token, w.cohortId));
    const input = { assignmentId, userId: w.ana.id, dueAt: '2026-11-01T23:59:00Z' };
    return {
      actor: w.faculty,
      action: 'journal.extension_granted',
      change: gql(w, GRANT_EXTENSION, { input }, w.faculty),
      changedId: (data) => data.grantExtension.id,
      refuse: gql(w, GRANT_EXTENSION, { input: { ...input, dueAt: '2026-10-01T00:00:00Z' } }, w.faculty),
    };
  },
  createPlacement: async (w) => {
    const input = { cohortId: w.cohortId, providerCode: 'FCC-AUDIT-1', settingType: 'CENTER' };
    return {
      actor: w.ana,
      action: 'practicum.placement_created',
      change: gql(w, CREATE_PLACEMENT, { input }, w.ana),
      changedId: (data) => data.createPlacement.id,
      refuse: gql(w, CREATE_PLACEMENT, { input }, w.faculty),
    };
  },
  logPracticum: async (w) => {
    const placementId = await givenPlacement(w.app, w.ana, w.cohortId);
    return {
      actor: w.ana,
      action: 'practicum.logged',
      change: () => logPracticum(w.app, w.ana, placementId, { reflection: REFLECTION_TEXT }),
      changedId: (data) => data.logPracticum.id,
      refuse: () => logPracticum(w.app, w.ben, placementId, { reflection: REFLECTION_TEXT }),
    };
  },
  updatePracticumEntry: async (w) => {
    const entryId = await givenEntry(w.app, w.ana, await givenPlacement(w.app, w.ana, w.cohortId));
    const input = { entryId, minutes: 75, reflection: REFLECTION_TEXT };
    return {
      actor: w.ana,
      action: 'practicum.entry_updated',
      change: gql(w, UPDATE_ENTRY, { input }, w.ana),
      changedId: (data) => data.updatePracticumEntry.id,
      refuse: gql(w, UPDATE_ENTRY, { input }, w.ben),
    };
  },
  deletePracticumEntry: async (w) => {
    const entryId = await givenEntry(w.app, w.ana, await givenPlacement(w.app, w.ana, w.cohortId));
    return {
      actor: w.ana,
      action: 'practicum.entry_deleted',
      change: gql(w, DELETE_ENTRY, { id: entryId }, w.ana),
      changedId: () => entryId,
      refuse: gql(w, DELETE_ENTRY, { id: entryId }, w.facilitator),
    };
  },
  reviewPracticumEntry: async (w) => {
    const entryId = await givenEntry(w.app, w.ana, await givenPlacement(w.app, w.ana, w.cohortId));
    return {
      actor: w.facilitator,
      action: 'practicum.reviewed',
      change: () => reviewEntry(w.app, w.facilitator, entryId, 'APPROVED'),
      changedId: (data) => data.reviewPracticumEntry.id,
      refuse: () => reviewEntry(w.app, w.facilitator, entryId, 'CHANGES_REQUESTED', null),
    };
  },
  setCompletionRequirement: async (w) => {
    const input = { cohortId: w.cohortId, kind: 'JOURNALS_SATISFACTORY', threshold: 2 };
    return {
      actor: w.admin,
      action: 'completion_requirement.set',
      change: gql(w, SET_REQUIREMENT, { input }, w.admin),
      changedId: (data) => data.setCompletionRequirement.id,
      refuse: gql(w, SET_REQUIREMENT, { input }, w.faculty),
    };
  },
  removeCompletionRequirement: async (w) => {
    const { cohortId } = await givenCohort(w.app, w.admin);
    const { id } = await setRequirement(w.app, w.admin, cohortId, 'JOURNALS_SATISFACTORY', 2);
    return {
      actor: w.admin,
      action: 'completion_requirement.remove',
      change: gql(w, REMOVE_REQUIREMENT, { id }, w.admin),
      changedId: () => id,
      refuse: gql(w, REMOVE_REQUIREMENT, { id }, w.faculty),
    };
  },
  waiveRequirement: async (w) => {
    const { cohortId } = await givenCohort(w.app, w.admin);
    const participant = await givenMember(w.app, w.admin, cohortId, 'PARTICIPANT');
    const { id: requirementId } = await setRequirement(w.app, w.admin, cohortId, 'JOURNALS_SATISFACTORY', 2);
    const input = { cohortId, userId: participant.id, requirementId, reason: 'Completed the journals in an earlier cohort' };
    return {
      actor: w.admin,
      action: 'requirement_waiver.grant',
      change: gql(w, WAIVE, { input }, w.admin),
      changedId: (data) => data.waiveRequirement.id,
      refuse: gql(w, WAIVE, { input: { ...input, userId: w.faculty.id } }, w.admin),
    };
  },
  approveCe: async (w) => {
    const input = { cohortId: w.cohortId, board: 'California BBS', approvalNumber: 'AUDIT-1', licenseTypes: ['LCSW'] };
    return {
      actor: w.admin,
      action: 'ce_approval.created',
      change: gql(w, APPROVE_CE, { input }, w.admin),
      changedId: (data) => data.approveCe.id,
      refuse: gql(w, APPROVE_CE, { input }, w.faculty),
    };
  },
  updateCeApproval: async (w) => {
    // A cohort of its own without certificates: no CE record is recomputed, so the approval is the one record changed.
    const approvalId = await givenCeApproval(w, 'AUDIT-2');
    const input = { approvalId, approvalNumber: 'AUDIT-2B' };
    return {
      actor: w.admin,
      action: 'ce_approval.updated',
      change: gql(w, UPDATE_CE_APPROVAL, { input }, w.admin),
      changedId: (data) => data.updateCeApproval.id,
      refuse: gql(w, UPDATE_CE_APPROVAL, { input }, w.faculty),
    };
  },
  removeCeApproval: async (w) => {
    const approvalId = await givenCeApproval(w, 'AUDIT-3');
    return {
      actor: w.admin,
      action: 'ce_approval.removed',
      change: gql(w, REMOVE_CE_APPROVAL, { id: approvalId }, w.admin),
      changedId: () => approvalId,
      refuse: gql(w, REMOVE_CE_APPROVAL, { id: approvalId }, w.faculty),
    };
  },
  issueCertificate: async (w) => {
    const { cohortId, participant } = await givenEligibleCohort(w);
    return {
      actor: w.admin,
      action: 'certificate.issued',
      change: gql(w, ISSUE, { input: { cohortId, userId: participant.id } }, w.admin),
      changedId: (data) => data.issueCertificate.id,
      refuse: gql(w, ISSUE, { input: { cohortId, userId: participant.id } }, participant),
    };
  },
  issueCertificates: async (w) => {
    const { cohortId, participant } = await givenEligibleCohort(w);
    return {
      actor: w.admin,
      action: 'certificate.issued',
      change: gql(w, ISSUE_ALL, { cohortId }, w.admin),
      changedId: (data) => data.issueCertificates.certificates[0].id,
      refuse: gql(w, ISSUE_ALL, { cohortId }, participant),
    };
  },
  reissueCertificate: async (w) => {
    const { cohortId, participant } = await givenEligibleCohort(w);
    const certificate = await issueCertificate(w.app, w.admin, cohortId, participant.id);
    const input = { certificateId: certificate.id, reason: 'Legal name change' };
    return {
      actor: w.admin,
      action: 'certificate.issued',
      change: gql(w, REISSUE, { input }, w.admin),
      changedId: (data) => data.reissueCertificate.id,
      alsoWritten: () => ({ action: 'certificate.revoked', entityId: certificate.id }),
      refuse: gql(w, REISSUE, { input }, participant),
    };
  },
  revokeCertificate: async (w) => {
    const { cohortId, participant } = await givenEligibleCohort(w);
    const certificate = await issueCertificate(w.app, w.admin, cohortId, participant.id);
    const input = { certificateId: certificate.id, reason: 'Issued in error' };
    return {
      actor: w.admin,
      action: 'certificate.revoked',
      change: gql(w, REVOKE, { input }, w.admin),
      changedId: (data) => data.revokeCertificate.id,
      refuse: gql(w, REVOKE, { input }, participant),
    };
  },
  setLicenses: async (w) => {
    const person = await givenUser(w.app, w.admin);
    const input = { userId: person.id, licenses: [{ type: 'LCSW', state: 'CA', number: 'LCSW-90210', status: 'ACTIVE' }] };
    return {
      actor: person,
      action: 'license.set',
      change: gql(w, SET_LICENSES, { input }, person),
      changedId: (data) => data.setLicenses.id,
      refuse: gql(w, SET_LICENSES, { input }, w.ana),
    };
  },
  updateUser: async (w) => {
    const person = await givenUser(w.app, w.admin);
    return {
      actor: w.admin,
      action: 'user.updated',
      // A new address among the changes: the trail must not keep it (the last test looks).
      change: gql(w, UPDATE_USER, { input: { userId: person.id, fullName: 'Audited Rename', email: uniqueEmail('audited') } }, w.admin),
      changedId: (data) => data.updateUser.id,
      refuse: gql(w, UPDATE_USER, { input: { userId: person.id, fullName: 'Not Yours' } }, w.ana),
    };
  },
  inviteUser: async (w) => ({
    actor: w.admin,
    action: 'user.invited',
    change: gql(w, INVITE_USER, { input: { email: uniqueEmail('invited'), fullName: 'Audited Invitee' } }, w.admin),
    changedId: (data) => data.inviteUser.id,
    refuse: gql(w, INVITE_USER, { input: { email: 'not-an-address', fullName: 'Audited Invitee' } }, w.admin),
  }),
  changePassword: async (w) => {
    // A person of its own: the change signs out the tokens the other cases use.
    const person = await givenUser(w.app, w.admin);
    return {
      actor: person,
      action: 'user.password-changed',
      change: gql(w, CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'an-audited-new-passphrase' } }, person),
      changedId: () => person.id,
      // Too short: refused before anything is counted (a wrong current password counts toward the sign-in limits).
      refuse: gql(w, CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'short' } }, person),
    };
  },
  resetPassword: async (w) => {
    const person = await givenUser(w.app, w.admin);
    const token = await givenResetLink(w, person.id);
    return {
      // Anonymous by token: the trail names the person whose link it was.
      actor: person,
      action: 'user.password-reset',
      change: () => w.app.gql(RESET_PASSWORD, { input: { token, newPassword: 'an-audited-new-passphrase' } }),
      changedId: (data) => data.resetPassword.user.id,
      refuse: () => w.app.gql(RESET_PASSWORD, { input: { token: 'forged-token', newPassword: 'an-audited-new-passphrase' } }),
    };
  },
  deactivateUser: async (w) => {
    const person = await givenUser(w.app, w.admin);
    return {
      actor: w.admin,
      action: 'user.deactivated',
      change: gql(w, DEACTIVATE_USER, { id: person.id }, w.admin),
      changedId: (data) => data.deactivateUser.id,
      refuse: gql(w, DEACTIVATE_USER, { id: person.id }, w.ana),
    };
  },
  reactivateUser: async (w) => {
    const person = await givenUser(w.app, w.admin);
    await w.app.ok(DEACTIVATE_USER, { id: person.id }, w.admin.token);
    return {
      actor: w.admin,
      action: 'user.reactivated',
      change: gql(w, REACTIVATE_USER, { id: person.id }, w.admin),
      changedId: (data) => data.reactivateUser.id,
      refuse: gql(w, REACTIVATE_USER, { id: person.id }, w.ana),
    };
  },
  signOut: async (w) => {
    // A person of its own: signing out revokes their tokens.
    const person = await givenUser(w.app, w.admin);
    return {
      actor: person,
      action: 'user.signed-out',
      change: gql(w, SIGN_OUT, {}, person),
      changedId: () => person.id,
      // signOut takes no input and refuses nobody signed in: its refused call is an admin-only one by the same person.
      refuse: gql(w, DEACTIVATE_USER, { id: person.id }, person),
    };
  },
  withdraw: async (w) => {
    const person = await givenUser(w.app, w.admin);
    const enrollmentId = await enroll(w.app, w.admin, w.cohortId, person.id, 'PARTICIPANT', '2026-01-05T00:00:00Z');
    const input = { enrollmentId, effectiveOn: '2026-03-02', reason: 'Took a position in another state' };
    return {
      actor: w.admin,
      action: 'enrollment.withdrawn',
      change: gql(w, WITHDRAW, { input }, w.admin),
      changedId: (data) => data.withdraw.id,
      // Before the enrolment: BAD_USER_INPUT effectiveOn.
      refuse: gql(w, WITHDRAW, { input: { ...input, effectiveOn: '2025-12-31' } }, w.admin),
    };
  },
  removeEnrollment: async (w) => {
    const person = await givenUser(w.app, w.admin);
    // A mistaken staff enrolment with nothing recorded for it.
    const enrollmentId = await enroll(w.app, w.admin, w.cohortId, person.id, 'FACULTY');
    return {
      actor: w.admin,
      action: 'enrollment.removed',
      change: gql(w, REMOVE_ENROLLMENT, { id: enrollmentId }, w.admin),
      changedId: () => enrollmentId,
      refuse: gql(w, REMOVE_ENROLLMENT, { id: enrollmentId }, w.faculty),
    };
  },
  updateCohort: async (w) => {
    const { cohortId } = await givenCohort(w.app, w.admin);
    return {
      actor: w.admin,
      action: 'cohort.updated',
      change: gql(w, UPDATE_COHORT, { input: { cohortId, name: 'Renamed cohort', capacity: 30 } }, w.admin),
      changedId: (data) => data.updateCohort.id,
      // Ends before it starts: BAD_USER_INPUT endsOn.
      refuse: gql(w, UPDATE_COHORT, { input: { cohortId, endsOn: '2025-12-31' } }, w.admin),
    };
  },
  updateCommunity: async (w) => {
    const { cohortId } = await givenCohort(w.app, w.admin);
    const facilitator = await givenMember(w.app, w.admin, cohortId, 'FACILITATOR');
    const communityId = await givenCommunity(w.app, w.admin, cohortId, [facilitator.id], [], 'East');
    const input = { communityId, name: 'East Bay' };
    return {
      actor: w.admin,
      action: 'community.updated',
      change: gql(w, UPDATE_COMMUNITY, { input }, w.admin),
      changedId: (data) => data.updateCommunity.id,
      refuse: gql(w, UPDATE_COMMUNITY, { input }, w.facilitator),
    };
  },
  moveCommunityMember: async (w) => {
    const member = await givenMember(w.app, w.admin, w.cohortId, 'PARTICIPANT');
    await w.app.ok(rosterChange('addCommunityMember'), { input: { communityId: w.south, userId: member.id } }, w.admin.token);
    const input = { userId: member.id, fromCommunityId: w.south, toCommunityId: w.north, effectiveOn: '2026-04-01' };
    return {
      actor: w.admin,
      action: 'community.member_moved',
      change: gql(w, MOVE_COMMUNITY_MEMBER, { input }, w.admin),
      // The trail names the community moved to.
      changedId: (data) => data.moveCommunityMember.id,
      // Before the cohort starts (2026-01-05): BAD_USER_INPUT effectiveOn.
      refuse: gql(w, MOVE_COMMUNITY_MEMBER, { input: { ...input, effectiveOn: '2025-12-15' } }, w.admin),
    };
  },
  updateModule: async (w) => {
    // A title only: a new position would also move (and audit) the modules it passes.
    const moduleId = await givenModule(w.app, w.faculty.token, w.cohortId, 'Audited module to correct', 1);
    return {
      actor: w.faculty,
      action: 'course_module.updated',
      change: gql(w, UPDATE_MODULE, { input: { moduleId, title: 'Corrected module' } }, w.faculty),
      changedId: (data) => data.updateModule.id,
      refuse: gql(w, UPDATE_MODULE, { input: { moduleId, position: 0 } }, w.faculty),
    };
  },
  reorderModules: async (w) => {
    // A cohort of its own with two modules, swapped: one row per module whose position changed.
    const { cohortId } = await givenCohort(w.app, w.admin);
    const first = await givenModule(w.app, w.admin.token, cohortId, 'First', 1);
    const second = await givenModule(w.app, w.admin.token, cohortId, 'Second', 2);
    return {
      actor: w.admin,
      action: 'course_module.moved',
      change: gql(w, REORDER_MODULES, { input: { cohortId, moduleIds: [second, first] } }, w.admin),
      changedId: (data) => data.reorderModules[0].id,
      alsoWritten: (data) => ({ action: 'course_module.moved', entityId: data.reorderModules[1].id }),
      refuse: gql(w, REORDER_MODULES, { input: { cohortId, moduleIds: [second] } }, w.admin),
    };
  },
  updateCompletionRequirement: async (w) => {
    const { cohortId } = await givenCohort(w.app, w.admin);
    const { id: requirementId } = await setRequirement(w.app, w.admin, cohortId, 'JOURNALS_SATISFACTORY', 8);
    return {
      actor: w.admin,
      action: 'completion_requirement.updated',
      change: gql(w, UPDATE_REQUIREMENT, { input: { requirementId, threshold: 6 } }, w.admin),
      changedId: (data) => data.updateCompletionRequirement.id,
      refuse: gql(w, UPDATE_REQUIREMENT, { input: { requirementId, threshold: 6 } }, w.faculty),
    };
  },
  copyCohort: async (w) => {
    // A source with one module: the copy writes two records (the cohort, its module), one row each.
    const { cohortId } = await givenCohort(w.app, w.admin);
    await givenModule(w.app, w.admin.token, cohortId, 'Copied module', 1);
    const input = { cohortId, name: 'Audited copy', startsOn: '2027-01-04' };
    return {
      actor: w.admin,
      action: 'cohort.copied',
      change: gql(w, COPY_COHORT, { input }, w.admin),
      changedId: (data) => data.copyCohort.id,
      alsoWritten: (data) => ({ action: 'course_module.copied', entityId: data.copyCohort.modules[0].id }),
      refuse: gql(w, COPY_COHORT, { input: { ...input, name: '   ' } }, w.admin),
    };
  },
  grantProgramRole: async (w) => {
    const input = await givenProgramRole(w);
    return {
      actor: w.admin,
      action: 'program_role.granted',
      change: gql(w, GRANT_PROGRAM_ROLE, { input }, w.admin),
      changedId: (data) => data.grantProgramRole.id,
      refuse: gql(w, GRANT_PROGRAM_ROLE, { input }, w.faculty),
    };
  },
  revokeProgramRole: async (w) => {
    const input = await givenProgramRole(w);
    const { grantProgramRole } = await w.app.ok(GRANT_PROGRAM_ROLE, { input }, w.admin.token);
    return {
      actor: w.admin,
      action: 'program_role.revoked',
      change: gql(w, REVOKE_PROGRAM_ROLE, { input }, w.admin),
      changedId: () => grantProgramRole.id,
      refuse: gql(w, REVOKE_PROGRAM_ROLE, { input }, w.faculty),
    };
  },
  registerLtiPlatform: async (w) => {
    const { simulator } = await givenLtiPlatform(w);
    const input = { ...simulator.registration(), clientId: 'audited-registration' };
    return {
      actor: w.admin,
      action: 'lti_platform.registered',
      change: gql(w, REGISTER_LTI_PLATFORM, { input }, w.admin),
      changedId: (data) => data.registerLtiPlatform.id,
      refuse: gql(w, REGISTER_LTI_PLATFORM, { input: { ...input, jwksUrl: 'http://platform.example.org/jwks' } }, w.admin),
    };
  },
  updateLtiPlatform: async (w) => {
    const { platformId } = await givenLtiPlatform(w);
    const input = { platformId, deploymentIds: ['1:course-install', '2:account-install'] };
    return {
      actor: w.admin,
      action: 'lti_platform.updated',
      change: gql(w, UPDATE_LTI_PLATFORM, { input }, w.admin),
      changedId: (data) => data.updateLtiPlatform.id,
      refuse: gql(w, UPDATE_LTI_PLATFORM, { input: { ...input, deploymentIds: [] } }, w.admin),
    };
  },
  rotateLtiKey: async (w) => ({
    actor: w.admin,
    action: 'lti_key.rotated',
    change: gql(w, 'mutation { rotateLtiKey }', {}, w.admin),
    changedId: (data) => data.rotateLtiKey,
    refuse: gql(w, 'mutation { rotateLtiKey }', {}, w.faculty),
  }),
  linkLtiContext: async (w) => {
    const { platformId } = await givenLtiPlatform(w);
    const input = { platformId, contextId: 'audited-course', cohortId: w.cohortId };
    return {
      actor: w.admin,
      action: 'lti_context.linked',
      change: gql(w, LINK_LTI_CONTEXT, { input }, w.admin),
      changedId: (data) => data.linkLtiContext.id,
      refuse: gql(w, LINK_LTI_CONTEXT, { input }, w.faculty),
    };
  },
  syncLtiRoster: async (w) => {
    const contextLinkId = await givenLinkedCourse(w);
    return {
      actor: w.admin,
      action: 'lti_roster.synced',
      change: gql(w, SYNC_LTI_ROSTER, { id: contextLinkId }, w.admin),
      changedId: () => contextLinkId,
      refuse: gql(w, SYNC_LTI_ROSTER, { id: contextLinkId }, w.faculty),
    };
  },
  importRoster: async (w) => {
    // One new person: their account (with the invitation) and their enrolment, two records.
    const input = { cohortId: w.cohortId, csv: `e-mail,full name,role\n${uniqueEmail('roster')},Audited Roster Person,participant\n`, apply: true };
    return {
      actor: w.admin,
      action: 'enrollment.created',
      change: gql(w, IMPORT_ROSTER, { input }, w.admin),
      changedId: (data) => data.importRoster.rows[0].enrollmentId,
      alsoWritten: (data) => ({ action: 'user.invited', entityId: data.importRoster.rows[0].userId }),
      refuse: gql(w, IMPORT_ROSTER, { input }, w.faculty),
    };
  },
  setReminderPreference: async (w) => {
    // A person of their own, whose reminders are on until this call turns them off.
    const person = await givenUser(w.app, w.admin);
    return {
      actor: person,
      action: 'user.reminder-preference-set',
      change: gql(w, SET_REMINDER_PREFERENCE, { enabled: false }, person),
      changedId: (data) => data.setReminderPreference.id,
      // It refuses nobody signed in and takes only a Boolean: its refused call is an admin-only one by the same person.
      refuse: gql(w, DEACTIVATE_USER, { id: person.id }, person),
    };
  },
  // Last: the retried post is worked in the background, after this case's checks.
  retryLtiScorePost: async (w) => {
    const scorePostId = await givenFailedScorePost(w);
    return {
      actor: w.admin,
      action: 'lti_score_post.retried',
      change: gql(w, RETRY_LTI_SCORE_POST, { id: scorePostId }, w.admin),
      changedId: (data) => data.retryLtiScorePost.id,
      refuse: gql(w, RETRY_LTI_SCORE_POST, { id: scorePostId }, w.faculty),
    };
  },
};

describe('audit coverage: every mutation that changes state leaves exactly one audit row per record', () => {
  let world: World;
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    world = { ...(await givenTwoCommunities(app)), app };
  });

  afterAll(async () => {
    await platform?.simulator.close();
    await app.stop();
  });

  const auditIds = async (): Promise<Set<string>> => new Set((await app.db.query('SELECT id FROM audit_event')).rows.map((row) => row.id));

  /** One hash per table of all its rows, so that any insert, update or delete anywhere shows. */
  async function databaseState(): Promise<Record<string, string>> {
    const { rows: tables } = await app.db.query(
      // reminder_sent is written by the hourly reminder sweep, whenever it runs, not by the calls compared here.
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'reminder_sent' ORDER BY table_name`,
    );
    const hashes = tables.map(
      ({ table_name: table }) => `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS hash FROM "${table}" t`,
    );
    const { rows } = await app.db.query(hashes.join(' UNION ALL '));
    return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
  }

  it('has a case for every mutation in the schema, so a new mutation must come with one', async () => {
    const { __schema } = await app.ok(`{ __schema { mutationType { fields { name } } } }`, {}, world.admin.token);
    const inSchema = __schema.mutationType.fields.map((field: { name: string }) => field.name).sort();
    expect([...Object.keys(CASES), ...Object.keys(CHANGE_NO_RECORD)].sort()).toEqual(inSchema);
  });

  it.each(Object.keys(CASES))('%s: a refused call writes nothing anywhere; a successful one writes one audit row, by its caller', async (mutation) => {
    const arranged = await CASES[mutation](world);

    const before = await databaseState();
    const refused = await arranged.refuse();
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND|BAD_USER_INPUT|CONFLICT)$/);
    expect(await databaseState()).toEqual(before);

    const earlier = await auditIds();
    const result = await arranged.change();
    expect(result.errors).toBeUndefined();
    const { rows } = await app.db.query('SELECT id, actor_id, action, entity_id FROM audit_event');
    const written = rows.filter((row) => !earlier.has(row.id)).map(({ id: _id, ...row }) => row);
    const expected = [{ action: arranged.action, entityId: arranged.changedId(result.data) }];
    if (arranged.alsoWritten) expected.push(arranged.alsoWritten(result.data));
    const byEntity = (a: { entity_id: string }, b: { entity_id: string }) => a.entity_id.localeCompare(b.entity_id);
    expect(written.sort(byEntity)).toEqual(
      expected.map(({ action, entityId }) => ({ actor_id: arranged.actor.id, action, entity_id: entityId })).sort(byEntity),
    );
  });

  it('keeps no journal, reflection or note text, no prompt, password or e-mail address in any audit row', async () => {
    const { rows: people } = await app.db.query('SELECT email FROM app_user');
    const { rows } = await app.db.query(`SELECT coalesce(before::text, '') || coalesce(after::text, '') AS state FROM audit_event`);
    const trail = rows.map((row) => row.state).join('\n');
    expect(rows.length).toBeGreaterThan(Object.keys(CASES).length);
    const { rows: programs } = await app.db.query('SELECT issuer_email FROM program WHERE issuer_email IS NOT NULL');
    expect(programs.length).toBeGreaterThan(0);
    const addresses = [...people.map((person) => person.email), ...programs.map((program) => program.issuer_email)];
    for (const secret of [JOURNAL_TEXT, REFLECTION_TEXT, NOTE_TEXT, PROMPT_TEXT, PASSWORD, ...addresses]) {
      expect(trail).not.toContain(secret);
    }
  });
});
