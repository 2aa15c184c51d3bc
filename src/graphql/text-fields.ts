import { Transform } from 'class-transformer';
import { MaxLength, registerDecorator, ValidationOptions } from 'class-validator';
import { NotBlank } from './not-blank.validator';
import { isSingleLine } from './text-rules';

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Leading and trailing whitespace is dropped before validation (of each string in a list too); for one-line text, never for passwords. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }) => (Array.isArray(value) ? value.map(trim) : trim(value)));
}

/** No line breaks, tabs or other control characters. */
export function SingleLine(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'singleLine',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be one line, without tabs or control characters', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isSingleLine(value) },
    });
}

/** A name of a person or a thing as it is shown and printed: one trimmed line with something visible in it. */
export function Name(maxLength = 200): PropertyDecorator {
  const rules = [Trimmed(), NotBlank(), SingleLine(), MaxLength(maxLength, { message: `must be at most ${maxLength} characters` })];
  return (target, property) => rules.forEach((rule) => rule(target, property));
}

/** A title (a module's, a session's, an assignment's): held to the same rules as a name. */
export const Title = Name;
