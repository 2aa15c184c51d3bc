import fc from 'fast-check';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLScalarType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { RUBRIC } from '../factories';
import { EXTRA_KEYS, HOSTILE_DATE, HOSTILE_DATE_TIME, HOSTILE_INT, HOSTILE_TEXT, hostileIds, WRONG_TYPE } from './hostile-values';
import { FuzzWorld } from './world';

/** A field left out of its object (or an argument left out of the call). */
export const ABSENT = Symbol('absent');

type Weighted = { weight: number; arbitrary: fc.Arbitrary<unknown> };

/** fc.oneof over the choices that have any weight. */
function weighted(...choices: Weighted[]): fc.Arbitrary<unknown> {
  return fc.oneof(...choices.filter((choice) => choice.weight > 0));
}

const MAX_DEPTH = 4;
const CRITERION_KEYS = RUBRIC.criteria.map((criterion) => criterion.key);
const LEVEL_KEYS = [...new Set(RUBRIC.criteria.flatMap((criterion) => criterion.levels.map((level) => level.key)))];

/**
 * Values for the arguments of any operation, read from their GraphQL types: plausible ones (the
 * seeded records' ids, dates inside the cohort, enum values, sizes that fit) and, in `hostileShare`
 * percent of the places, hostile ones (see hostile-values.ts), missing fields, nulls and extra keys.
 * Field names only sharpen the plausible values (`cohortId` takes the cohort's id, `email` an
 * address); a field nobody anticipated still gets values of its type.
 */
export class InputValues {
  constructor(
    private readonly world: FuzzWorld,
    private readonly hostileShare: number,
  ) {}

  /** A value for the argument or field `name` of `type`, or ABSENT. */
  field(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
    const present = this.value(type, name, depth);
    const left = Math.ceil(this.hostileShare / 4);
    return weighted(
      { weight: 100 - left, arbitrary: isNonNullType(type) ? present : fc.oneof(present, fc.constant(ABSENT)) },
      { weight: left, arbitrary: fc.constant(ABSENT) },
    );
  }

