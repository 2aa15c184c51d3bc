import { TestApp } from '../test-app';

/** The `extensions.code` of a GraphQL result's first error. */
export function errorCode(result: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Rows of `table` matching `where` (SQL, with `params` as $1, $2…), read straight from the suite's database. */
export async function countRows(app: TestApp, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await app.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0].n;
}
