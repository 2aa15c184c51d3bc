import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
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
    const users = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('user.email LIKE :domain', { domain: `%@${DEMO_EMAIL_DOMAIN}` })
      .orderBy('user.is_admin', 'DESC')
      .addOrderBy('user.created_at')
      .getMany();
    if (!users.length) return;
    const lines = users.map((user) => `  ${user.email.padEnd(42)} ${user.fullName}${user.isAdmin ? ' (coordinator, admin)' : ''}`);
    process.stdout.write(
      `\nDemo sign-ins (password for every demo account: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n` +
        `GraphQL: http://localhost:${this.config.port}/graphql\n\n`,
    );
  }
}
