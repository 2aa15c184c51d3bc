import { isEmail, isUUID } from 'class-validator';
import { parseArgs } from 'node:util';

/** `npm run cli -- import-roster …`, as `--help` and every refusal of the arguments print it. */
export const IMPORT_ROSTER_USAGE = [
  'Usage: npm run cli -- import-roster --cohort <cohort id> --as <e-mail> [--apply] <roster.csv>',
  '  --cohort  the cohort the people are enrolled in',
  "  --as      the account the import acts as and is recorded under: an administrator, or a coordinator of the cohort's program",
  '  --apply   import; without it, a dry run that changes nothing',
].join('\n');

export interface ImportRosterArgs {
  cohortId: string;
  actorEmail: string;
  apply: boolean;
  file: string;
}

/** The command's arguments, or what is wrong with them. Free of Nest, so it is unit-tested alone. */
export function readImportRosterArgs(args: readonly string[]): ImportRosterArgs | { problem: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { cohort: { type: 'string' }, as: { type: 'string' }, apply: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { problem: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (!values.cohort || !isUUID(values.cohort)) return { problem: '--cohort must be the id (a UUID) of a cohort' };
  if (!values.as || !isEmail(values.as)) return { problem: '--as must be the e-mail address of the account the import acts as' };
  if (positionals.length !== 1) return { problem: 'name one roster file (CSV)' };
  return { cohortId: values.cohort.toLowerCase(), actorEmail: values.as, apply: values.apply ?? false, file: positionals[0] };
}

/** What the command reports of an import (the GraphQL RosterImport's fields it prints). */
export interface ReportedImport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  refused: { line: number; reason: string }[];
  rows: { line: number; email: string | null; action: string; changes: string[]; notes: string[]; reason: string | null }[];
}

/** The report on stdout: a line per line of the file that is not unchanged, then the outcome. */
export function importReport(result: ReportedImport, args: Pick<ImportRosterArgs, 'apply' | 'file'>): string {
  const lines = result.rows
    .filter((row) => row.action !== 'UNCHANGED' || row.notes.length)
    .map((row) => `line ${row.line}\t${row.action}\t${row.email ?? ''}\t${[row.reason, ...row.changes, ...row.notes].filter(Boolean).join('; ')}`);
  const counts = `created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, refused ${result.refused.length}`;
  const outcome = result.applied
    ? `Imported ${args.file}: ${counts}.`
    : args.apply
      ? `Nothing was imported from ${args.file}: ${result.refused.length} line(s) refused (${counts}). Correct them and run the import again.`
      : `Checked ${args.file}, nothing was changed: ${counts}. Run again with --apply to import it.`;
  return [...lines, outcome, ''].join('\n');
}
