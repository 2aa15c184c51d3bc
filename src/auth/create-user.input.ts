import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Name, SingleLine, Trimmed } from '../graphql/text-fields';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @Trimmed()
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @Name()
  fullName: string;

  @Field(() => String, { description: 'Kept exactly as typed: never trimmed' })
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  @MaxLength(256)
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
