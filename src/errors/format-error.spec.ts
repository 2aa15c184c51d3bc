import { GraphQLError } from 'graphql';
import type { JsonLogger } from '../logging/json-logger';
import { fieldsFromMessage, formatError } from './format-error';

/** A database error as TypeORM hands it on: the driver's SQLSTATE, a message that quotes the value. */
function databaseError(code: string, message: string): GraphQLError {
  const original = Object.assign(new Error(message), { driverError: { code } });
  return new GraphQLError(message, { originalError: original, path: ['createThing'] });
}

function format(error: GraphQLError) {
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as JsonLogger;
  const formatted = formatError(logger)({ message: error.message, path: error.path }, error);
  return { formatted, logged };
}

describe('fieldsFromMessage', () => {
  it.each([
    ['Variable "$input" got invalid value "x" at "input.startsAt"; must carry a zone', ['startsAt']],
    ['Variable "$input" got invalid value {}; Field "title" of required type "String!" was not provided.', ['title']],
    ['Variable "$input" got invalid value {} at "input.rubric"; Field "title" of required type "String!" was not provided.', ['rubric.title']],
    ['Variable "$input" got invalid value {}; Field "colour" is not defined by type "CreateProgramInput".', ['colour']],
    ['Variable "$id" of required type "ID!" was not provided.', ['id']],
    ['Variable "$input" got invalid value {}; Field "a"b" is not defined by type "CreateUserInput". Did you mean "email"?', ['a"b']],
    ['Variable "$input" got invalid value {}; Field "" is not defined by type "ApproveCeInput".', ['']],
  ])('names the field of %s', (message, fields) => {
    expect(fieldsFromMessage(message)).toEqual(fields);
  });
});

describe('formatError', () => {
  it.each(['22007', '22001', '22021', '23503'])('answers SQLSTATE %s as BAD_USER_INPUT, logging nothing that quotes the value', (code) => {
    const { formatted, logged } = format(databaseError(code, 'invalid input syntax for type timestamp: "secret value"'));
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(formatted)).not.toContain('secret value');
    expect(logged).toEqual([]);
  });

  it('answers a unique violation as CONFLICT', () => {
    expect(format(databaseError('23505', 'duplicate key value violates unique constraint')).formatted.extensions).toEqual({ code: 'CONFLICT' });
  });

  it('hides and logs a real failure once', () => {
    const { formatted, logged } = format(databaseError('42P01', 'relation "cohort" does not exist'));
    expect(formatted).toEqual({ message: 'Internal server error', path: ['createThing'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });
});
