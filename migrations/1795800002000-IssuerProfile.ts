import { MigrationInterface, QueryRunner } from 'typeorm';

const PROFILE_COLUMNS = ['issuer_name', 'issuer_url', 'issuer_email', 'signatory_name', 'signatory_title', 'certificate_title'];

/**
 * Programs name who issues their certificates; each certificate keeps the profile it was issued
 * with. Certificates issued before named the deployment's default issuer, so they get it.
 */
export class IssuerProfile1795800002000 implements MigrationInterface {
  name = 'IssuerProfile1795800002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const add = PROFILE_COLUMNS.map((column) => `ADD "${column}" text`).join(', ');
    await queryRunner.query(`ALTER TABLE "program" ${add}`);
    await queryRunner.query(`ALTER TABLE "certificate" ${add}`);
    await queryRunner.query(
      `UPDATE "certificate" SET "issuer_name" = 'IECMHC Consultant Training', "certificate_title" = 'Certificate of Completion'`,
    );
    await queryRunner.query(`ALTER TABLE "certificate" ALTER "issuer_name" SET NOT NULL, ALTER "certificate_title" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const drop = PROFILE_COLUMNS.map((column) => `DROP "${column}"`).join(', ');
    await queryRunner.query(`ALTER TABLE "certificate" ${drop}`);
    await queryRunner.query(`ALTER TABLE "program" ${drop}`);
  }
}
