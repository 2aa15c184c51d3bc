import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts over time: invited people have no password until they set one, deactivated ones keep
 * their records, and a version in every access token lets sign-out, password changes and
 * deactivation revoke the tokens already issued. One-time links (invitation, password reset) are
 * kept only as the sha256 of their token. The e-mail outbox lives in pg-boss's own schema, which
 * pg-boss creates and upgrades itself at start-up.
 */
export class Accounts1795900001000 implements MigrationInterface {
  name = 'Accounts1795900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deactivated_at" timestamptz`);
    // Written and read through SQL only (auth.queries.ts).
    await queryRunner.query(`CREATE TYPE "public"."one_time_token_purpose" AS ENUM ('INVITATION', 'PASSWORD_RESET')`);
    await queryRunner.query(`CREATE TABLE "one_time_token" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "purpose" "public"."one_time_token_purpose" NOT NULL,
      "token_hash" bytea NOT NULL UNIQUE,
      "expires_at" timestamptz NOT NULL,
      "used_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE INDEX "ix_one_time_token_user" ON "one_time_token" ("user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "one_time_token"`);
    await queryRunner.query(`DROP TYPE "public"."one_time_token_purpose"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
  }
}
