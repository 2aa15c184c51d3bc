import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '../auth/user.model';
import { DateTime } from '../graphql/date-time.scalar';
import { ProgramRoleEntity } from './program-role.entity';
import { ProgramRole } from './program-role';

@ObjectType('ProgramRoleGrant')
export class ProgramRoleGrant {
  @Field(() => ID)
  id: string;

  @Field(() => ProgramRole)
  role: ProgramRole;

  @Field(() => User)
  user: User;

  @Field(() => DateTime)
  grantedAt: Date;

  programId: string;

  static from(grant: ProgramRoleEntity): ProgramRoleGrant {
    return { id: grant.id, role: grant.role, user: User.from(grant.user!, { showEmail: true }), grantedAt: grant.grantedAt, programId: grant.programId };
  }
}
