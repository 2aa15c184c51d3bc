import { MigrationInterface, QueryRunner } from 'typeorm';

export class RequirementsOverKinds1795700001000 implements MigrationInterface {
  name = 'RequirementsOverKinds1795700001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."requirement_kind" ADD VALUE IF NOT EXISTS 'SESSIONS_ATTENDED'`);
    await queryRunner.query(`ALTER TYPE "public"."requirement_kind" ADD VALUE IF NOT EXISTS 'SESSION_MINUTES'`);
    // Requirements of one kind differ by the session kinds they count (empty: every kind).
    await queryRunner.query(`ALTER TABLE "completion_requirement" ADD "session_kinds" "public"."session_kind" array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "completion_requirement" ADD "label" text`);
    await queryRunner.query(`ALTER TABLE "completion_requirement" DROP CONSTRAINT "uq_completion_requirement_cohort_kind"`);
    await queryRunner.query(
      `ALTER TABLE "completion_requirement" ADD CONSTRAINT "uq_completion_requirement_cohort_kind_sessions" UNIQUE ("cohort_id", "kind", "session_kinds")`,
    );
    // Waivers are written and read through SQL only (completion.queries.ts).
    await queryRunner.query(`CREATE TABLE "requirement_waiver" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "cohort_id" uuid NOT NULL REFERENCES "cohort"("id") ON DELETE CASCADE,
      "requirement_id" uuid NOT NULL REFERENCES "completion_requirement"("id") ON DELETE CASCADE,
      "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "reason" text NOT NULL,
      "waived_by_id" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "uq_requirement_waiver_requirement_user" UNIQUE ("requirement_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_requirement_waiver_cohort_user" ON "requirement_waiver" ("cohort_id", "user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "requirement_waiver"`);
    await queryRunner.query(`DELETE FROM "completion_requirement" WHERE "kind" IN ('SESSIONS_ATTENDED', 'SESSION_MINUTES') OR "session_kinds" <> '{}'`);
    await queryRunner.query(`ALTER TABLE "completion_requirement" DROP CONSTRAINT "uq_completion_requirement_cohort_kind_sessions"`);
    await queryRunner.query(`ALTER TABLE "completion_requirement" ADD CONSTRAINT "uq_completion_requirement_cohort_kind" UNIQUE ("cohort_id", "kind")`);
    await queryRunner.query(`ALTER TABLE "completion_requirement" DROP COLUMN "label"`);
    await queryRunner.query(`ALTER TABLE "completion_requirement" DROP COLUMN "session_kinds"`);
    // PostgreSQL cannot drop enum values; SESSIONS_ATTENDED and SESSION_MINUTES stay unused.
  }
}
