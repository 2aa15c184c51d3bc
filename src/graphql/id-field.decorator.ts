import { applyDecorators } from '@nestjs/common';
import { Field, FieldOptions, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** An `ID!` input field that is checked to be a UUID before it can reach SQL. */
export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(Field(() => ID, options), IsUUID('all', { message: 'must be a UUID' }));
}
