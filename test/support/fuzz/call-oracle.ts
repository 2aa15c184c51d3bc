import { getNamedType, GraphQLInputObjectType, GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { GraphQLError, GraphQLResponse, TestApp } from '../test-app';
import { contractBreaches } from './contract-breaches';
import { FuzzCall } from './fuzz-call';

/** What the app answered to one call, as a client reads it. */
export interface Answer {
  status: number;
  /** undefined when the body was not JSON. */
  body?: GraphQLResponse;
  text: string;
}

export async function send(app: TestApp, call: FuzzCall, token: string | undefined): Promise<Answer> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(call.request),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as GraphQLResponse, text };
  } catch {
    return { status: response.status, text };
  }
}

/** Codes a refusal may carry; a document that does not parse or validate can only be written inline. */
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'];
const DOCUMENT_REFUSALS = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'];

const PAYLOAD_TOO_LARGE = 413;
/** What src/errors/format-error.ts answers when PostgreSQL refuses a duplicate that no check caught. */
const DATABASE_DUPLICATE = 'This record already exists';
const STACK_TRACE = /\n\s+at |\bat \S+ \(|\.[cm]?[jt]s:\d+|node_modules|stacktrace|\bexception\b/i;
/** PostgreSQL's and TypeORM's wording, and statements; never in an answer, whatever the input. */
const SQL_TEXT = /\b(SELECT\s.+\sFROM|INSERT INTO|UPDATE \S+ SET|DELETE FROM)\b|violates|duplicate key|relation "|column "|syntax error at|invalid input (syntax|value)|out of range for type|QueryFailedError|driverError|SQLSTATE/;

/** GraphQL's "Variable "$input" got invalid value {…} at "input.x"; reason" without the value, which the call shows anyway. */
function withoutEchoedValue(message: string): string {
  const echo = /got invalid value ([\s\S]*); /.exec(message);
  if (!echo) return message;
  const at = / at "[^"]*"$/.exec(echo[1]);
  return message.replace(echo[1], `…${at ? at[0] : ''}`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a walk down the arguments is: the declared type there (none under an undeclared key) and the value sent. */
interface Place {
  type?: GraphQLInputType;
  sent: unknown;
}

/** One step down from `type` and `sent` by `key`: a field the type declares, or a key the caller sent that it does not. */
function stepInto({ type, sent }: Place, key: string): Place | undefined {
  const nullable = type && isNonNullType(type) ? type.ofType : type;
  if (/^\d+$/.test(key)) {
    // GraphQL reads a single value sent for a list as a list of one.
    return { type: nullable && isListType(nullable) ? nullable.ofType : nullable, sent: Array.isArray(sent) ? sent[Number(key)] : sent };
  }
  const objectType = nullable && getNamedType(nullable);
  const field = objectType && isInputObjectType(objectType) ? objectType.getFields()[key] : undefined;
  if (!field && !(isObject(sent) && Object.hasOwn(sent, key))) return undefined;
  return { type: field?.type, sent: isObject(sent) ? sent[key] : undefined };
}

/** Whether `segments`, joined by dots, lead down from `place`; a key sent may itself hold dots, so each split is tried. */
function leadsDown(place: Place, segments: string[]): boolean {
  if (!segments.length) return true;
  for (let end = 1; end <= segments.length; end += 1) {
    const next = stepInto(place, segments.slice(0, end).join('.'));
    if (next && leadsDown(next, segments.slice(end))) return true;
  }
  return false;
}

/**
 * Whether `path` (`body`, `rubric.criteria[0].key`, `entries.1.userId`, `sessionId`) names a field
 * of the call: one its argument types declare, or a key the caller sent that they do not.
 */
export function namesAField(path: string, call: FuzzCall): boolean {
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const { args } = call.mutation;
  const named = args.find((arg) => arg.name === segments[0]);
  // Fields of the one input object are named without the argument's name, as class-validator names them.
  if (!named && args.length !== 1) return false;
  const argument = named ?? args[0];
  return leadsDown({ type: argument.type, sent: call.args[argument.name] }, named ? segments.slice(1) : segments);
}

/** The fields of `type` that `sent` leaves out though required, and the keys it has that `type` does not. */
function missingOrUnknownFields(sent: Record<string, unknown>, type: GraphQLInputObjectType): string[] {
  const fields = Object.values(type.getFields());
  const missing = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined && !Object.hasOwn(sent, field.name));
  const unknown = Object.keys(sent).filter((key) => !fields.some((field) => field.name === key));
  return [...missing.map((field) => field.name), ...unknown];
}

/** A refusal naming only the whole argument (`input`) when a field in it is missing or unknown, and could have been named. */
function namesOnlyTheWhole(fields: string[], call: FuzzCall): boolean {
  return fields.every((field) => {
    const argument = call.mutation.args.find((arg) => arg.name === field);
    const type = argument && getNamedType(argument.type);
    const sent = call.args[field];
    return type !== undefined && isInputObjectType(type) && isObject(sent) && missingOrUnknownFields(sent, type).length > 0;
  });
}

/** What is wrong with one error of an answer to `call`. */
function problemsWithError(error: GraphQLError, call: FuzzCall): string[] {
  const problems: string[] = [];
  const code = error.extensions?.code;
  const said = `${code ?? 'no code'}: ${withoutEchoedValue(error.message).slice(0, 300)}`;
  const allowed = call.mode === 'literal' ? [...REFUSALS, ...DOCUMENT_REFUSALS] : REFUSALS;
  if (!code || !allowed.includes(code)) problems.push(`unexpected error ${said}`);
  const text = JSON.stringify(error);
  if (STACK_TRACE.test(text)) problems.push(`stack trace in ${said}`);
  if (SQL_TEXT.test(text)) problems.push(`SQL text in ${said}`);
  // The database's unique constraint answered: a duplicate within the call reached SQL unvalidated.
  if (code === 'CONFLICT' && error.message === DATABASE_DUPLICATE) problems.push(`CONFLICT from a unique constraint, not from validation: ${said}`);
  if (code !== 'BAD_USER_INPUT') return problems;
  const fields = error.extensions?.fields;
  if (!Array.isArray(fields) || fields.length === 0) problems.push(`BAD_USER_INPUT naming no field: ${said}`);
  else if (namesOnlyTheWhole(fields, call)) problems.push(`BAD_USER_INPUT naming only the whole ${fields.join(', ')}, not its missing or unknown field: ${said}`);
  else for (const field of fields.filter((name) => !namesAField(name, call))) problems.push(`BAD_USER_INPUT naming "${field}", no field of ${call.mutation.name}: ${said}`);
  return problems;
}

/**
 * Everything wrong with one answer: a server error, an error without a code or with one no
 * refusal carries, a stack trace or SQL text anywhere in the errors, a BAD_USER_INPUT that names no
 * field of the call or only the whole object the wrong field is in, a refused call that changed
 * `changedTables`, and a call that succeeded with a value the API promises to refuse.
 */
export function problemsWith(call: FuzzCall, answer: Answer, changedTables: string[]): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.status === PAYLOAD_TOO_LARGE) {
    // A body over the server's limit is refused whole, before GraphQL reads it.
    if (STACK_TRACE.test(answer.text)) problems.push(`stack trace in HTTP 413: ${answer.text.slice(0, 200)}`);
    if (changedTables.length) problems.push(`refused (HTTP 413) yet changed ${changedTables.join(', ')}`);
    return problems;
  }
  if (!answer.body) return [...problems, `not a GraphQL answer (HTTP ${answer.status}): ${answer.text.slice(0, 200)}`];
  const errors = answer.body.errors ?? [];
  problems.push(...errors.flatMap((error) => problemsWithError(error, call)));
  if (errors.length) {
    if (changedTables.length) problems.push(`refused (${errors.map((error) => error.extensions?.code).join(', ')}) yet changed ${changedTables.join(', ')}`);
    return problems;
  }
  problems.push(...contractBreaches(call).map((breach) => `accepted ${breach}`));
  if (isNonNullType(call.mutation.type) && answer.body.data?.[call.mutation.name] == null) problems.push(`neither data nor errors (HTTP ${answer.status})`);
  return problems;
}
