import { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AuthUser } from '../auth/auth-user';
import { UsersService } from '../auth/users.service';
import { BadInputError, DomainError } from '../errors/domain-errors';
import { importReport, ImportRosterArgs } from './import-roster-cli';
import { decodeRosterFile, NOT_UTF8, rosterSizeProblem } from './roster-csv';
import { RosterImportService } from './roster-import.service';

export interface CommandOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Thrown for what the person running the command must put right; its message is all they see. */
class CommandRefusal extends Error {}

/** The file's text, its size checked before it is read. */
function rosterText(file: string): string {
  const name = basename(file);
  let bytes: Buffer;
  try {
    const problem = rosterSizeProblem(statSync(file).size);
    if (problem) throw new CommandRefusal(`${name} ${problem}`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CommandRefusal) throw error;
    throw new CommandRefusal(`${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const text = decodeRosterFile(bytes);
  if (text === null) throw new CommandRefusal(`${name} ${NOT_UTF8}`);
  return text;
}

/**
 * The account the command acts as: whoever runs it holds the database's credentials already, and
 * names an account with `--as`, whose rights the import has (an administrator, or a coordinator of
 * the cohort's program) and under whose name the trail records each change.
 */
async function actingAccount(app: INestApplicationContext, email: string): Promise<AuthUser> {
  const user = await app.get(UsersService).findByEmail(email);
  if (!user || user.deactivatedAt) throw new CommandRefusal(`--as: no active account has the address ${email}`);
  return { id: user.id, email: user.email, fullName: user.fullName, isAdmin: user.isAdmin };
}

/**
 * `import-roster`: a dry run, or with --apply the import, of a roster file into a cohort through
 * the service GraphQL uses. Progress on stderr, the report on stdout; exit code 0 when every line was
 * importable (and, with --apply, imported), 1 otherwise.
 */
export async function importRosterCommand(app: INestApplicationContext, args: ImportRosterArgs, output: CommandOutput): Promise<number> {
  const bar = new SingleBar({ stream: output.stderr, format: 'Importing |{bar}| {value}/{total} lines', clearOnComplete: true });
  try {
    const csv = rosterText(args.file);
    const actor = await actingAccount(app, args.actorEmail);
    const result = await app.get(RosterImportService).import(actor, { cohortId: args.cohortId, csv, apply: args.apply }, (done, total) => {
      if (done === 1) bar.start(total, 0);
      bar.update(done);
    });
    bar.stop();
    output.stdout.write(importReport(result, { apply: args.apply, file: basename(args.file) }));
    return result.refused.length ? 1 : 0;
  } catch (error) {
    bar.stop();
    if (!(error instanceof CommandRefusal || error instanceof DomainError)) throw error;
    output.stderr.write(`${refusalText(error, basename(args.file))}\n`);
    return 1;
  }
}

function refusalText(error: CommandRefusal | DomainError, file: string): string {
  return error instanceof BadInputError && error.reasons.csv ? `${file} ${error.reasons.csv}` : error.message;
}
