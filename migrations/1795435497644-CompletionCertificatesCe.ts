import { MigrationInterface, QueryRunner } from 'typeorm';

export class CompletionCertificatesCe1795435497644 implements MigrationInterface {
  name = 'CompletionCertificatesCe1795435497644';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One Bitstring Status List of 131,072 entries: each certificate takes the next position, never reused.
    await queryRunner.query('CREATE SEQUENCE "certificate_status_list_index_seq" AS integer MINVALUE 0 MAXVALUE 131071 START 0 NO CYCLE');
    await queryRunner.query("CREATE TABLE \"ce_approval\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"board\" text NOT NULL, \"approval_number\" text NOT NULL, \"statement\" text, \"approved_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_ce_approval_cohort_board\" UNIQUE (\"cohort_id\", \"board\"), CONSTRAINT \"PK_f784e67ff9e433f74b82868937d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"certificate\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"code\" text NOT NULL, \"holder_name\" text NOT NULL, \"program_name\" text NOT NULL, \"cohort_name\" text NOT NULL, \"cohort_starts_on\" date NOT NULL, \"cohort_ends_on\" date NOT NULL, \"contact_minutes\" integer NOT NULL, \"ce_eligible_minutes\" integer NOT NULL, \"status_list_index\" integer NOT NULL, \"credential_jwt\" text NOT NULL, \"issued_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"issued_by_id\" uuid, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revocation_reason\" text, \"revoked_by_id\" uuid, CONSTRAINT \"UQ_9c263067e4ed9782c88b4b347e0\" UNIQUE (\"code\"), CONSTRAINT \"UQ_21bac26401cc8a454fab328b684\" UNIQUE (\"status_list_index\"), CONSTRAINT \"uq_certificate_cohort_user\" UNIQUE (\"cohort_id\", \"user_id\"), CONSTRAINT \"ck_certificate_minutes_not_negative\" CHECK (\"contact_minutes\" >= 0 AND \"ce_eligible_minutes\" >= 0), CONSTRAINT \"ck_certificate_revocation_has_reason\" CHECK ((\"revoked_at\" IS NULL) = (\"revocation_reason\" IS NULL)), CONSTRAINT \"PK_8daddfc65f59e341c2bbc9c9e43\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_88977bc339155e25ec30c68a9b\" ON \"certificate\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"ce_record\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"certificate_id\" uuid NOT NULL, \"approval_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"minutes\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_ce_record_certificate_approval\" UNIQUE (\"certificate_id\", \"approval_id\"), CONSTRAINT \"ck_ce_record_minutes_not_negative\" CHECK (\"minutes\" >= 0), CONSTRAINT \"PK_ac501f2beb3afc940d41011777f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_78731be1d9acc6ab339ee9cfe2\" ON \"ce_record\"  (\"approval_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b60e6983d3de05257ca5fd5c20\" ON \"ce_record\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"requirement_kind\" AS ENUM('FACULTY_SESSIONS_ATTENDED', 'COMMUNITY_SESSIONS_ATTENDED', 'JOURNALS_SATISFACTORY', 'PRACTICUM_MINUTES_APPROVED', 'REFLECTIVE_PRACTICE_MINUTES', 'TOTAL_CONTACT_MINUTES')");
    await queryRunner.query("CREATE TABLE \"completion_requirement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"kind\" \"public\".\"requirement_kind\" NOT NULL, \"threshold\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_completion_requirement_cohort_kind\" UNIQUE (\"cohort_id\", \"kind\"), CONSTRAINT \"ck_completion_requirement_threshold_positive\" CHECK (\"threshold\" > 0), CONSTRAINT \"PK_7b660a8ed9db46d2b5c00da9e42\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"ce_approval\" ADD CONSTRAINT \"FK_19a06fce736f6418c0211d157b3\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificate\" ADD CONSTRAINT \"FK_7053ca8ef008770e6d6ff237c09\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificate\" ADD CONSTRAINT \"FK_88977bc339155e25ec30c68a9b3\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ce_record\" ADD CONSTRAINT \"FK_76579d4e59b3ebd414b604f3d42\" FOREIGN KEY (\"certificate_id\") REFERENCES \"certificate\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ce_record\" ADD CONSTRAINT \"FK_78731be1d9acc6ab339ee9cfe25\" FOREIGN KEY (\"approval_id\") REFERENCES \"ce_approval\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"completion_requirement\" ADD CONSTRAINT \"FK_3437d42559c6915a01256a401e7\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"completion_requirement\" DROP CONSTRAINT \"FK_3437d42559c6915a01256a401e7\"");
    await queryRunner.query("ALTER TABLE \"ce_record\" DROP CONSTRAINT \"FK_78731be1d9acc6ab339ee9cfe25\"");
    await queryRunner.query("ALTER TABLE \"ce_record\" DROP CONSTRAINT \"FK_76579d4e59b3ebd414b604f3d42\"");
    await queryRunner.query("ALTER TABLE \"certificate\" DROP CONSTRAINT \"FK_88977bc339155e25ec30c68a9b3\"");
    await queryRunner.query("ALTER TABLE \"certificate\" DROP CONSTRAINT \"FK_7053ca8ef008770e6d6ff237c09\"");
    await queryRunner.query("ALTER TABLE \"ce_approval\" DROP CONSTRAINT \"FK_19a06fce736f6418c0211d157b3\"");
    await queryRunner.query("DROP TABLE \"completion_requirement\"");
    await queryRunner.query("DROP TYPE \"public\".\"requirement_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b60e6983d3de05257ca5fd5c20\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_78731be1d9acc6ab339ee9cfe2\"");
    await queryRunner.query("DROP TABLE \"ce_record\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_88977bc339155e25ec30c68a9b\"");
    await queryRunner.query("DROP TABLE \"certificate\"");
    await queryRunner.query("DROP TABLE \"ce_approval\"");
    await queryRunner.query('DROP SEQUENCE "certificate_status_list_index_seq"');
  }
}
