import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, MaxLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Name, SingleLine, Trimmed } from '../graphql/text-fields';
import { AccountRules } from './account-rules';

@InputType()
export class CreateUserInput extends AccountRules {
  @Field(() => String)
  email: string;

  @Field(() => String)
  @Name()
  fullName: string;

  @Field(() => String, { description: 'At least 12 characters, kept exactly as typed: never trimmed' })
  password: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Trimmed()
  @NotBlank({ each: true })
  @SingleLine({ each: true })
  @MaxLength(40, { each: true, message: 'must each be at most 40 characters' })
  credentials?: string[];
}
