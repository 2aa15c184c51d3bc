import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { IdField } from '../graphql/id-field.decorator';
import { ProgramRole } from './program-role';

@InputType()
export class ProgramRoleInput {
  @IdField()
  programId: string;

  @IdField()
  userId: string;

  @Field(() => ProgramRole)
  @IsEnum(ProgramRole)
  role: ProgramRole;
}
