import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { BadInputError } from '../errors/domain-errors';
import { collect } from '../errors/validation-pipe';
import { CALENDAR_DATE_REASON, isCalendarDate } from '../graphql/date.scalar';

/** A posted form's text fields, from the urlencoded body (anything else is ignored). */
export type FormBody = Record<string, unknown>;

export function textOf(body: FormBody | undefined, name: string): string {
  const value = body?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The form's named fields as the GraphQL input type, held to the same class-validator rules: the
 * same input is refused for the same reason whichever door it came through.
 */
export function formInput<T extends object>(type: new () => T, body: FormBody | undefined, fields: readonly string[]): Promise<T> {
  return validatedInput(type, Object.fromEntries(fields.map((field) => [field, textOf(body, field)])));
}

/**
 * The date fields GraphQL's Date scalar would check before any service ran: a page checks them the
 * same way, naming each bad one (a blank optional date is left out by the caller).
 */
export function requireCalendarDates(plain: Record<string, unknown>, fields: readonly string[]): void {
  const reasons = Object.fromEntries(fields.filter((field) => plain[field] !== undefined && !isCalendarDate(plain[field])).map((field) => [field, CALENDAR_DATE_REASON]));
  if (Object.keys(reasons).length) throw new BadInputError(reasons);
}

/** A plain object (a form's fields, reshaped) as the input type, or BAD_USER_INPUT naming each bad field. */
export async function validatedInput<T extends object>(type: new () => T, plain: Record<string, unknown>): Promise<T> {
  const input = plainToInstance(type, plain);
  const errors = await validate(input);
  if (!errors.length) return input;
  const reasons: Record<string, string> = {};
  collect(errors, '', reasons);
  throw new BadInputError(reasons);
}
