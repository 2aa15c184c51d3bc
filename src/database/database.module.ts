import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createDataSource, EntityList } from './data-source';
import { PreparedStatements } from './prepared-statements';
import { QueryCounter } from './query-counter';
import { Transactions } from './transactions';

const MIGRATION_LOCK = 7_143_001;

/** Replicas starting together must not apply the same migration twice. */
async function migrateUnderLock(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await runner.release();
  }
}

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Connects to `url` with these entities and applies pending migrations before anything else starts. */
  static forRoot(url: string, entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        QueryCounter,
        Transactions,
        PreparedStatements,
        {
          provide: DataSource,
          inject: [QueryCounter, AppConfig],
          useFactory: async (counter: QueryCounter, config: AppConfig) => {
            const dataSource = createDataSource(url, entities, counter, config.slowQueryMs);
            await dataSource.initialize();
            await migrateUnderLock(dataSource);
            return dataSource;
          },
        },
      ],
      exports: [DataSource, QueryCounter, Transactions, PreparedStatements],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
