import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entities } from '../app.entities';
import { loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database-server';
import { JsonLogger } from '../logging/json-logger';

/**
 * `npm run migration:generate -- Name`: applies the existing migrations, compares the entities
 * with the database and writes the difference as a new migration (read and tidy it before committing).
 */
async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const server = await openDatabaseServer(loadConfig(), new JsonLogger('warn'));
  const dataSource = createDataSource(server.url, entities);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (!upQueries.length) {
      process.stdout.write('The entities match the migrations; nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const statement = (query: { query: string }) => `    await queryRunner.query(${JSON.stringify(query.query)});`;
    const source = [
      "import { MigrationInterface, QueryRunner } from 'typeorm';",
      '',
      `export class ${className} implements MigrationInterface {`,
      `  name = '${className}';`,
      '',
      '  async up(queryRunner: QueryRunner): Promise<void> {',
      ...upQueries.map(statement),
      '  }',
      '',
      '  async down(queryRunner: QueryRunner): Promise<void> {',
      ...downQueries.reverse().map(statement),
      '  }',
      '}',
      '',
    ].join('\n');
    const fileName = `${timestamp}-${name}`;
    const dir = join(__dirname, '..', '..', '..', 'migrations');
    writeFileSync(join(dir, `${fileName}.ts`), source);
    const indexFile = join(dir, 'index.ts');
    const index = readFileSync(indexFile, 'utf8')
      .replace(/(\n\/\*\*)/, `import { ${className} } from './${fileName}';\n$1`)
      .replace(/\];\s*$/, `, ${className}];\n`)
      .replace('[, ', '[');
    writeFileSync(indexFile, index);
    process.stdout.write(`Wrote migrations/${fileName}.ts\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
}

generate(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
