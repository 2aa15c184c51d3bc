import { MigrationInterface, QueryRunner } from 'typeorm';

/** Its own migration: PostgreSQL lets a new enum value be used only once the transaction adding it has committed. */
export class MadeUpAttendance1795700002000 implements MigrationInterface {
  name = 'MadeUpAttendance1795700002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."attendance_status" ADD VALUE IF NOT EXISTS 'MADE_UP'`);
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop enum values; AttendanceCredit's down refuses while MADE_UP rows exist.
  }
}
