import { registerDecorator, ValidationOptions } from 'class-validator';
import { hasVisibleText } from './text-rules';

/** A string with something visible in it: whitespace, zero-width and bidi characters alone are blank. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBlank',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must not be empty', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && hasVisibleText(value) },
    });
}
