import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ImportRosterInput } from './roster-import.inputs';
import { RosterImport } from './roster-import.models';
import { RosterImportService } from './roster-import.service';

@Resolver()
export class RosterImportResolver {
  constructor(private readonly imports: RosterImportService) {}

  @Mutation(() => RosterImport, {
    description:
      "A roster (CSV) into a cohort: a dry run by default; with apply, every line in one transaction, or nothing when a line is refused. New people get an account and an invitation by e-mail; an existing account's name and licences change only on an administrator's import (admins and the program's coordinators)",
  })
  importRoster(@CurrentUser() user: AuthUser, @Args('input') input: ImportRosterInput): Promise<RosterImport> {
    return this.imports.import(user, { cohortId: input.cohortId, csv: input.csv, apply: input.apply ?? false });
  }
}
