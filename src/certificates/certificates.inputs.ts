import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Trimmed } from '../graphql/text-fields';
import { IdField } from '../graphql/id-field.decorator';

@InputType()
export class IssueCertificateInput {
  @IdField()
  cohortId: string;

  @IdField()
  userId: string;
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
