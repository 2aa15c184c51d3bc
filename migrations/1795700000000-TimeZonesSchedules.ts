import { MigrationInterface, QueryRunner } from 'typeorm';

export class TimeZonesSchedules1795700000000 implements MigrationInterface {
  name = 'TimeZonesSchedules1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Sessions are set in local wall time; the zone says which instant that is.
    await queryRunner.query(`ALTER TABLE "program" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(`ALTER TABLE "cohort" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(`ALTER TABLE "cohort" ADD "minimum_attendance_percent" integer NOT NULL DEFAULT 80`);
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "chk_cohort_minimum_attendance_percent" CHECK ("minimum_attendance_percent" BETWEEN 1 AND 100)`,
    );
    await queryRunner.query(`CREATE TYPE "public"."session_modality" AS ENUM('ONLINE', 'IN_PERSON', 'HYBRID')`);
    await queryRunner.query(`ALTER TABLE "session" ADD "optional" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "session" ADD "modality" "public"."session_modality"`);
    await queryRunner.query(`ALTER TABLE "session" ADD "location" text`);
    await queryRunner.query(`ALTER TABLE "session" ADD "join_url" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "join_url"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "location"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "modality"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "optional"`);
    await queryRunner.query(`DROP TYPE "public"."session_modality"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "chk_cohort_minimum_attendance_percent"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP COLUMN "minimum_attendance_percent"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "time_zone"`);
  }
}
