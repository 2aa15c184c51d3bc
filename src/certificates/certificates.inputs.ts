import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, MaxLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';

@InputType()
export class IssueCertificateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  cohortId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  userId: string;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  certificateId: string;

  @Field(() => String, { description: 'Why the certificate is revoked; shown on the verify page' })
  @NotBlank()
  @MaxLength(1000)
  reason: string;
}
