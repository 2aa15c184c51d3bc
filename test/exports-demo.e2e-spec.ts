import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPassword, signIn } from './support/factories';
import { ROOT } from './support/paths';
import { startTestApp, TestApp } from './support/test-app';

/** Where the demo cohort's rosters are left to read after a run (ignored by git). */
const OUTPUT = join(ROOT, 'test-output', 'exports');

const APPROVALS = `query($cohortId: ID!) { ceApprovals(cohortId: $cohortId) { id board approvalNumber } }`;

describe("the demo cohort's CE rosters", () => {
  let app: TestApp;
  let token: string;
  let approvals: { id: string; board: string; approvalNumber: string }[];

  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true' });
    token = await signIn(app, 'casey.coordinator@demo.iecmhc.example', demoPassword(app));
    const { programs } = await app.ok(`{ programs { name cohorts { id name } } }`, {}, token);
    const statewide = programs.find((program: { name: string }) => program.name === 'Statewide IECMHC Consultant Training');
    ({ ceApprovals: approvals } = await app.ok(APPROVALS, { cohortId: statewide.cohorts[0].id }, token));
  });

  afterAll(() => app.stop());

  /** The roster as downloaded, left under test-output/exports/ and returned without its byte order mark. */
  async function roster(approvalId: string, layout?: 'ce-broker'): Promise<string> {
    const response = await fetch(`${app.baseUrl}/ce-approvals/${approvalId}/roster.csv${layout ? `?layout=${layout}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')![1];
    const bytes = Buffer.from(await response.arrayBuffer());
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, fileName), bytes);
    return new TextDecoder().decode(bytes);
  }

  it("lists the state board's roster: the certified licensees, not the revoked certificate's holder", async () => {
    const approval = approvals.find((candidate) => candidate.approvalNumber === 'DEMO-CEP-000000')!;
    const lines = (await roster(approval.id)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Name on licence,Licence type,Licence state,Licence number,Completion date,CE hours,Approval number,Board');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual(['Ana Beltran,LCSW,CA,LCSW 00001', 'Marcus Reed,LMFT,CA,LMFT 00002']);
    expect(lines.slice(1).every((line) => line.endsWith(',DEMO-CEP-000000,Fictional State Board of Behavioral Sciences'))).toBe(true);
    // The demo's certificates came after three months of a ten-month course: partial credit, so CE Broker is given the hours.
    const broker = (await roster(approval.id, 'ce-broker')).trimEnd().split('\r\n');
    expect(broker[1]).toMatch(/^,DEMO-CEP-000000,,,LCSW 00001,\d{1,2}\/\d{1,2}\/\d{4},State=CA,Profession=LCSW,,7\.5$/);
  });

  it("lists the social workers' chapter's roster, credit per hour attended, in both layouts", async () => {
    const approval = approvals.find((candidate) => candidate.approvalNumber === 'DEMO-SW-000001')!;
    const lines = (await roster(approval.id)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Name on licence,Licence type,Licence state,Licence number,Completion date,CE hours,Approval number,Board');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => /,(LCSW|ASW),CA,/.test(line))).toBe(true);
    const broker = (await roster(approval.id, 'ce-broker')).trimEnd().split('\r\n');
    expect(broker).toHaveLength(lines.length);
    expect(broker.slice(1).every((line) => line.startsWith(',DEMO-SW-000001,,,'))).toBe(true);
  });
});
