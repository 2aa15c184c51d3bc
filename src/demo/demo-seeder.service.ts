import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, keptSecret, keptSecretFile } from '../config/app-config';
import { JsonLogger } from '../logging/json-logger';
import { ProgramEntity } from '../programs/program.entity';
import { BostonCourseSeed } from './boston-course.seed';
import { CertificatesSeed } from './certificates.seed';
import { CurriculumSeed } from './curriculum.seed';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD_FILE, DemoStep } from './demo-context';
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

/** Fills an empty database with the fictional demo program when DEMO_DATA allows it (see AppConfig.demoData). */
@Injectable()
export class DemoSeederService implements OnApplicationBootstrap {
  /** Each domain's demo records, in dependency order, after the people and the cohort; then the second program. */
  private readonly steps: DemoStep[];

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    curriculum: CurriculumSeed,
    practicum: PracticumSeed,
    journals: JournalsSeed,
    certificates: CertificatesSeed,
    bostonCourse: BostonCourseSeed,
  ) {
    this.steps = [curriculum, practicum, journals, certificates, bostonCourse];
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const password = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await manager.getRepository(ProgramEntity).exists()) return undefined;
      const generated = keptSecret(this.config.dataDir, DEMO_PASSWORD_FILE);
      const context = await seedPeopleAndCohort(manager, generated);
      for (const step of this.steps) await step.seed(context);
      return generated;
    });
    if (password) this.logger.info('Demo data created', { context: 'demo' });
    await this.printSignIns(password);
  }

  /**
   * For the person at the terminal, on stderr (stdout carries JSON log lines only, and never a
   * password): the demo accounts, with their password once, when they are created; later starts
   * say where it is kept.
   */
  private async printSignIns(password: string | undefined): Promise<void> {
    const people: SignIn[] = await this.dataSource.query(demoQueries.signIns, [`%@${DEMO_EMAIL_DOMAIN}`]);
    if (!people.length) return;
    const lines = people.map((person) => `  ${person.email.padEnd(42)} ${person.full_name.padEnd(22)} ${person.roles}`);
    const passwordFile = keptSecretFile(this.config.dataDir, DEMO_PASSWORD_FILE);
    const passwordLine = password
      ? `password for every demo account: ${password} (kept in ${passwordFile})`
      : `password for every demo account: in ${passwordFile}`;
    process.stderr.write(
      `\nDemo sign-ins (${passwordLine}):\n${lines.join('\n')}\n` +
        `Web app: http://localhost:${this.config.port}/\nGraphQL: http://localhost:${this.config.port}/graphql\n\n`,
    );
  }
}
