import { signInAdmin } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/** Names that would hold a personal identifier of a provider or a child (HIPAA Safe Harbor style). */
const IDENTIFIER_NAME = /providerName|childName|familyName|address|street|zip|postal|phone|email|birth|dob|ssn|medicalRecord/i;

/** E-mail addresses of the program's own people (signed-in users and people being matched to accounts), never of providers or children. */
const PEOPLE_EMAIL_FIELDS = [
  'User.email', 'LoginInput.email', 'CreateUserInput.email', 'AttendanceProposal.email', 'RosterImportRow.email',
  'InviteUserInput.email', 'RequestPasswordResetInput.email', 'UpdateUserInput.email', 'Query.users(search)',
];

/** The issuing organisation's public contact address, printed in its credentials. */
const ORGANISATION_EMAIL_FIELDS = ['Program.issuerEmail', 'UpdateProgramInput.issuerEmail'];

describe('no GraphQL type exposes a personal identifier of a provider or child', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app?.stop());

  it('has no field named like one, apart from program members\' own e-mail and the issuer\'s', async () => {
    const admin = await signInAdmin(app);
    const { __schema } = await app.ok(
      `{ __schema { types { name kind fields { name args { name } } inputFields { name } } } }`,
      {},
      admin.token,
    );
    const named: string[] = [];
    for (const type of __schema.types.filter((type: any) => !type.name.startsWith('__'))) {
      for (const field of [...(type.fields ?? []), ...(type.inputFields ?? [])]) {
        named.push(`${type.name}.${field.name}`);
        for (const arg of field.args ?? []) named.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    const flagged = named.filter((name) => IDENTIFIER_NAME.test(name.split('.')[1]));

    expect(named).toEqual(expect.arrayContaining(['PracticumPlacement.providerCode', 'PracticumLogEntry.reflection']));
    expect(flagged).toContain('User.email'); // the check does see identifier-like names
    expect(flagged.filter((name) => ![...PEOPLE_EMAIL_FIELDS, ...ORGANISATION_EMAIL_FIELDS].includes(name))).toEqual([]);
  });
});
