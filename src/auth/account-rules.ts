import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '../graphql/text-fields';

/** The password policy, wherever a password is set (createUser, changePassword, resetPassword, the bootstrap admin). */
export function PasswordRule(): PropertyDecorator {
  return (target, property) => {
    IsString()(target, property);
    MinLength(12, { message: 'must be at least 12 characters' })(target, property);
    MaxLength(256)(target, property);
  };
}

/**
 * The rules every account's e-mail address and password meet, whichever door creates it
 * (createUser, the bootstrap admin at start-up). Free of Nest, so start-up checks load fast.
 */
export class AccountRules {
  @Trimmed()
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @PasswordRule()
  password: string;
}
