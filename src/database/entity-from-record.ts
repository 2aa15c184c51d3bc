import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

const isTimestamp = (column: ColumnMetadata) => column.type === Date || /timestamp/.test(String(column.type));

/**
 * An entity from a row that came back as JSON (`to_jsonb(row)`, keys are column names), so a
 * statement that already returned the row need not be followed by a second one to load it.
 */
export function entityFromRecord<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, record: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(entity);
  const instance = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in record)) continue;
    const value = record[column.databaseName];
    (instance as ObjectLiteral)[column.propertyName] = isTimestamp(column) && typeof value === 'string' ? new Date(value) : value;
  }
  return instance;
}
