import 'reflect-metadata';
import { entities } from '../app.entities';
import { createDataSource } from '../database/data-source';

/**
 * `npm run migration:check`: applies the migrations to DATABASE_URL and exits 1 when the entities
 * still differ from the resulting schema (a migration is missing).
 */
async function check(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const dataSource = createDataSource(url, entities);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length) {
      process.stdout.write(`The entities need ${upQueries.length} schema change(s) no migration makes:\n`);
      for (const { query } of upQueries) process.stdout.write(`  ${query}\n`);
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
  }
}

check().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
