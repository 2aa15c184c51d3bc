import { ENTRY_FIELDS, givenBulkPracticum, givenCohort, givenManyParticipants, givenMember, SignedIn, signInAdmin } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const MY_PRACTICUM = `query($id: ID!) { myPracticum(cohortId: $id) {
  placements { id providerCode settingType region }
  entries { ${ENTRY_FIELDS} }
  totals { approvedMinutes pendingMinutes returnedMinutes byActivity { activity approvedMinutes } } } }`;
const REVIEW_QUEUE = `query($id: ID!) { practicumReviewQueue(cohortId: $id, first: 150) { ${ENTRY_FIELDS} } }`;

describe('practicum statement counts', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  /** A cohort of `size` participants, each with a placement and an entry in every status; returns what each viewer sees and how many statements it took. */
  async function measure(size: number) {
    const { cohortId } = await givenCohort(app, admin);
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    const others = await givenManyParticipants(app, cohortId, size - 1);
    await givenBulkPracticum(app, admin, cohortId, [participant.id, ...others], facilitator.id, faculty.id);
    const run = async (query: string, user: SignedIn) => {
      const result = await app.gql(query, { id: cohortId }, user.token);
      expect(result.errors).toBeUndefined();
      return { data: result.data, statements: result.extensions!.sqlStatements! };
    };
    return {
      mine: await run(MY_PRACTICUM, participant),
      facultyQueue: await run(REVIEW_QUEUE, faculty),
      facilitatorQueue: await run(REVIEW_QUEUE, facilitator),
      adminQueue: await run(REVIEW_QUEUE, admin),
    };
  }

  /** Sign-in, access check, then one statement per list (myPracticum reads placements and entries). */
  const BOUNDS = { mine: 4, facultyQueue: 3, facilitatorQueue: 3, adminQueue: 3 };

  it('stays at the same count, at most 4 for myPracticum and 3 for the queue, with 12 and 120 participants', async () => {
    const small = await measure(12);
    const large = await measure(120);

    expect(small.mine.data.myPracticum.entries).toHaveLength(3);
    expect(small.mine.data.myPracticum.entries.flatMap((entry: any) => entry.reviews)).toHaveLength(2);
    expect(small.facultyQueue.data.practicumReviewQueue).toHaveLength(12);
    expect(large.facilitatorQueue.data.practicumReviewQueue).toHaveLength(120);
    expect(large.adminQueue.data.practicumReviewQueue).toHaveLength(120);

    for (const [key, bound] of Object.entries(BOUNDS) as [keyof typeof BOUNDS, number][]) {
      expect({ key, statements: large[key].statements }).toEqual({ key, statements: small[key].statements });
      expect(small[key].statements).toBeLessThanOrEqual(bound);
    }
  });
});
