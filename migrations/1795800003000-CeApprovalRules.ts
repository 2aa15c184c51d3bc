import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CE the way boards define it: an approval names the licence types (and states) it covers and its
 * rules; a record names the licence it was earned under and may exist without a certificate
 * (approvals that award per attended hour). One record per approval and person: a reissued
 * certificate takes the record over.
 */
export class CeApprovalRules1795800003000 implements MigrationInterface {
  name = 'CeApprovalRules1795800003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."ce_approval_unit_enum" AS ENUM ('HOURS', 'CEUS')`);
    await queryRunner.query(`ALTER TABLE "ce_approval" DROP CONSTRAINT "uq_ce_approval_cohort_board"`);
    // Approvals from before licences cover nobody until an admin names their licence types.
    await queryRunner.query(`ALTER TABLE "ce_approval"
      ADD "license_types" text array NOT NULL DEFAULT '{}',
      ADD "license_states" text array,
      ADD "requires_completion" boolean NOT NULL DEFAULT true,
      ADD "partial_credit" boolean NOT NULL DEFAULT true,
      ADD "increment_minutes" integer NOT NULL DEFAULT 15,
      ADD "unit" "public"."ce_approval_unit_enum" NOT NULL DEFAULT 'HOURS',
      ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      ADD CONSTRAINT "uq_ce_approval_cohort_board_number" UNIQUE ("cohort_id", "board", "approval_number"),
      ADD CONSTRAINT "ck_ce_approval_increment_divides_hour" CHECK ("increment_minutes" > 0 AND 60 % "increment_minutes" = 0)`);

    // A certificate reissued before this kept a record per certificate: the newest stays.
    await queryRunner.query(`DELETE FROM "ce_record" r USING "ce_record" newer
      WHERE newer.approval_id = r.approval_id AND newer.user_id = r.user_id
        AND (newer.created_at, newer.id) > (r.created_at, r.id)`);
    await queryRunner.query(`ALTER TABLE "ce_record" DROP CONSTRAINT "uq_ce_record_certificate_approval"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_78731be1d9acc6ab339ee9cfe2"`);
    // Records from before licences name none.
    await queryRunner.query(`ALTER TABLE "ce_record"
      ALTER COLUMN "certificate_id" DROP NOT NULL,
      ADD "license_type" text,
      ADD "license_state" text,
      ADD "license_number" text,
      ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      ADD CONSTRAINT "uq_ce_record_approval_user" UNIQUE ("approval_id", "user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Refused while records without a certificate exist.
    await queryRunner.query(`ALTER TABLE "ce_record" DROP CONSTRAINT "uq_ce_record_approval_user",
      DROP COLUMN "updated_at", DROP COLUMN "license_number", DROP COLUMN "license_state", DROP COLUMN "license_type",
      ALTER COLUMN "certificate_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_78731be1d9acc6ab339ee9cfe2" ON "ce_record" ("approval_id")`);
    await queryRunner.query(`ALTER TABLE "ce_record" ADD CONSTRAINT "uq_ce_record_certificate_approval" UNIQUE ("certificate_id", "approval_id")`);
    // Refused while a board holds several approvals of one cohort.
    await queryRunner.query(`ALTER TABLE "ce_approval" DROP CONSTRAINT "ck_ce_approval_increment_divides_hour",
      DROP CONSTRAINT "uq_ce_approval_cohort_board_number", DROP COLUMN "updated_at", DROP COLUMN "unit",
      DROP COLUMN "increment_minutes", DROP COLUMN "partial_credit", DROP COLUMN "requires_completion",
      DROP COLUMN "license_states", DROP COLUMN "license_types"`);
    await queryRunner.query(`ALTER TABLE "ce_approval" ADD CONSTRAINT "uq_ce_approval_cohort_board" UNIQUE ("cohort_id", "board")`);
    await queryRunner.query(`DROP TYPE "public"."ce_approval_unit_enum"`);
  }
}
