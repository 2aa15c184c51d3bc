import { RosterLine } from './roster-csv';
import { describeChange, ExistingPerson, planRoster, PlanContext, withLicense } from './roster-plan';

const line = (number: number, email: string, fields: Partial<Extract<RosterLine, { refused: false }>> = {}): RosterLine => ({
  refused: false,
  line: number,
  email,
  fullName: 'Avery Quinn',
  role: 'PARTICIPANT',
  license: null,
  ...fields,
});

const LCSW = { type: 'LCSW', state: 'CA', number: 'LCSW 100', status: 'ACTIVE' as const };

const person = (fields: Partial<ExistingPerson> = {}): ExistingPerson => ({
  userId: 'u-1',
  fullName: 'Avery Quinn',
  deactivated: false,
  licenses: [],
  enrollments: [],
  ...fields,
});

const ADMIN: PlanContext = { capacity: 10, seated: 0, callerIsAdmin: true };
const COORDINATOR: PlanContext = { ...ADMIN, callerIsAdmin: false };

describe('planRoster', () => {
  it('creates an account, with the licence as ACTIVE unless the file says otherwise, and enrols a new person', () => {
    const [planned] = planRoster([line(2, 'new@example.org', { license: { ...LCSW, number: 'LCSW 1', status: null } })], new Map(), ADMIN);
    expect(planned).toMatchObject({ action: 'CREATED', reason: null });
    expect(planned.changes).toEqual([
      { kind: 'account', licenses: [{ type: 'LCSW', state: 'CA', number: 'LCSW 1', status: 'ACTIVE' }] },
      { kind: 'enrollment', role: 'PARTICIPANT' },
    ]);
    expect(planned.changes.map(describeChange)).toEqual(['new account; an invitation is e-mailed', 'enrolled as participant']);
  });

  it('leaves someone already enrolled with the same details unchanged', () => {
    const existing = person({ licenses: [LCSW], enrollments: [{ id: 'e-1', role: 'PARTICIPANT', status: 'ACTIVE', withdrawnOn: null }] });
    const [planned] = planRoster([line(2, 'a@example.org', { license: { ...LCSW, status: null } })], new Map([['a@example.org', existing]]), ADMIN);
    expect(planned).toMatchObject({ action: 'UNCHANGED', changes: [], notes: [] });
  });

  it("lets an administrator's import correct a name and a licence and add a role", () => {
    const existing = person({ fullName: 'Avery Q.', licenses: [LCSW], enrollments: [{ id: 'e-1', role: 'FACULTY', status: 'ACTIVE', withdrawnOn: null }] });
    const [planned] = planRoster([line(2, 'a@example.org', { license: { ...LCSW, number: 'LCSW 200', status: null } })], new Map([['a@example.org', existing]]), ADMIN);
    expect(planned.action).toBe('UPDATED');
    expect(planned.changes).toEqual([
      { kind: 'name', before: 'Avery Q.', after: 'Avery Quinn' },
      { kind: 'licenses', before: [LCSW], after: [{ ...LCSW, number: 'LCSW 200' }] },
      { kind: 'enrollment', role: 'PARTICIPANT' },
    ]);
  });

  it("keeps an existing account's name and licence on a coordinator's import, saying so", () => {
    const existing = person({ fullName: 'Avery Q.', enrollments: [{ id: 'e-1', role: 'PARTICIPANT', status: 'ACTIVE', withdrawnOn: null }] });
    const [planned] = planRoster([line(2, 'a@example.org', { license: { ...LCSW, status: null } })], new Map([['a@example.org', existing]]), COORDINATOR);
    expect(planned).toMatchObject({ action: 'UNCHANGED', changes: [] });
    expect(planned.notes).toEqual([
      "The name differs from the account's and is kept as the account has it: only the person or an administrator changes it.",
      "The licence differs from the account's and is kept as the account has it: only the person or an administrator changes it.",
    ]);
  });

  it('lets a withdrawal stand', () => {
    const existing = person({ enrollments: [{ id: 'e-1', role: 'PARTICIPANT', status: 'WITHDRAWN', withdrawnOn: '2026-10-01' }] });
    const [planned] = planRoster([line(2, 'a@example.org')], new Map([['a@example.org', existing]]), ADMIN);
    expect(planned).toMatchObject({ action: 'UNCHANGED', notes: [expect.stringMatching(/^Withdrew on 2026-10-01: the withdrawal stands/)] });
  });

  it('refuses a deactivated account, and passes on the reading refusals', () => {
    const refusedLine: RosterLine = { refused: true, line: 3, email: null, fullName: 'Jo', reason: 'e-mail is missing' };
    const planned = planRoster([line(2, 'a@example.org'), refusedLine], new Map([['a@example.org', person({ deactivated: true })]]), ADMIN);
    expect(planned.map(({ action, reason }) => ({ action, reason }))).toEqual([
      { action: 'REFUSED', reason: 'this account is deactivated: an administrator reactivates it before it is enrolled' },
      { action: 'REFUSED', reason: 'e-mail is missing' },
    ]);
  });

  it('seats participants in file order until the cohort is full; staff take no seat', () => {
    const lines = [line(2, 'a@example.org'), line(3, 'b@example.org', { role: 'FACULTY' }), line(4, 'c@example.org'), line(5, 'd@example.org')];
    const planned = planRoster(lines, new Map(), { ...ADMIN, capacity: 3, seated: 1 });
    expect(planned.map((each) => each.action)).toEqual(['CREATED', 'CREATED', 'CREATED', 'REFUSED']);
    expect(planned[3].reason).toBe('the cohort is full: 3 seats, 1 taken before this file and the rest by the lines above');
  });
});

describe('withLicense', () => {
  it('adds a licence of another type or state, in stored order', () => {
    const after = withLicense([LCSW], { type: 'LCSW', state: 'AZ', number: 'AZ-9', status: null });
    expect(after).toEqual([{ type: 'LCSW', state: 'AZ', number: 'AZ-9', status: 'ACTIVE' }, LCSW]);
  });

  it('keeps the stored status unless the file names one', () => {
    const associate = { ...LCSW, type: 'ASW', status: 'ASSOCIATE' as const };
    expect(withLicense([associate], { type: 'ASW', state: 'CA', number: 'LCSW 100', status: null })).toBeNull();
    expect(withLicense([associate], { type: 'ASW', state: 'CA', number: 'LCSW 100', status: 'ACTIVE' })).toEqual([{ ...associate, status: 'ACTIVE' }]);
  });
});
