import { EntityManager } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from '../programs/cohort.entity';

/** What the demo has created so far; each domain's step reads it and adds its own records. */
export interface DemoContext {
  manager: EntityManager;
  cohort: CohortEntity;
  coordinator: UserEntity;
  faculty: UserEntity[];
  facilitators: UserEntity[];
  participants: UserEntity[];
  /** The demo password's hash, for steps that add accounts of their own. */
  passwordHash: string;
}

/** One domain's share of the demo (an injectable in src/demo), run in order inside the demo transaction. */
export interface DemoStep {
  seed(context: DemoContext): Promise<void>;
}

/**
 * Every demo account signs in with one password, generated for each data directory and kept in
 * DATA_DIR/secrets/demo-password: a published one would open any demo that reached a real server.
 */
export const DEMO_PASSWORD_FILE = 'demo-password';
export const DEMO_EMAIL_DOMAIN = 'demo.iecmhc.example';
