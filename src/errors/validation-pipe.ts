import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError } from './domain-errors';

function collect(errors: ValidationError[], prefix: string, into: Record<string, string>): void {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) into[path] = messages.join(', ');
    if (error.children?.length) collect(error.children, path, into);
  }
}

/** class-validator failures become BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    exceptionFactory: (errors) => {
      const reasons: Record<string, string> = {};
      collect(errors, '', reasons);
      return new BadInputError(reasons);
    },
  });
}
