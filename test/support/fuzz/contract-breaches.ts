import { getNamedType, GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { FuzzCall } from './fuzz-call';
import { INVALID_DATES, INVALID_DATE_TIMES } from './hostile-values';

const UNSAFE_TEXT = /\u0000|\p{Cs}/u;
/** Something a reader would see: not whitespace, a control or an invisible character. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
/** Fields the API says need something visible. */
const NAME_OR_TITLE = /^(name|title)$|(Name|Title)$/;

/**
 * Values in the call that the API promises to refuse wherever they are sent: text with NUL or an
 * unpaired surrogate, a DateTime that is not an instant with a zone, a Date that is not a calendar
 * day, a name or title with nothing visible. Each is described with its path.
 */
export function contractBreaches(call: FuzzCall): string[] {
  const breaches: string[] = [];
  for (const arg of call.mutation.args) {
    if (arg.name in call.args) visit(call.args[arg.name], arg.type, arg.name, breaches);
  }
  return breaches;
}

function visit(value: unknown, type: GraphQLInputType, path: string, breaches: string[]): void {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const itemType = isListType(nullable) ? nullable.ofType : nullable;
    value.forEach((item, index) => visit(item, itemType, `${path}.${index}`, breaches));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const named = getNamedType(type);
    const fields = isInputObjectType(named) ? named.getFields() : {};
    for (const [key, item] of Object.entries(value)) if (fields[key]) visit(item, fields[key].type, `${path}.${key}`, breaches);
    return;
  }
  if (typeof value !== 'string') return;
  const typeName = getNamedType(type).name;
  const field = path.split('.').filter((segment) => !/^\d+$/.test(segment)).pop()!;
  if (UNSAFE_TEXT.test(value)) breaches.push(`NUL or an unpaired surrogate in ${path}`);
  else if (typeName === 'DateTime' && INVALID_DATE_TIMES.includes(value)) breaches.push(`DateTime ${JSON.stringify(value)} in ${path}`);
  else if (typeName === 'Date' && INVALID_DATES.includes(value)) breaches.push(`Date ${JSON.stringify(value)} in ${path}`);
  else if (typeName === 'String' && NAME_OR_TITLE.test(field) && !VISIBLE.test(value)) breaches.push(`nothing visible in ${path} ${JSON.stringify(value)}`);
}
