import { registerEnumType } from '@nestjs/graphql';

/** A standing in one program, across all of its cohorts. */
export enum ProgramRole {
  /** Does what an administrator does, for that program's cohorts only. */
  COORDINATOR = 'COORDINATOR',
}

registerEnumType(ProgramRole, { name: 'ProgramRole' });
