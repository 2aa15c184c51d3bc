import { Pool } from 'pg';

/** Each data table's row count and a digest of its rows. */
export type Fingerprint = Record<string, string>;

/** Tables whose rows no request should change unless it succeeds: all but the rate limiter's counters and the migrations log. */
async function dataTables(db: Pool): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limit', 'migrations')
     ORDER BY table_name`,
  );
  return rows.map((row: { table_name: string }) => row.table_name);
}

/** A function that fingerprints every data table in one statement, so a refused call is seen to have written, changed and deleted nothing. */
export async function fingerprinter(db: Pool): Promise<() => Promise<Fingerprint>> {
  const tables = await dataTables(db);
  const sql = tables
    .map((table) => `SELECT '${table}' AS name, count(*) || ':' || md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS print FROM "${table}" t`)
    .join(' UNION ALL ');
  return async () => {
    const { rows } = await db.query(sql);
    return Object.fromEntries(rows.map((row: { name: string; print: string }) => [row.name, row.print]));
  };
}

export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