  /** A value the field `name` of `type` should refuse: of the wrong shape, size or content. */
  hostile(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) return this.hostileList(nullable.ofType, name, depth);
    if (isInputObjectType(nullable)) return WRONG_TYPE;
    return fc.oneof({ weight: 3, arbitrary: this.hostileLeaf(nullable) }, { weight: 1, arbitrary: WRONG_TYPE });
  }

  private value(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) return this.either(fc.array(this.value(nullable.ofType, name, depth), { minLength: 1, maxLength: 3 }), this.hostile(type, name, depth));
    // An input type that contains itself ends in null rather than recursing for ever.
    if (isInputObjectType(nullable)) return depth > MAX_DEPTH ? fc.constant(null) : this.either(this.object(nullable, depth + 1), this.hostile(type, name, depth));
    return this.either(this.plausibleLeaf(nullable, name), this.hostile(type, name, depth));
  }

  private either(plausible: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    return weighted({ weight: 100 - this.hostileShare, arbitrary: plausible }, { weight: this.hostileShare, arbitrary: hostile });
  }

  private hostileList(itemType: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
    const item = this.value(itemType, name, depth);
    // Long lists and duplicates of plausible items: long lists of hostile ones would only outgrow the request size limit.
    const plausibleItem = new InputValues(this.world, 0).value(itemType, name, depth);
    return fc.oneof(
      item,
      fc.constant([null]),
      fc.array(plausibleItem, { minLength: 300, maxLength: 300 }),
      plausibleItem.map((one) => [one, one]),
      // The same id twice, once in capitals: one UUID to PostgreSQL, two strings to JavaScript.
      plausibleItem.map((one) => [one, typeof one === 'string' ? one.toUpperCase() : one]),
      WRONG_TYPE,
    );
  }

  private object(type: GraphQLInputObjectType, depth: number): fc.Arbitrary<unknown> {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of Object.values(type.getFields())) fields[field.name] = this.field(field.type, field.name, depth);
    const extra = weighted(
      { weight: 100 - Math.ceil(this.hostileShare / 4), arbitrary: fc.constant(undefined) },
      { weight: Math.ceil(this.hostileShare / 4), arbitrary: fc.tuple(EXTRA_KEYS, WRONG_TYPE) },
    );
    return fc.tuple(fc.record(fields), extra).map(([values, extraField]) => {
      const present = Object.entries(values).filter(([, value]) => value !== ABSENT);
      if (extraField) present.push(extraField as [string, unknown]);
      return Object.fromEntries(present);
    });
  }

  private plausibleLeaf(type: GraphQLScalarType | GraphQLEnumType, name: string): fc.Arbitrary<unknown> {
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
    switch (type.name) {
      case 'ID':
        return fc.constantFrom(...this.idsFor(name));
      case 'Int':
        return plausibleInt(name);
      case 'Float':
        return fc.double({ min: 0, max: 1000, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return this.dayInCohort().chain((day) => fc.constantFrom(day.toISOString(), `${day.toISOString().slice(0, 19)}-07:00`));
      case 'Date':
        return this.dayInCohort().map((day) => day.toISOString().slice(0, 10));
      default:
        return this.plausibleText(name);
    }
  }

  private hostileLeaf(type: GraphQLScalarType | GraphQLEnumType): fc.Arbitrary<unknown> {
    if (isEnumType(type)) {
      const value = fc.constantFrom(...type.getValues().map((enumValue) => enumValue.name));
      return fc.oneof(value.map((name) => name.toLowerCase()), value.map((name) => `${name}\u0000`), fc.constantFrom('', 'UNKNOWN', 0), HOSTILE_TEXT);
    }
    switch (type.name) {
      case 'ID':
        return hostileIds(this.world.allIds);
      case 'Int':
      case 'Float':
        return HOSTILE_INT;
      case 'Boolean':
        return fc.constantFrom('true', 'false', 1, 0, 'yes');
      case 'DateTime':
        return HOSTILE_DATE_TIME;
      case 'Date':
        return HOSTILE_DATE;
      default:
        return HOSTILE_TEXT;
    }
  }

  /** The seeded ids of the kind a field names (`facilitatorIds` → people), or every seeded id. */
  private idsFor(name: string): string[] {
    return this.world.idsByStem[name.replace(/Ids?$/, '')] ?? this.world.allIds;
  }

  private dayInCohort(): fc.Arbitrary<Date> {
    return fc.date({ min: new Date(`${this.world.cohortStartsOn}T00:00:00Z`), max: new Date(`${this.world.cohortEndsOn}T23:59:00Z`), noInvalidDate: true });
  }

  private plausibleText(name: string): fc.Arbitrary<string> {
    if (/email/i.test(name)) return fc.oneof(fc.constantFrom(...this.world.emails), fc.nat().map((n) => `fuzz.${n}@test.iecmhc.example`));
    if (/password/i.test(name)) return fc.constantFrom(...this.world.passwords, 'another-long-enough-password');
    if (/providerCode/i.test(name)) return fc.integer({ min: 0, max: 9999 }).map((n) => `FCC-${String(n).padStart(4, '0')}`);
    if (name === 'criterion' || name === 'key') return fc.oneof(fc.constantFrom(...CRITERION_KEYS, ...LEVEL_KEYS), fc.stringMatching(/^[a-z][a-z-]{0,20}$/));
    if (name === 'level') return fc.constantFrom(...LEVEL_KEYS);
    if (/zone/i.test(name)) return fc.constantFrom('UTC', 'America/Los_Angeles', 'Europe/Berlin');
    if (/time$/i.test(name)) return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    return fc.oneof(fc.lorem({ maxCount: 8 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }));
  }
}

function plausibleInt(name: string): fc.Arbitrary<number> {
  if (name === 'version') return fc.integer({ min: 1, max: 3 });
  if (name === 'score') return fc.integer({ min: 0, max: 100 });
  if (/minutes/i.test(name)) return fc.integer({ min: 1, max: 240 });
  if (/percent/i.test(name)) return fc.integer({ min: 1, max: 100 });
  if (/position|threshold|points/i.test(name)) return fc.integer({ min: 1, max: 10 });
  return fc.integer({ min: 1, max: 100 });
}
