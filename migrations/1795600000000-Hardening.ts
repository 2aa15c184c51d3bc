import { MigrationInterface, QueryRunner } from 'typeorm';

export class Hardening1795600000000 implements MigrationInterface {
  name = 'Hardening1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A review names the version its reviewer read; every edit moves it on.
    await queryRunner.query(`ALTER TABLE "practicum_log_entry" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "practicum_log_entry" ADD CONSTRAINT "chk_practicum_log_entry_version" CHECK ("version" >= 1)`);
    // Rate-limit counters shared by every replica (rate-limiter-flexible's PostgreSQL layout).
    await queryRunner.query(`CREATE TABLE "rate_limit" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
    await queryRunner.query(`CREATE INDEX "idx_rate_limit_expire" ON "rate_limit" ("expire")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`ALTER TABLE "practicum_log_entry" DROP CONSTRAINT "chk_practicum_log_entry_version"`);
    await queryRunner.query(`ALTER TABLE "practicum_log_entry" DROP COLUMN "version"`);
  }
}
