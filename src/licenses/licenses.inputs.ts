import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, MaxLength, ValidateNested } from 'class-validator';
import { IdField } from '../graphql/id-field.decorator';
import { NotBlank } from '../graphql/not-blank.validator';
import { SingleLine, Trimmed } from '../graphql/text-fields';
import { LICENSE_TYPE_CODES, MAX_LICENSES, US_STATE_CODES } from './license-catalogue';
import { LicenseStatus } from './license-status';

/** Codes are compared as boards print them: trimmed, in capitals. */
const UpperCaseCode = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

@InputType()
export class LicenseInput {
  @Field(() => String, { description: 'A code from licenseTypes, e.g. LCSW' })
  @UpperCaseCode()
  @IsIn(LICENSE_TYPE_CODES, { message: 'must be a licence type from licenseTypes' })
  type: string;

  @Field(() => String, { description: 'The issuing state or territory: its two-letter code, e.g. CA' })
  @UpperCaseCode()
  @IsIn(US_STATE_CODES, { message: 'must be the two-letter code of a US state or territory' })
  state: string;

  @Field(() => String)
  @Trimmed()
  @NotBlank()
  @SingleLine()
  @MaxLength(40, { message: 'must be at most 40 characters' })
  number: string;

  @Field(() => LicenseStatus)
  @IsEnum(LicenseStatus)
  status: LicenseStatus;
}

@InputType()
export class SetLicensesInput {
  @IdField()
  userId: string;

  @Field(() => [LicenseInput], { description: `Every licence the person holds (at most ${MAX_LICENSES}); an empty list clears them` })
  @IsArray()
  @ArrayMaxSize(MAX_LICENSES, { message: `must list at most ${MAX_LICENSES} licences` })
  @ValidateNested({ each: true })
  @Type(() => LicenseInput)
  licenses: LicenseInput[];
}
