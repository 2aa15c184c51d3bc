import fc from 'fast-check';
import { getNamedType, GraphQLField, GraphQLInputType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType } from 'graphql';
import { ABSENT, InputValues } from './input-values';
import { withOneBadValue } from './one-bad-value';
import { Actor, FuzzWorld } from './world';

/** Arguments sent as `$variables`, or written inline in the document as literals. */
export type Mode = 'variables' | 'literal';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** One generated call of a mutation: who sends it, how, and with which arguments. */
export class FuzzCall {
  constructor(
    readonly mutation: GraphQLField<unknown, unknown>,
    readonly actor: Actor,
    readonly mode: Mode,
    /** The arguments given (an argument left out is not a key). */
    readonly args: Record<string, unknown>,
  ) {}

  get request(): { query: string; variables: Record<string, unknown> } {
    const { name, args } = this.mutation;
    const selection = selectionFor(this.mutation);
    if (this.mode === 'literal') {
      const given = args.filter((arg) => arg.name in this.args).map((arg) => `${arg.name}: ${literal(this.args[arg.name], arg.type)}`);
      return { query: `mutation Fuzz { ${name}${given.length ? `(${given.join(', ')})` : ''} ${selection} }`, variables: {} };
    }
    if (!args.length) return { query: `mutation Fuzz { ${name} ${selection} }`, variables: {} };
    const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return { query: `mutation Fuzz(${declared}) { ${name}(${passed}) ${selection} }`, variables: this.args };
  }

  /** How fast-check shows a counterexample: the mutation, the caller and the arguments, long strings cut short. */
  [fc.toStringMethod](): string {
    return this.toString();
  }

  toString(): string {
    const shortArgs = JSON.parse(JSON.stringify(this.args, shortenStrings)) as Record<string, unknown>;
    const { query, variables } = new FuzzCall(this.mutation, this.actor, this.mode, shortArgs).request;
    return `${this.mutation.name} as ${this.actor}, ${this.mode}: ${query} variables ${JSON.stringify(variables)}`;
  }
}

/** How many of a call's values are bad: none, exactly one, some, or every one. */
type Tier = 'plausible' | 'one bad value' | 'some bad values' | 'hostile';
const HOSTILE_SHARE: Record<Exclude<Tier, 'one bad value'>, number> = { plausible: 0, 'some bad values': 15, hostile: 100 };

/** Every generated call over `mutations`, as each caller, in each mode, from all-plausible to all-hostile. */
export function fuzzCalls(mutations: GraphQLField<unknown, unknown>[], world: FuzzWorld): fc.Arbitrary<FuzzCall> {
  const hostile = new InputValues(world, 100);
  const argumentsOf = memoised((mutation: GraphQLField<unknown, unknown>, hostileShare: number) => {
    const values = new InputValues(world, hostileShare);
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const arg of mutation.args) fields[arg.name] = values.field(arg.type, arg.name);
    return fc.record(fields).map((given) => Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ABSENT)));
  });
  const argumentsAt = (mutation: GraphQLField<unknown, unknown>, tier: Tier) =>
    tier === 'one bad value' ? argumentsOf(mutation, 0).chain((args) => withOneBadValue(mutation, args, hostile)) : argumentsOf(mutation, HOSTILE_SHARE[tier]);
  return fc
    .record({
      mutation: fc.constantFrom(...mutations),
      actor: fc.constantFrom<Actor>('admin', 'admin', 'faculty', 'faculty', 'participant', 'participant', 'facilitator', 'anonymous'),
      mode: fc.constantFrom<Mode>('variables', 'variables', 'variables', 'literal'),
      tier: fc.constantFrom<Tier>('plausible', 'plausible', 'one bad value', 'one bad value', 'one bad value', 'one bad value', 'some bad values', 'some bad values', 'hostile'),
    })
    .chain(({ mutation, actor, mode, tier }) => argumentsAt(mutation, tier).map((args) => new FuzzCall(mutation, actor, mode, args)));
}

function memoised<A, B, R>(build: (a: A, b: B) => R): (a: A, b: B) => R {
  const built = new Map<A, Map<B, R>>();
  return (a, b) => {
    const byB = built.get(a) ?? built.set(a, new Map()).get(a)!;
    return byB.get(b) ?? byB.set(b, build(a, b)).get(b)!;
  };
}

/** The result's id when it has one: enough to see the call succeed, without fields of its own that could fail. */
function selectionFor(mutation: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(mutation.type);
  if (isLeafType(type)) return '';
  return isObjectType(type) && type.getFields().id ? '{ __typename id }' : '{ __typename }';
}

/** `value` written as a GraphQL literal, enum values bare where `type` expects an enum. */
export function literal(value: unknown, type?: GraphQLInputType): string {
  const nullable = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return nullable && isEnumType(nullable) && NAME.test(value) ? value : stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const itemType = nullable && isListType(nullable) ? nullable.ofType : nullable;
    return `[${value.map((item) => literal(item, itemType)).join(', ')}]`;
  }
  const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${key}: ${literal(item, fields[key]?.type)}`);
  return `{${entries.join(', ')}}`;
}

/** A GraphQL string with every code unit outside printable ASCII escaped as \uXXXX. */
function stringLiteral(value: string): string {
  return `"${value.replace(/["\\]|[^\x20-\x7e]/g, (c) => (c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}"`;
}

const LONG = 120;

function shortenStrings(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.length > LONG ? `${[...value].slice(0, 40).join('')}…(${value.length} chars)` : value;
}
