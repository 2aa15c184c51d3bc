import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTime } from '../graphql/date-time.scalar';
import { UserEntity } from './user.entity';

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  /** Null where the viewer may not see it (e.g. a participant looking at another participant). */
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String)
  fullName: string;

  @Field(() => Boolean)
  isAdmin: boolean;

  @Field(() => [String])
  credentials: string[];

  /** Set while the account is deactivated; null where the viewer may not see the e-mail address either. */
  @Field(() => DateTime, { nullable: true })
  deactivatedAt: Date | null;

  /** E-mail addresses are shown only when the caller says the viewer may see them. */
  static from(entity: UserEntity, options: { showEmail: boolean } = { showEmail: false }): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: options.showEmail ? entity.email : null,
      fullName: entity.fullName,
      isAdmin: entity.isAdmin,
      credentials: entity.credentials,
      deactivatedAt: options.showEmail ? entity.deactivatedAt : null,
    });
  }
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String)
  accessToken: string;

  @Field(() => User)
  user: User;
}
