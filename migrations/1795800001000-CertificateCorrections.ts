import { MigrationInterface, QueryRunner } from 'typeorm';

/** A revoked certificate stays on record while its holder is issued a new one: one valid certificate per cohort and holder. */
export class CertificateCorrections1795800001000 implements MigrationInterface {
  name = 'CertificateCorrections1795800001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "uq_certificate_cohort_user"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certificate_cohort_user_valid" ON "certificate" ("cohort_id", "user_id") WHERE "revoked_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Refused while a holder has a revoked certificate and its replacement.
    await queryRunner.query(`DROP INDEX "public"."uq_certificate_cohort_user_valid"`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "uq_certificate_cohort_user" UNIQUE ("cohort_id", "user_id")`);
  }
}
