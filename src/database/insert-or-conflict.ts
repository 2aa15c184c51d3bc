import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ConflictError } from '../errors/domain-errors';

/**
 * One statement, INSERT … ON CONFLICT DO NOTHING RETURNING …: the inserted row's `returning`
 * columns (raw, snake_case), or CONFLICT with `conflictMessage` when a unique constraint already
 * holds such a row. Of concurrent callers exactly one inserts; the others get the CONFLICT, never
 * a unique-violation (23505) error, and the caller's transaction stays usable.
 */
export async function insertOrConflict<Entity extends ObjectLiteral, Row extends ObjectLiteral = { id: string }>(
  database: DataSource | EntityManager,
  entity: EntityTarget<Entity>,
  values: QueryDeepPartialEntity<Entity>,
  conflictMessage: string,
  returning: string | string[] = 'id',
): Promise<Row> {
  const inserted = await database.createQueryBuilder().insert().into(entity).values(values).orIgnore().returning(returning).execute();
  const row = (inserted.raw as Row[])[0];
  if (!row) throw new ConflictError(conflictMessage);
  return row;
}
