import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, MaxLength } from 'class-validator';
import { IdField } from '../graphql/id-field.decorator';
import { NotBlank } from '../graphql/not-blank.validator';
import { OptionalNotNull } from '../graphql/optional-not-null';
import { Name, SingleLine, Trimmed } from '../graphql/text-fields';
import { LICENSE_TYPE_CODES, US_STATE_CODES } from '../licenses/license-catalogue';
import { CE_INCREMENTS } from './ce-credit';
import { CeUnit } from './ce-unit';

/** Codes as boards print them (trimmed, in capitals), each once, in the order given. */
const CodeList = () =>
  Transform(({ value }) =>
    Array.isArray(value) ? [...new Set(value.map((code) => (typeof code === 'string' ? code.trim().toUpperCase() : code)))] : value,
  );

function LicenseTypes(): PropertyDecorator {
  return (target, property) => {
    CodeList()(target, property);
    IsArray()(target, property);
    ArrayNotEmpty({ message: 'must name at least one licence type: nobody earns CE under an approval that covers none' })(target, property);
    ArrayMaxSize(LICENSE_TYPE_CODES.length)(target, property);
    IsIn(LICENSE_TYPE_CODES, { each: true, message: 'must list licence types from licenseTypes' })(target, property);
  };
}

function LicenseStates(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    CodeList()(target, property);
    IsArray()(target, property);
    ArrayNotEmpty({ message: 'must name at least one state; leave it out (or null) to cover every state' })(target, property);
    ArrayMaxSize(US_STATE_CODES.length)(target, property);
    IsIn(US_STATE_CODES, { each: true, message: 'must list two-letter codes of US states or territories' })(target, property);
  };
}

function Increment(): PropertyDecorator {
  return (target, property) => {
    IsInt()(target, property);
    IsIn(CE_INCREMENTS, { message: `must divide an hour: one of ${CE_INCREMENTS.join(', ')} minutes` })(target, property);
  };
}

function ApprovalNumber(): PropertyDecorator {
  return (target, property) => {
    Trimmed()(target, property);
    NotBlank()(target, property);
    SingleLine()(target, property);
    MaxLength(100)(target, property);
  };
}

const DESCRIPTIONS = {
  board: 'The approving board, e.g. a state board of behavioral sciences',
  approvalNumber: "The provider's approval number with that board",
  statement: 'The statement the board requires on CE certificates',
  licenseTypes: 'Codes from licenseTypes; holders of an ACTIVE or ASSOCIATE licence of one of them earn CE, nobody else',
  licenseStates: 'Two-letter codes of the issuing states covered; every state when left out',
  requiresCompletion: 'True (the default): only participants who earned the certificate; false: for the CE-eligible live minutes attended',
  partialCredit: 'False: a session counts only when attended in full (default true)',
  incrementMinutes: 'Credit rounds down to a multiple of this (default 15); it divides an hour',
  unit: 'HOURS (default) or CEUS (1 CEU = 10 contact hours)',
};

@InputType()
export class ApproveCeInput {
  @IdField()
  cohortId: string;

  @Field(() => String, { description: DESCRIPTIONS.board })
  @Name()
  board: string;

  @Field(() => String, { description: DESCRIPTIONS.approvalNumber })
  @ApprovalNumber()
  approvalNumber: string;

  @Field(() => String, { nullable: true, description: DESCRIPTIONS.statement })
  @IsOptional()
  @MaxLength(2000)
  statement?: string | null;

  @Field(() => [String], { description: DESCRIPTIONS.licenseTypes })
  @LicenseTypes()
  licenseTypes: string[];

  @Field(() => [String], { nullable: true, description: DESCRIPTIONS.licenseStates })
  @LicenseStates()
  licenseStates?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: DESCRIPTIONS.requiresCompletion })
  @OptionalNotNull()
  @IsBoolean()
  requiresCompletion?: boolean;

  @Field(() => Boolean, { nullable: true, description: DESCRIPTIONS.partialCredit })
  @OptionalNotNull()
  @IsBoolean()
  partialCredit?: boolean;

  @Field(() => Int, { nullable: true, description: DESCRIPTIONS.incrementMinutes })
  @OptionalNotNull()
  @Increment()
  incrementMinutes?: number;

  @Field(() => CeUnit, { nullable: true, description: DESCRIPTIONS.unit })
  @OptionalNotNull()
  @IsEnum(CeUnit)
  unit?: CeUnit;
}

/** What is left out stays as it is; null clears the statement, and makes licenseStates cover every state. */
@InputType()
export class UpdateCeApprovalInput {
  @IdField()
  approvalId: string;

  @Field(() => String, { nullable: true, description: DESCRIPTIONS.board })
  @OptionalNotNull()
  @Name()
  board?: string;

  @Field(() => String, { nullable: true, description: DESCRIPTIONS.approvalNumber })
  @OptionalNotNull()
  @ApprovalNumber()
  approvalNumber?: string;

  @Field(() => String, { nullable: true, description: `${DESCRIPTIONS.statement}; null clears it` })
  @IsOptional()
  @MaxLength(2000)
  statement?: string | null;

  @Field(() => [String], { nullable: true, description: DESCRIPTIONS.licenseTypes })
  @OptionalNotNull()
  @LicenseTypes()
  licenseTypes?: string[];

  @Field(() => [String], { nullable: true, description: `${DESCRIPTIONS.licenseStates}; null covers every state` })
  @LicenseStates()
  licenseStates?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: DESCRIPTIONS.requiresCompletion })
  @OptionalNotNull()
  @IsBoolean()
  requiresCompletion?: boolean;

  @Field(() => Boolean, { nullable: true, description: DESCRIPTIONS.partialCredit })
  @OptionalNotNull()
  @IsBoolean()
  partialCredit?: boolean;

  @Field(() => Int, { nullable: true, description: DESCRIPTIONS.incrementMinutes })
  @OptionalNotNull()
  @Increment()
  incrementMinutes?: number;

  @Field(() => CeUnit, { nullable: true, description: DESCRIPTIONS.unit })
  @OptionalNotNull()
  @IsEnum(CeUnit)
  unit?: CeUnit;
}

