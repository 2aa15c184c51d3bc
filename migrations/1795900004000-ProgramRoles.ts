import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Program-scoped coordinators: a COORDINATOR of a program stands to its cohorts as an administrator
 * does, so the point checks (coordinates_cohort, coordinates_program) and the list filters that took
 * "the viewer is an administrator" (administers_cohort) answer alike for both.
 */
export class ProgramRoles1795900004000 implements MigrationInterface {
  name = 'ProgramRoles1795900004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."program_role_kind" AS ENUM('COORDINATOR')`);
    await queryRunner.query(`CREATE TABLE "program_role" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "program_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "role" "public"."program_role_kind" NOT NULL,
      "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "uq_program_role_program_user_role" UNIQUE ("program_id", "user_id", "role"),
      CONSTRAINT "PK_128731c6dec35d44ab75b5f8ef1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7ee60215c250aa9bae4b94a96f" ON "program_role" ("user_id")`);
    await queryRunner.query(`ALTER TABLE "program_role" ADD CONSTRAINT "FK_278a02e1f0d46729ef11b7506ac"
      FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_role" ADD CONSTRAINT "FK_7ee60215c250aa9bae4b94a96fc"
      FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const statement of FUNCTIONS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of PREVIOUS_FUNCTIONS) await queryRunner.query(statement);
    await queryRunner.query(`DROP FUNCTION administers_cohort(uuid, uuid, boolean)`);
    await queryRunner.query(`DROP FUNCTION coordinates_cohort(uuid, uuid)`);
    await queryRunner.query(`DROP FUNCTION coordinates_program(uuid, uuid)`);
    await queryRunner.query(`DROP TABLE "program_role"`);
    await queryRunner.query(`DROP TYPE "public"."program_role_kind"`);
  }
}

const FUNCTIONS = [
  `CREATE FUNCTION coordinates_program(p_program uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM program_role r WHERE r.program_id = p_program AND r.user_id = p_person AND r.role = 'COORDINATOR')
   $$`,
  `CREATE FUNCTION coordinates_cohort(p_cohort uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM cohort c JOIN program_role r ON r.program_id = c.program_id
                     WHERE c.id = p_cohort AND r.user_id = p_person AND r.role = 'COORDINATOR')
   $$`,
  // An administrator, or a coordinator of the cohort's program.
  `CREATE FUNCTION administers_cohort(p_cohort uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT p_viewer_is_admin OR coordinates_cohort(p_cohort, p_viewer)
   $$`,
  `CREATE OR REPLACE FUNCTION sees_session_as_staff(p_session uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT administers_cohort(s.cohort_id, p_viewer, p_viewer_is_admin) OR enrolled_as(s.cohort_id, p_viewer, ARRAY['FACULTY']) OR runs_session(s.id, p_viewer)
     FROM session s WHERE s.id = p_session
   $$`,
  `CREATE OR REPLACE FUNCTION sees_community(p_community uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT administers_cohort(c.cohort_id, p_viewer, p_viewer_is_admin) OR enrolled_as(c.cohort_id, p_viewer, ARRAY['FACULTY'])
        OR facilitates_community(c.id, p_viewer) OR is_community_member(c.id, p_viewer)
     FROM community c WHERE c.id = p_community
   $$`,
];

const PREVIOUS_FUNCTIONS = [
  `CREATE OR REPLACE FUNCTION sees_session_as_staff(p_session uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT p_viewer_is_admin OR enrolled_as(s.cohort_id, p_viewer, ARRAY['FACULTY']) OR runs_session(s.id, p_viewer)
     FROM session s WHERE s.id = p_session
   $$`,
  `CREATE OR REPLACE FUNCTION sees_community(p_community uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT p_viewer_is_admin OR enrolled_as(c.cohort_id, p_viewer, ARRAY['FACULTY'])
        OR facilitates_community(c.id, p_viewer) OR is_community_member(c.id, p_viewer)
     FROM community c WHERE c.id = p_community
   $$`,
];
