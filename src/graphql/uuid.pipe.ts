import { PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/domain-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Checks an `id: ID!` argument before it reaches SQL, naming the argument when it is not a UUID. */
export class UuidPipe implements PipeTransform<unknown, string | undefined> {
  constructor(private readonly field: string, private readonly optional = false) {}

  transform(value: unknown): string | undefined {
    if ((value === undefined || value === null) && this.optional) return undefined;
    if (!isUuid(value)) throw badInput(this.field, 'must be a UUID');
    // As PostgreSQL answers it, so comparisons with ids read back hold.
    return value.toLowerCase();
  }
}
