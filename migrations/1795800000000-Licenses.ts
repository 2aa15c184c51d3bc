import { MigrationInterface, QueryRunner } from 'typeorm';

/** Professional licences per person (what CE eligibility is decided by), and who besides the holder may see them. */
export class Licenses1795800000000 implements MigrationInterface {
  name = 'Licenses1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."license_status" AS ENUM ('ACTIVE', 'ASSOCIATE', 'INACTIVE')`);
    // Written and read through SQL only (licenses.queries.ts); the catalogue of types and states lives in code.
    await queryRunner.query(`CREATE TABLE "license" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "type" text NOT NULL,
      "state" char(2) NOT NULL,
      "number" text NOT NULL,
      "status" "public"."license_status" NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "uq_license_user_type_state" UNIQUE ("user_id", "type", "state"))`);
    // The viewer teaches (as faculty) a cohort the person is enrolled in, in any role.
    await queryRunner.query(`CREATE FUNCTION teaches_person(p_person uuid, p_viewer uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM enrollment teacher JOIN enrollment person ON person.cohort_id = teacher.cohort_id
                     WHERE teacher.user_id = p_viewer AND teacher.role = 'FACULTY' AND person.user_id = p_person)
    $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION teaches_person(uuid, uuid)`);
    await queryRunner.query(`DROP TABLE "license"`);
    await queryRunner.query(`DROP TYPE "public"."license_status"`);
  }
}
