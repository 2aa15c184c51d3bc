import {
  ceRecordsOf,
  givenCeApproval,
  givenCohort,
  givenLicenses,
  givenMember,
  givenSessions,
  LicenseFields,
  recordSessionAttendance,
  setRequirement,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The statewide program's real mix of participants and its three boards: each board's CE goes to
 * the licences it covers, under its own rules, and to nobody else.
 */
describe('CE across boards, for the statewide mix of participants', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  const PEOPLE: { name: string; credentials: string[]; licenses: LicenseFields[] }[] = [
    { name: 'Ana Reyes', credentials: ['LCSW'], licenses: [{ type: 'LCSW', number: 'LCSW 80001' }] },
    { name: 'Bao Tran', credentials: ['MSW', 'ASW'], licenses: [{ type: 'ASW', number: 'ASW 90002', status: 'ASSOCIATE' }] },
    { name: 'Mei Chen', credentials: ['PhD'], licenses: [{ type: 'PSYCHOLOGIST', number: 'PSY 30003' }] },
    { name: 'Dana Brooks', credentials: ['M.Ed.'], licenses: [] },
    { name: 'Eli Novak', credentials: ['LCSW (lapsed)'], licenses: [{ type: 'LCSW', number: 'LCSW 40004', status: 'INACTIVE' }] },
    { name: 'Farah Haddad', credentials: ['M.A. Child Development'], licenses: [] },
    { name: 'Gabriela Ruiz', credentials: ['LCSW'], licenses: [{ type: 'LCSW', number: 'LCSW 50005' }] },
    { name: 'Hana Kim', credentials: ['LCSW'], licenses: [{ type: 'LCSW', state: 'NY', number: 'LCSW-NY 60006' }] },
  ];

  it('gives exactly the CE records each board would expect', async () => {
    const cohort = await givenCohort(app, admin, { minimumAttendancePercent: 50 });
    const faculty = await givenMember(app, admin, cohort.cohortId, 'FACULTY');
    const people: Record<string, SignedIn> = {};
    for (const person of PEOPLE) {
      people[person.name] = await givenMember(app, admin, cohort.cohortId, 'PARTICIPANT', { fullName: person.name, credentials: person.credentials });
      await givenLicenses(app, admin, people[person.name].id, person.licenses);
    }
    await setRequirement(app, admin, cohort.cohortId, 'FACULTY_SESSIONS_ATTENDED', 3);
    const seminars = await givenSessions(app, cohort.cohortId, 'FACULTY_SEMINAR', 3, { ceEligible: true, durationMinutes: 150 });
    const [other] = await givenSessions(app, cohort.cohortId, 'OTHER', 1, { durationMinutes: 60 });

    // Approvals first: the per-hour one follows attendance as faculty record it.
    await givenCeApproval(app, admin, {
      cohortId: cohort.cohortId, board: 'Board of Behavioral Sciences', approvalNumber: 'BBS-PCE-0001',
      licenseTypes: ['LCSW', 'ASW', 'LMFT', 'AMFT', 'LPCC', 'APCC', 'LEP'], licenseStates: ['CA'],
    });
    await givenCeApproval(app, admin, {
      cohortId: cohort.cohortId, board: 'American Psychological Association', approvalNumber: 'APA-SP-0002',
      licenseTypes: ['PSYCHOLOGIST'], partialCredit: false,
    });
    await givenCeApproval(app, admin, {
      cohortId: cohort.cohortId, board: 'NASW California Chapter', approvalNumber: 'NASW-CE-0003',
      licenseTypes: ['LCSW', 'LICSW', 'LMSW', 'ASW'], requiresCompletion: false, incrementMinutes: 30,
    });

    const everyone = PEOPLE.map((person) => people[person.name].id);
    const stayed = everyone.filter((id) => id !== people['Gabriela Ruiz'].id);
    const present = (ids: string[]) => ids.map((userId) => ({ userId, status: 'PRESENT' }));
    await recordSessionAttendance(app, faculty.token, seminars[0], present(everyone)).then(expectOk);
    await recordSessionAttendance(app, faculty.token, seminars[1], present(everyone)).then(expectOk);
    // Gabriela withdrew after two seminars; Ana made the third up from its recording; Mei left it after 90 of 150 minutes.
    await recordSessionAttendance(app, faculty.token, seminars[2], [
      ...present(stayed.filter((id) => id !== people['Ana Reyes'].id && id !== people['Mei Chen'].id)),
      { userId: people['Ana Reyes'].id, status: 'MADE_UP', minutesAttended: 150 },
      { userId: people['Mei Chen'].id, status: 'PRESENT', minutesAttended: 90 },
    ]).then(expectOk);
    await recordSessionAttendance(app, faculty.token, other, present(stayed)).then(expectOk);

    const { issueCertificates } = await app.ok(`mutation($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued } }`, { cohortId: cohort.cohortId }, admin.token);
    expect(issueCertificates.issued).toBe(7);

    const table: string[] = [];
    for (const person of PEOPLE) {
      for (const record of await ceRecordsOf(app, admin.token, people[person.name].id)) {
        const licence = `${record.licenseType} ${record.licenseState} ${record.licenseNumber}`;
        table.push(`${person.name} | ${licence} | ${record.board} ${record.approvalNumber} | ${record.hours} h | ${record.certificateId ? 'with certificate' : 'per attended hour'}`);
      }
    }
    expect(table.sort()).toEqual([
      // MADE_UP never counts toward CE: 300 of Ana's 450 minutes
      'Ana Reyes | LCSW CA LCSW 80001 | Board of Behavioral Sciences BBS-PCE-0001 | 5 h | with certificate',
      'Ana Reyes | LCSW CA LCSW 80001 | NASW California Chapter NASW-CE-0003 | 5 h | per attended hour',
      'Bao Tran | ASW CA ASW 90002 | Board of Behavioral Sciences BBS-PCE-0001 | 7.5 h | with certificate',
      'Bao Tran | ASW CA ASW 90002 | NASW California Chapter NASW-CE-0003 | 7.5 h | per attended hour',
      // Without partial credit the seminar Mei left early gives no APA credit
      'Gabriela Ruiz | LCSW CA LCSW 50005 | NASW California Chapter NASW-CE-0003 | 5 h | per attended hour',
      // A New York licence is outside the BBS approval, inside NASW's
      'Hana Kim | LCSW NY LCSW-NY 60006 | NASW California Chapter NASW-CE-0003 | 7.5 h | per attended hour',
      'Mei Chen | PSYCHOLOGIST CA PSY 30003 | American Psychological Association APA-SP-0002 | 5 h | with certificate',
    ]);
  });
});

function expectOk(result: { errors?: unknown[] }): void {
  expect(result.errors).toBeUndefined();
}
