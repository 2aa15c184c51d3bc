import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { IdField } from '../graphql/id-field.decorator';
import { OptionalNotNull } from '../graphql/optional-not-null';
import { Name, Trimmed } from '../graphql/text-fields';
import { PasswordRule } from './account-rules';

/** An e-mail address as every account's: trimmed, valid, at most 254 characters. */
function EmailAddress(): PropertyDecorator {
  return (target, property) => {
    Trimmed()(target, property);
    IsEmail({}, { message: 'must be a valid e-mail address' })(target, property);
    MaxLength(254)(target, property);
  };
}

@InputType()
export class UpdateUserInput {
  @IdField()
  userId: string;

  @Field(() => String, { nullable: true })
  @OptionalNotNull()
  @Name()
  fullName?: string;

  @Field(() => String, { nullable: true, description: 'Admins only' })
  @OptionalNotNull()
  @EmailAddress()
  email?: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @EmailAddress()
  email: string;

  @Field(() => String)
  @Name()
  fullName: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @Field(() => String, { description: 'At least 12 characters, kept exactly as typed: never trimmed' })
  @PasswordRule()
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  @Trimmed()
  @IsString()
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The `token` of the link in an invitation or password-reset e-mail' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => String, { description: 'At least 12 characters, kept exactly as typed: never trimmed' })
  @PasswordRule()
  newPassword: string;
}
