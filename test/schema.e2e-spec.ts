import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/paths';
import { startTestApp, TestApp } from './support/test-app';

describe('schema.gql', () => {
  let app: TestApp;
  const generated = join(mkdtempSync(join(tmpdir(), 'iecmhc-schema-')), 'schema.gql');

  beforeAll(async () => {
    app = await startTestApp({ SCHEMA_FILE: generated });
  });

  afterAll(() => app.stop());

  it('is what the code generates (npm run schema:update rewrites it)', () => {
    if (process.env.UPDATE_SCHEMA === '1') copyFileSync(generated, join(ROOT, 'schema.gql'));
    expect(readFileSync(join(ROOT, 'schema.gql'), 'utf8')).toBe(readFileSync(generated, 'utf8'));
  });
});
