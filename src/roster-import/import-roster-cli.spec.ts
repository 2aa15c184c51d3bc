import { importReport, readImportRosterArgs } from './import-roster-cli';

const COHORT = '0B7B2C4E-5A55-4D1C-9D7E-3F8C2A1E9B10';

describe('readImportRosterArgs', () => {
  it('reads the cohort, the acting account, the file and whether to apply, in any order', () => {
    expect(readImportRosterArgs(['roster.csv', '--as', 'casey@example.org', '--cohort', COHORT, '--apply'])).toEqual({
      cohortId: COHORT.toLowerCase(),
      actorEmail: 'casey@example.org',
      apply: true,
      file: 'roster.csv',
    });
    expect(readImportRosterArgs(['--cohort', COHORT, '--as', 'casey@example.org', 'roster.csv'])).toMatchObject({ apply: false });
  });

  it.each([
    [['--as', 'casey@example.org', 'roster.csv'], '--cohort must be the id (a UUID) of a cohort'],
    [['--cohort', 'spring', '--as', 'casey@example.org', 'roster.csv'], '--cohort must be the id (a UUID) of a cohort'],
    [['--cohort', COHORT, 'roster.csv'], '--as must be the e-mail address of the account the import acts as'],
    [['--cohort', COHORT, '--as', 'casey@example.org'], 'name one roster file (CSV)'],
    [['--cohort', COHORT, '--as', 'casey@example.org', 'a.csv', 'b.csv'], 'name one roster file (CSV)'],
    [['--cohort', COHORT, '--as', 'casey@example.org', '--dry', 'a.csv'], expect.stringContaining("Unknown option '--dry'")],
  ])('refuses %j', (args, problem) => {
    expect(readImportRosterArgs(args)).toEqual({ problem });
  });
});

describe('importReport', () => {
  const rows = [
    { line: 2, email: 'avery@example.org', action: 'CREATED', changes: ['new account; an invitation is e-mailed', 'enrolled as participant'], notes: [], reason: null },
    { line: 3, email: 'bo@example.org', action: 'UNCHANGED', changes: [], notes: [], reason: null },
    { line: 4, email: null, action: 'REFUSED', changes: [], notes: [], reason: 'e-mail is missing' },
  ];

  it('lists what changes or is refused, then the outcome', () => {
    const result = { applied: false, created: 1, updated: 0, unchanged: 1, refused: [{ line: 4, reason: 'e-mail is missing' }], rows };
    expect(importReport(result, { apply: false, file: 'roster.csv' }).split('\n')).toEqual([
      'line 2\tCREATED\tavery@example.org\tnew account; an invitation is e-mailed; enrolled as participant',
      'line 4\tREFUSED\t\te-mail is missing',
      'Checked roster.csv, nothing was changed: created 1, updated 0, unchanged 1, refused 1. Run again with --apply to import it.',
      '',
    ]);
    expect(importReport(result, { apply: true, file: 'roster.csv' })).toContain('Nothing was imported from roster.csv: 1 line(s) refused');
    expect(importReport({ ...result, applied: true, refused: [], rows: rows.slice(0, 2) }, { apply: true, file: 'roster.csv' })).toContain('Imported roster.csv: created 1, updated 0, unchanged 1, refused 0.');
  });
});
