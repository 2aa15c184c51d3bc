import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JsonLogger } from '../logging/json-logger';
import { ProgramEntity } from '../programs/program.entity';
import { CertificatesSeed } from './certificates.seed';
import { CurriculumSeed } from './curriculum.seed';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, DemoStep } from './demo-context';
import { seedPeopleAndCohort } from './demo-people';
import { demoQueries } from './demo.queries';
import { JournalsSeed } from './journals.seed';
import { PracticumSeed } from './practicum.seed';

const SEED_LOCK = 7_143_002;

interface SignIn {
  email: string;
  full_name: string;
  roles: string;
}

/** Fills an empty database with the fictional demo program (unless DEMO_DATA=false). */
@Injectable()
export class DemoSeederService implements OnApplicationBootstrap {
  /** Each domain's demo records, in dependency order, after the people and the cohort. */
  private readonly steps: DemoStep[];

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    curriculum: CurriculumSeed,
    practicum: PracticumSeed,
    journals: JournalsSeed,
    certificates: CertificatesSeed,
  ) {
    this.steps = [curriculum, practicum, journals, certificates];
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await manager.getRepository(ProgramEntity).exists()) return false;
      const context = await seedPeopleAndCohort(manager);
      for (const step of this.steps) await step.seed(context);
      return true;
    });
    if (seeded) this.logger.info('Demo data created', { context: 'demo' });
    await this.printSignIns();
  }

  /**
   * The demo accounts are fictional; showing their shared password is the point of the demo. For
   * the person at the terminal, on stderr: stdout carries JSON log lines only, and never a password.
   */
  private async printSignIns(): Promise<void> {
    const people: SignIn[] = await this.dataSource.query(demoQueries.signIns, [`%@${DEMO_EMAIL_DOMAIN}`]);
    if (!people.length) return;
    const lines = people.map((person) => `  ${person.email.padEnd(42)} ${person.full_name.padEnd(22)} ${person.roles}`);
    process.stderr.write(
      `\nDemo sign-ins (password for every demo account: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n` +
        `GraphQL: http://localhost:${this.config.port}/graphql\n\n`,
    );
  }
}
