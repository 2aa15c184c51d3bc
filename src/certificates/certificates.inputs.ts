import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Trimmed } from '../graphql/text-fields';
import { IdField } from '../graphql/id-field.decorator';

/** Why a certificate is issued before the cohort's last required session has been held; audited. */
function EarlyCompletionReason(): PropertyDecorator {
  const rules = [
    Field(() => String, { nullable: true, description: 'Required before the cohort’s last required session has been held; audited' }),
    IsOptional(),
    Trimmed(),
    NotBlank(),
    MaxLength(1000, { message: 'must be at most 1000 characters' }),
  ];
  return (target, property) => rules.forEach((rule) => rule(target, property));
}

@InputType()
export class IssueCertificateInput {
  @IdField()
  cohortId: string;

  @IdField()
  userId: string;

  @EarlyCompletionReason()
  earlyCompletionReason?: string;
}

@ArgsType()
export class IssueCertificatesArgs {
  @IdField()
  cohortId: string;

  @EarlyCompletionReason()
  earlyCompletionReason?: string;
}

@InputType()
export class ReissueCertificateInput {
  @IdField()
  certificateId: string;

  @Field(() => String, { description: 'Why the old certificate is revoked (a name change, a correction); shown on its verify page' })
  @Trimmed()
  @NotBlank()
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class RevokeCertificateInput {
  @IdField()
  certificateId: string;

  @Field(() => String, { description: 'Why the certificate is revoked; shown on the verify page' })
  @Trimmed()
  @NotBlank()
  @MaxLength(1000)
  reason: string;
}
