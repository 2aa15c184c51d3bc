import { MigrationInterface, QueryRunner } from 'typeorm';

/** An enrolment is ACTIVE or WITHDRAWN (from a date, for a reason); a withdrawn one keeps every record. */
export class EnrollmentStatus1795900000000 implements MigrationInterface {
  name = 'EnrollmentStatus1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."enrollment_status" AS ENUM ('ACTIVE', 'WITHDRAWN')`);
    await queryRunner.query(`ALTER TABLE "enrollment"
      ADD "status" "public"."enrollment_status" NOT NULL DEFAULT 'ACTIVE',
      ADD "withdrawn_on" date,
      ADD "withdrawal_reason" text,
      ADD CONSTRAINT "ck_enrollment_withdrawal" CHECK (("status" = 'WITHDRAWN') = ("withdrawn_on" IS NOT NULL AND "withdrawal_reason" IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "ck_enrollment_withdrawal",
      DROP COLUMN "withdrawal_reason", DROP COLUMN "withdrawn_on", DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."enrollment_status"`);
  }
}
