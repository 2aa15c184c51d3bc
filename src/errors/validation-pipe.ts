import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { argumentProblems } from '../graphql/argument-problems';
import { BadInputError } from './domain-errors';

/**
 * Nest describes a GraphQL argument to pipes as 'body' (GqlParamtype.ARGS and RouteParamtypes.BODY
 * are both 3). HTTP routes (the web pages) read their form bodies from the request, never through
 * @Body(), so 'body' means a GraphQL argument.
 */
const GRAPHQL_ARGUMENT = 'body';

/** Each failed rule's field path (`licenses.0.type`) and reasons. */
export function collect(errors: ValidationError[], prefix: string, into: Record<string, string>): void {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) into[path] = messages.join(', ');
    if (error.children?.length) collect(error.children, path, into);
  }
}

/**
 * Every GraphQL argument, whatever its type, is first checked for text that is not text and for
 * inline literals our scalars refused; then input objects meet their class-validator rules.
 */
class InputValidationPipe extends ValidationPipe {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === GRAPHQL_ARGUMENT) {
      const problems = argumentProblems(value, metadata.data);
      if (Object.keys(problems).length) throw new BadInputError(problems);
    }
    return super.transform(value, metadata);
  }
}

/** Bad arguments become BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    exceptionFactory: (errors) => {
      const reasons: Record<string, string> = {};
      collect(errors, '', reasons);
      return new BadInputError(reasons);
    },
  });
}
