import { MigrationInterface, QueryRunner } from 'typeorm';

export class Journals1795435444425 implements MigrationInterface {
  name = 'Journals1795435444425';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"journal_assignment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"module_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"title\" text NOT NULL, \"prompt\" text NOT NULL, \"due_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expected_minutes\" integer NOT NULL, \"rubric\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"chk_journal_assignment_expected_minutes\" CHECK (\"expected_minutes\" > 0), CONSTRAINT \"PK_f76bd0a5bc472864d1acc602229\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d4c6f1ea1542255d60c414ab2e\" ON \"journal_assignment\"  (\"module_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bb1e0777a6f447db3ca36165e5\" ON \"journal_assignment\"  (\"cohort_id\", \"due_at\") ");
    await queryRunner.query("CREATE TABLE \"journal_extension\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"assignment_id\" uuid NOT NULL, \"participant_id\" uuid NOT NULL, \"due_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"granted_by_id\" uuid NOT NULL, \"granted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_journal_extension_assignment_participant\" UNIQUE (\"assignment_id\", \"participant_id\"), CONSTRAINT \"PK_dd8dc6847762b7d49a26927c071\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"journal_submission_status\" AS ENUM('DRAFT', 'SUBMITTED', 'NEEDS_REVISION', 'SATISFACTORY')");
    await queryRunner.query("CREATE TABLE \"journal_submission\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"assignment_id\" uuid NOT NULL, \"participant_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"status\" \"public\".\"journal_submission_status\" NOT NULL, \"version\" integer NOT NULL DEFAULT '1', \"body\" text NOT NULL, \"first_submitted_at\" TIMESTAMP WITH TIME ZONE, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"late\" boolean NOT NULL DEFAULT false, \"score\" integer, \"feedback\" text, \"rubric_levels\" jsonb, \"graded_at\" TIMESTAMP WITH TIME ZONE, \"graded_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_journal_submission_assignment_participant\" UNIQUE (\"assignment_id\", \"participant_id\"), CONSTRAINT \"chk_journal_submission_version\" CHECK (\"version\" >= 1), CONSTRAINT \"chk_journal_submission_score\" CHECK (\"score\" BETWEEN 0 AND 100), CONSTRAINT \"PK_9b33bf034f802b0e77a623a88d6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ef727649506d226c3b08179efa\" ON \"journal_submission\"  (\"participant_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3bf6bd8c439b0f1cdb1e55a7c7\" ON \"journal_submission\"  (\"cohort_id\", \"status\", \"submitted_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"journal_outcome\" AS ENUM('SATISFACTORY', 'NEEDS_REVISION')");
    await queryRunner.query("CREATE TABLE \"journal_grade\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"submission_id\" uuid NOT NULL, \"grader_id\" uuid NOT NULL, \"outcome\" \"public\".\"journal_outcome\" NOT NULL, \"feedback\" text NOT NULL, \"score\" integer, \"rubric_levels\" jsonb, \"graded_version\" integer NOT NULL, \"graded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_427a17d4666f700446303ac7158\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_08564aa6f10a7973bbba1bb9c9\" ON \"journal_grade\"  (\"submission_id\") ");
    await queryRunner.query("CREATE TABLE \"journal_submission_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"submission_id\" uuid NOT NULL, \"attempt\" integer NOT NULL, \"version\" integer NOT NULL, \"body\" text NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"uq_journal_submission_version_attempt\" UNIQUE (\"submission_id\", \"attempt\"), CONSTRAINT \"PK_4d901f900f722e3478a7286e58e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"journal_assignment\" ADD CONSTRAINT \"FK_d4c6f1ea1542255d60c414ab2ef\" FOREIGN KEY (\"module_id\") REFERENCES \"course_module\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_assignment\" ADD CONSTRAINT \"FK_71133f184a1ee6a641d3a5b7f26\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_extension\" ADD CONSTRAINT \"FK_c8c674a94b81f92b24fc88eed68\" FOREIGN KEY (\"assignment_id\") REFERENCES \"journal_assignment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_extension\" ADD CONSTRAINT \"FK_0cb3c739c42c9c2892ccc9df308\" FOREIGN KEY (\"participant_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_extension\" ADD CONSTRAINT \"FK_3ca10309ff9f60a27497af92249\" FOREIGN KEY (\"granted_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_submission\" ADD CONSTRAINT \"FK_8237c0ad3637f693fafa5b3ff46\" FOREIGN KEY (\"assignment_id\") REFERENCES \"journal_assignment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_submission\" ADD CONSTRAINT \"FK_ef727649506d226c3b08179efab\" FOREIGN KEY (\"participant_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_submission\" ADD CONSTRAINT \"FK_37cdb79534d8b76c9509c33c056\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_submission\" ADD CONSTRAINT \"FK_6027c04798287d4f7b066900f26\" FOREIGN KEY (\"graded_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_grade\" ADD CONSTRAINT \"FK_08564aa6f10a7973bbba1bb9c9c\" FOREIGN KEY (\"submission_id\") REFERENCES \"journal_submission\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_grade\" ADD CONSTRAINT \"FK_cba0ea4f65c5d0d5883b136ebf9\" FOREIGN KEY (\"grader_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"journal_submission_version\" ADD CONSTRAINT \"FK_f881255609137976598e92ed436\" FOREIGN KEY (\"submission_id\") REFERENCES \"journal_submission\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"journal_submission_version\" DROP CONSTRAINT \"FK_f881255609137976598e92ed436\"");
    await queryRunner.query("ALTER TABLE \"journal_grade\" DROP CONSTRAINT \"FK_cba0ea4f65c5d0d5883b136ebf9\"");
    await queryRunner.query("ALTER TABLE \"journal_grade\" DROP CONSTRAINT \"FK_08564aa6f10a7973bbba1bb9c9c\"");
    await queryRunner.query("ALTER TABLE \"journal_submission\" DROP CONSTRAINT \"FK_6027c04798287d4f7b066900f26\"");
    await queryRunner.query("ALTER TABLE \"journal_submission\" DROP CONSTRAINT \"FK_37cdb79534d8b76c9509c33c056\"");
    await queryRunner.query("ALTER TABLE \"journal_submission\" DROP CONSTRAINT \"FK_ef727649506d226c3b08179efab\"");
    await queryRunner.query("ALTER TABLE \"journal_submission\" DROP CONSTRAINT \"FK_8237c0ad3637f693fafa5b3ff46\"");
    await queryRunner.query("ALTER TABLE \"journal_extension\" DROP CONSTRAINT \"FK_3ca10309ff9f60a27497af92249\"");
    await queryRunner.query("ALTER TABLE \"journal_extension\" DROP CONSTRAINT \"FK_0cb3c739c42c9c2892ccc9df308\"");
    await queryRunner.query("ALTER TABLE \"journal_extension\" DROP CONSTRAINT \"FK_c8c674a94b81f92b24fc88eed68\"");
    await queryRunner.query("ALTER TABLE \"journal_assignment\" DROP CONSTRAINT \"FK_71133f184a1ee6a641d3a5b7f26\"");
    await queryRunner.query("ALTER TABLE \"journal_assignment\" DROP CONSTRAINT \"FK_d4c6f1ea1542255d60c414ab2ef\"");
    await queryRunner.query("DROP TABLE \"journal_submission_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_08564aa6f10a7973bbba1bb9c9\"");
    await queryRunner.query("DROP TABLE \"journal_grade\"");
    await queryRunner.query("DROP TYPE \"public\".\"journal_outcome\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3bf6bd8c439b0f1cdb1e55a7c7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ef727649506d226c3b08179efa\"");
    await queryRunner.query("DROP TABLE \"journal_submission\"");
    await queryRunner.query("DROP TYPE \"public\".\"journal_submission_status\"");
    await queryRunner.query("DROP TABLE \"journal_extension\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bb1e0777a6f447db3ca36165e5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d4c6f1ea1542255d60c414ab2e\"");
    await queryRunner.query("DROP TABLE \"journal_assignment\"");
  }
}
