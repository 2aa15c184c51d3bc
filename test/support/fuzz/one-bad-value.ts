import fc from 'fast-check';
import { GraphQLField, GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { isObject } from './call-oracle';
import { ABSENT, InputValues } from './input-values';

/** A place in the arguments a value can be put: an argument, a field (given or not), a list item. */
interface Position {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

/** `position` and every position inside the value sent there, absent fields of objects included. */
function positionsIn(value: unknown, position: Position): Position[] {
  const { path, type, name } = position;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable) && Array.isArray(value)) {
    return [position, ...value.flatMap((item, index) => positionsIn(item, { path: [...path, index], type: nullable.ofType, name }))];
  }
  if (isInputObjectType(nullable) && isObject(value)) {
    const fields = Object.values(nullable.getFields());
    return [position, ...fields.flatMap((field) => positionsIn(value[field.name], { path: [...path, field.name], type: field.type, name: field.name }))];
  }
  return [position];
}

/** A copy of `args` with `value` at `path` (or nothing there, for ABSENT). */
function withValueAt(args: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(args);
  let container: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) container = container[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value !== ABSENT) container[last] = value;
  else if (Array.isArray(container)) container.splice(last as number, 1);
  else delete container[last];
  return copy;
}

/**
 * `args` with one value made bad: replaced by a hostile one, null, or left out. A call that is
 * plausible but for one value reaches past authorization and the other checks to the one that
 * should refuse it.
 */
export function withOneBadValue(mutation: GraphQLField<unknown, unknown>, args: Record<string, unknown>, hostile: InputValues): fc.Arbitrary<Record<string, unknown>> {
  const positions = mutation.args.flatMap((arg) => positionsIn(args[arg.name], { path: [arg.name], type: arg.type, name: arg.name }));
  if (!positions.length) return fc.constant(args);
  return fc.constantFrom(...positions).chain(({ path, type, name }) =>
    fc
      .oneof({ weight: 8, arbitrary: hostile.hostile(type, name) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(ABSENT) })
      .map((value) => withValueAt(args, path, value)),
  );
}
