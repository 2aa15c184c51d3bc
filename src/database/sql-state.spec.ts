import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { connectionFailure } from './sql-state';

/** A statement's failure as TypeORM hands it on: the driver's error in `driverError`. */
function failedStatement(driverError: Error): QueryFailedError {
  return new QueryFailedError('INSERT INTO program ...', [], driverError);
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('connectionFailure', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection because of crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
    ['53300', 'sorry, too many clients already'],
  ])('names SQLSTATE %s (%s), wrapped by TypeORM or not', (code, message) => {
    expect(connectionFailure(failedStatement(withCode(message, code)))).toBe(code);
    expect(connectionFailure(withCode(message, code))).toBe(code);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET'])('names socket error %s', (code) => {
    expect(connectionFailure(withCode(`connect ${code} 127.0.0.1:5432`, code))).toBe(code);
  });

  it.each(['Connection terminated unexpectedly', 'Connection terminated due to connection timeout', 'timeout exceeded when trying to connect'])(
    'recognises node-postgres saying "%s"',
    (message) => {
      expect(connectionFailure(failedStatement(new Error(message)))).toBe('connection lost');
    },
  );

  it('recognises a transaction whose connection was released under it', () => {
    expect(connectionFailure(new QueryRunnerAlreadyReleasedError())).toBe('connection lost');
  });

  it.each([
    ['a unique violation', failedStatement(withCode('duplicate key value', '23505'))],
    ['a missing table', failedStatement(withCode('relation "cohort" does not exist', '42P01'))],
    ['a cancelled statement', failedStatement(withCode('canceling statement due to statement timeout', '57014'))],
    ['any other error', new Error('Cannot read properties of undefined')],
    ['nothing', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(connectionFailure(error)).toBeUndefined();
  });
});
