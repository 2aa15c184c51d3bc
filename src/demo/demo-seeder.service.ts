import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JsonLogger } from '../logging/json-logger';
import { ProgramEntity } from '../programs/program.entity';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from './demo-context';
import { seedPeopleAndCohort } from './demo-people';
import { DEMO_STEPS } from './demo-steps';

const SEED_LOCK = 7_143_002;

/** Fills an empty database with the fictional demo program (unless DEMO_DATA=false). */
@Injectable()
export class DemoSeederService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await manager.getRepository(ProgramEntity).exists()) return false;
      const context = await seedPeopleAndCohort(manager);
      for (const step of DEMO_STEPS) await step(context);
      return true;
    });
    if (seeded) this.logger.info('Demo data created', { context: 'demo' });
    await this.printSignIns();
  }

  /** The demo accounts are fictional; showing their shared password is the point of the demo. */
  private async printSignIns(): Promise<void> {
    const people: { email: string; full_name: string; roles: string }[] = await this.dataSource.query(
      `SELECT u.email, u.full_name,
              concat_ws(', ', CASE WHEN u.is_admin THEN 'coordinator (admin)' END,
                        string_agg(DISTINCT lower(e.role::text), ', ')) AS roles
         FROM app_user u LEFT JOIN enrollment e ON e.user_id = u.id
        WHERE u.email LIKE $1
        GROUP BY u.id
        ORDER BY u.is_admin DESC, min(e.role) DESC, u.full_name`,
      [`%@${DEMO_EMAIL_DOMAIN}`],
    );
    if (!people.length) return;
    const lines = people.map((person) => `  ${person.email.padEnd(42)} ${person.full_name.padEnd(22)} ${person.roles}`);
    process.stdout.write(
      `\nDemo sign-ins (password for every demo account: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n` +
        `GraphQL: http://localhost:${this.config.port}/graphql\n\n`,
    );
  }
}
