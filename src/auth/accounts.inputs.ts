import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IdField } from '../graphql/id-field.decorator';
import { OptionalNotNull } from '../graphql/optional-not-null';
import { Name, Trimmed } from '../graphql/text-fields';
import { MAX_LICENSES } from '../licenses/license-catalogue';
import { LicenseInput } from '../licenses/licenses.inputs';
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

  @Field(() => [LicenseInput], { nullable: true, description: `The person's licences (at most ${MAX_LICENSES}), as setLicenses takes them` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LICENSES, { message: `must list at most ${MAX_LICENSES} licences` })
  @ValidateNested({ each: true })
  @Type(() => LicenseInput)
  licenses?: LicenseInput[];
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
