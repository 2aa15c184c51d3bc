import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Trimmed } from '../graphql/text-fields';

@InputType()
export class LoginInput {
  @Field(() => String)
  @Trimmed()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'Kept exactly as typed: never trimmed' })
  @IsString()
  @MaxLength(256)
  password: string;
}
