import { isEmail } from 'class-validator';
import { CALENDAR_DATE_REASON, isCalendarDate } from '../graphql/date.scalar';
import { addDays } from '../cohort-copy/shifted-schedule';
import { zonedWallTimeToInstant } from '../curriculum/zoned-time';

/** The filter form's fields, as the audit pages name them in their query string. */
export const AUDIT_FORM_FIELDS = ['who', 'action', 'record', 'from', 'to'] as const;
export type AuditFormField = (typeof AUDIT_FORM_FIELDS)[number];
export type AuditFormValues = Record<AuditFormField, string>;

/** What the form asks for, in the GraphQL filter's terms (checked by its rules next), and the actor by e-mail address. */
export interface AuditFormFilter {
  actorEmail?: string;
  action?: string;
  actionPrefix?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

export interface AuditForm {
  values: AuditFormValues;
  filter: AuditFormFilter;
  /** Each refused field's reason, by form field. */
  errors: Partial<Record<AuditFormField, string>>;
}

/** The first instant of a day in a zone (midnight, or the hour after when the clocks skip midnight). */
function startOfDay(day: string, timeZone: string): Date {
  return zonedWallTimeToInstant(day, '00:00', timeZone) ?? zonedWallTimeToInstant(day, '01:00', timeZone)!;
}

const textOf = (query: Record<string, unknown>, field: string) => (typeof query[field] === 'string' ? (query[field] as string).trim() : '');

/**
 * The form as typed (from the page's query string): `Who` an e-mail address, `Action` an exact kind
 * or, ending in a dot, the start of one ("enrollment."), `Record ID` a record's id, `From` and `To`
 * days in `timeZone`, both included.
 */
export function readAuditForm(query: Record<string, unknown>, timeZone: string): AuditForm {
  const values = Object.fromEntries(AUDIT_FORM_FIELDS.map((field) => [field, textOf(query, field)])) as AuditFormValues;
  const filter: AuditFormFilter = {};
  const errors: AuditForm['errors'] = {};
  if (values.who) {
    if (isEmail(values.who)) filter.actorEmail = values.who.toLowerCase();
    else errors.who = 'must be an e-mail address';
  }
  if (values.action) filter[values.action.endsWith('.') ? 'actionPrefix' : 'action'] = values.action;
  if (values.record) filter.entityId = values.record;
  for (const field of ['from', 'to'] as const) {
    const day = values[field];
    if (!day) continue;
    if (!isCalendarDate(day)) errors[field] = CALENDAR_DATE_REASON;
    else filter[field] = startOfDay(field === 'to' ? addDays(day, 1) : day, timeZone);
  }
  if (filter.from && filter.to && values.from > values.to) errors.to = 'must not be before from';
  return { values, filter, errors };
}

/** The form field a refusal of the GraphQL filter concerns; '' for the form as a whole (a stale `after`). */
export function formFieldOf(filterField: string): AuditFormField | '' {
  const fields: Record<string, AuditFormField> = { actorId: 'who', actorEmail: 'who', action: 'action', actionPrefix: 'action', entityId: 'record', from: 'from', to: 'to' };
  return fields[filterField] ?? '';
}

/** The same filter's next page. */
export function nextPageHref(path: string, values: AuditFormValues, after: string): string {
  const kept = AUDIT_FORM_FIELDS.filter((field) => values[field]).map((field) => [field, values[field]]);
  return `${path}?${new URLSearchParams([...kept, ['after', after]]).toString()}`;
}
