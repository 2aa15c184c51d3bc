import { applyDecorators } from '@nestjs/common';
import { Field, FieldOptions, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';

const lowerCase = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

/**
 * A UUID, or with `each` a list of them, lower-cased: PostgreSQL answers ids in lower case, so an
 * id sent in capitals still compares equal to its record (duplicates, "is it the caller").
 */
export function IsId(options: { each?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map(lowerCase) : lowerCase(value))),
    IsUUID('all', { each: options.each, message: options.each ? 'must be a list of UUIDs' : 'must be a UUID' }),
  );
}

/** An `ID!` input field that is checked to be a UUID before it can reach SQL. */
export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(Field(() => ID, options), IsId());
}
