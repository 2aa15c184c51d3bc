import { types } from 'pg';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { migrations } from '../../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { connectionFailure } from './sql-state';

// Calendar dates stay 'YYYY-MM-DD' strings; a JS Date would shift them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** Entity classes, listed explicitly (no globbing); the composition root (src/app.entities.ts) owns the list. */
export type EntityList = Function[];

/**
 * The one DataSource definition: the app, the tests and the migration scripts all build it here,
 * each passing the entity list of src/app.entities.ts.
 */
export function dataSourceOptions(url: string, entities: EntityList, logger?: Logger, slowQueryMs?: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    logger,
    maxQueryExecutionTime: slowQueryMs,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // An idle connection the server closed (a restart, a network cut) is dropped by the pool, and the
    // next request opens a new one; without a handler its 'error' event would end the process.
    poolErrorHandler: (error: unknown) => logger?.log('warn', `Idle database connection lost (${connectionFailure(error) ?? 'unexpected error'})`),
    // A stalled database fails new connections instead of holding requests forever; keep-alive
    // notices a connection whose peer vanished without closing it.
    extra: { max: 10, connectionTimeoutMillis: 10_000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 },
  };
}

export function createDataSource(url: string, entities: EntityList, logger?: Logger, slowQueryMs?: number): DataSource {
  return new DataSource(dataSourceOptions(url, entities, logger, slowQueryMs));
}
