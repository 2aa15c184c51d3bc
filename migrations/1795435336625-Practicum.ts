import { MigrationInterface, QueryRunner } from 'typeorm';

export class Practicum1795435336625 implements MigrationInterface {
  name = 'Practicum1795435336625';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"practicum_setting_type\" AS ENUM('FAMILY_CHILD_CARE_HOME', 'CENTER', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"practicum_placement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"participant_id\" uuid NOT NULL, \"provider_code\" text NOT NULL, \"setting_type\" \"public\".\"practicum_setting_type\" NOT NULL, \"region\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_practicum_placement_participant_code\" UNIQUE (\"cohort_id\", \"participant_id\", \"provider_code\"), CONSTRAINT \"PK_5198cefa646783998d8028b29d3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6ace755443144a3aaedffc4a7b\" ON \"practicum_placement\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1503e269fc64f9e29b561f40b3\" ON \"practicum_placement\"  (\"participant_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"practicum_activity\" AS ENUM('OBSERVATION', 'REFLECTIVE_CONVERSATION', 'ACTION_PLANNING', 'FOLLOW_UP', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"practicum_entry_status\" AS ENUM('PENDING', 'APPROVED', 'CHANGES_REQUESTED')");
    await queryRunner.query("CREATE TABLE \"practicum_log_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"placement_id\" uuid NOT NULL, \"participant_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"date\" date NOT NULL, \"minutes\" integer NOT NULL, \"activity\" \"public\".\"practicum_activity\" NOT NULL, \"reflection\" text NOT NULL, \"status\" \"public\".\"practicum_entry_status\" NOT NULL DEFAULT 'PENDING', \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4403170ab6ad637601a7f90ab72\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fc24fc6fb1d69f4dabfa8c9858\" ON \"practicum_log_entry\"  (\"placement_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_574abfd76c406a01d0b31e2d5b\" ON \"practicum_log_entry\"  (\"cohort_id\", \"status\", \"submitted_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_abb9563e213f0b7b4edbdeedf5\" ON \"practicum_log_entry\"  (\"cohort_id\", \"participant_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"practicum_review_decision\" AS ENUM('APPROVED', 'CHANGES_REQUESTED')");
    await queryRunner.query("CREATE TABLE \"practicum_review\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"entry_id\" uuid NOT NULL, \"reviewer_id\" uuid NOT NULL, \"decision\" \"public\".\"practicum_review_decision\" NOT NULL, \"comment\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b9de801be3888930fa2a5e423fa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f7a953c8fb9e02548b51ae4bd4\" ON \"practicum_review\"  (\"entry_id\") ");
    await queryRunner.query("ALTER TABLE \"practicum_placement\" ADD CONSTRAINT \"FK_6ace755443144a3aaedffc4a7bd\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"practicum_placement\" ADD CONSTRAINT \"FK_1503e269fc64f9e29b561f40b3a\" FOREIGN KEY (\"participant_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" ADD CONSTRAINT \"FK_fc24fc6fb1d69f4dabfa8c9858b\" FOREIGN KEY (\"placement_id\") REFERENCES \"practicum_placement\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" ADD CONSTRAINT \"FK_111f8b4c4d9ba4b232830653811\" FOREIGN KEY (\"participant_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" ADD CONSTRAINT \"FK_f6c17a12f10497698fc688c6678\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"practicum_review\" ADD CONSTRAINT \"FK_f7a953c8fb9e02548b51ae4bd4d\" FOREIGN KEY (\"entry_id\") REFERENCES \"practicum_log_entry\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"practicum_review\" ADD CONSTRAINT \"FK_c2c1544fe57db448cd0610b93d9\" FOREIGN KEY (\"reviewer_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Backstops for the service's validation: a code, never a name; bounded minutes and text.
    await queryRunner.query("ALTER TABLE \"practicum_placement\" ADD CONSTRAINT \"chk_practicum_placement_provider_code\" CHECK (\"provider_code\" ~ '^[A-Z0-9-]{3,20}$')");
    await queryRunner.query("ALTER TABLE \"practicum_placement\" ADD CONSTRAINT \"chk_practicum_placement_region\" CHECK (char_length(\"region\") BETWEEN 1 AND 60)");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" ADD CONSTRAINT \"chk_practicum_log_entry_minutes\" CHECK (\"minutes\" BETWEEN 1 AND 720)");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" ADD CONSTRAINT \"chk_practicum_log_entry_reflection\" CHECK (char_length(\"reflection\") BETWEEN 1 AND 20000)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" DROP CONSTRAINT \"chk_practicum_log_entry_reflection\"");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" DROP CONSTRAINT \"chk_practicum_log_entry_minutes\"");
    await queryRunner.query("ALTER TABLE \"practicum_placement\" DROP CONSTRAINT \"chk_practicum_placement_region\"");
    await queryRunner.query("ALTER TABLE \"practicum_placement\" DROP CONSTRAINT \"chk_practicum_placement_provider_code\"");
    await queryRunner.query("ALTER TABLE \"practicum_review\" DROP CONSTRAINT \"FK_c2c1544fe57db448cd0610b93d9\"");
    await queryRunner.query("ALTER TABLE \"practicum_review\" DROP CONSTRAINT \"FK_f7a953c8fb9e02548b51ae4bd4d\"");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" DROP CONSTRAINT \"FK_f6c17a12f10497698fc688c6678\"");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" DROP CONSTRAINT \"FK_111f8b4c4d9ba4b232830653811\"");
    await queryRunner.query("ALTER TABLE \"practicum_log_entry\" DROP CONSTRAINT \"FK_fc24fc6fb1d69f4dabfa8c9858b\"");
    await queryRunner.query("ALTER TABLE \"practicum_placement\" DROP CONSTRAINT \"FK_1503e269fc64f9e29b561f40b3a\"");
    await queryRunner.query("ALTER TABLE \"practicum_placement\" DROP CONSTRAINT \"FK_6ace755443144a3aaedffc4a7bd\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f7a953c8fb9e02548b51ae4bd4\"");
    await queryRunner.query("DROP TABLE \"practicum_review\"");
    await queryRunner.query("DROP TYPE \"public\".\"practicum_review_decision\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_abb9563e213f0b7b4edbdeedf5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_574abfd76c406a01d0b31e2d5b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fc24fc6fb1d69f4dabfa8c9858\"");
    await queryRunner.query("DROP TABLE \"practicum_log_entry\"");
    await queryRunner.query("DROP TYPE \"public\".\"practicum_entry_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"practicum_activity\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1503e269fc64f9e29b561f40b3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6ace755443144a3aaedffc4a7b\"");
    await queryRunner.query("DROP TABLE \"practicum_placement\"");
    await queryRunner.query("DROP TYPE \"public\".\"practicum_setting_type\"");
  }
}
