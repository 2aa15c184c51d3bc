import { MigrationInterface, QueryRunner } from 'typeorm';

export class CurriculumAttendanceCommunities1795434991348 implements MigrationInterface {
  name = 'CurriculumAttendanceCommunities1795434991348';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"community\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"name\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cae794115a383328e8923de4193\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_649d9c09aedbeea4d2488a6de9\" ON \"community\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE TABLE \"course_module\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"title\" text NOT NULL, \"position\" integer NOT NULL, \"description\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9d04c56010223c5997cc71093b4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_559cb7408d314f358e5d3cfc7f\" ON \"course_module\"  (\"cohort_id\", \"position\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"session_kind\" AS ENUM('FACULTY_SEMINAR', 'COMMUNITY_OF_PRACTICE', 'RETREAT', 'REFLECTIVE_PRACTICE', 'REFLECTIVE_SUPERVISION', 'CIRCLE_OF_SECURITY', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"module_id\" uuid, \"community_id\" uuid, \"kind\" \"public\".\"session_kind\" NOT NULL, \"title\" text NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"duration_minutes\" integer NOT NULL, \"ce_eligible\" boolean NOT NULL DEFAULT false, \"leader_id\" uuid, \"cancelled_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f55da76ac1c3ac420f444d2ff11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b12e3edc628ae6020e255f4404\" ON \"session\"  (\"module_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_611aa7b483c0d4733abadf25ef\" ON \"session\"  (\"community_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5921480abc502897f825c3de7b\" ON \"session\"  (\"cohort_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"attendance_status\" AS ENUM('PRESENT', 'ABSENT', 'EXCUSED')");
    await queryRunner.query("CREATE TABLE \"attendance\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"status\" \"public\".\"attendance_status\" NOT NULL, \"minutes_attended\" integer NOT NULL, \"recorded_by_id\" uuid, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_attendance_session_user\" UNIQUE (\"session_id\", \"user_id\"), CONSTRAINT \"PK_ee0ffe42c1f1a01e72b725c0cb2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0bedbcc8d5f9b9ec4979f51959\" ON \"attendance\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_id\" uuid, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" uuid NOT NULL, \"cohort_id\" uuid, \"before\" jsonb, \"after\" jsonb, CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_806add0204f192a9f867d0515c\" ON \"audit_event\"  (\"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6edd9a309abbb8eab41a93fe32\" ON \"audit_event\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c0ea392536b5c4cba7012b6f7b\" ON \"audit_event\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"community_facilitator\" (\"community_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, CONSTRAINT \"PK_b300f64a869e081f09405b3e4e2\" PRIMARY KEY (\"community_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1011b1a9951ac3f1d7b070407f\" ON \"community_facilitator\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"community_member\" (\"community_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_community_member_cohort_user\" UNIQUE (\"cohort_id\", \"user_id\"), CONSTRAINT \"PK_9238d695497aa6efbfd32d59021\" PRIMARY KEY (\"community_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_19dae001de25389fab4c6a5822\" ON \"community_member\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE TABLE \"session_note\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6bd25def23415066440a308a308\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_04c4864421d801806756cc949c\" ON \"session_note\"  (\"session_id\") ");
    await queryRunner.query("CREATE TABLE \"session_invitee\" (\"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, CONSTRAINT \"PK_9c492e76ef08fa9c5f60defb431\" PRIMARY KEY (\"session_id\", \"user_id\"))");
    await queryRunner.query("ALTER TABLE \"community\" ADD CONSTRAINT \"FK_649d9c09aedbeea4d2488a6de9a\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"course_module\" ADD CONSTRAINT \"FK_0970d27d2dee976803014179de2\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_eee03d824c14a2a9c9c566ccb16\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_b12e3edc628ae6020e255f44040\" FOREIGN KEY (\"module_id\") REFERENCES \"course_module\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_611aa7b483c0d4733abadf25eff\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_af543542fa2821307a1102594b5\" FOREIGN KEY (\"leader_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attendance\" ADD CONSTRAINT \"FK_5940f7beb6d791a618dbf88361e\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attendance\" ADD CONSTRAINT \"FK_0bedbcc8d5f9b9ec4979f519597\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attendance\" ADD CONSTRAINT \"FK_17bb15a4c1188987b0e9d7bc33b\" FOREIGN KEY (\"recorded_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_facilitator\" ADD CONSTRAINT \"FK_07397c0f419b1a600418dc2d9ca\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_facilitator\" ADD CONSTRAINT \"FK_1011b1a9951ac3f1d7b070407f8\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_member\" ADD CONSTRAINT \"FK_28ea05dbf1fb98a4d19aa7f7cc6\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_member\" ADD CONSTRAINT \"FK_2a353679a02e7b49bb1c16c6683\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_note\" ADD CONSTRAINT \"FK_04c4864421d801806756cc949c8\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_note\" ADD CONSTRAINT \"FK_2ac2cfdb8bb291813b61f6b322a\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_invitee\" ADD CONSTRAINT \"FK_28b6f191df29fecfdbb8fd52978\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_invitee\" ADD CONSTRAINT \"FK_8574fb7a8b062cf1e22b32703c2\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // The audit trail is append-only: the database itself refuses to change or remove a row.
    await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query("CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON \"audit_event\" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()");
    await queryRunner.query("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON \"audit_event\" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_no_truncate ON "audit_event"');
    await queryRunner.query('DROP TRIGGER audit_event_no_update_or_delete ON "audit_event"');
    await queryRunner.query('DROP FUNCTION audit_event_is_append_only()');
    await queryRunner.query("ALTER TABLE \"session_invitee\" DROP CONSTRAINT \"FK_8574fb7a8b062cf1e22b32703c2\"");
    await queryRunner.query("ALTER TABLE \"session_invitee\" DROP CONSTRAINT \"FK_28b6f191df29fecfdbb8fd52978\"");
    await queryRunner.query("ALTER TABLE \"session_note\" DROP CONSTRAINT \"FK_2ac2cfdb8bb291813b61f6b322a\"");
    await queryRunner.query("ALTER TABLE \"session_note\" DROP CONSTRAINT \"FK_04c4864421d801806756cc949c8\"");
    await queryRunner.query("ALTER TABLE \"community_member\" DROP CONSTRAINT \"FK_2a353679a02e7b49bb1c16c6683\"");
    await queryRunner.query("ALTER TABLE \"community_member\" DROP CONSTRAINT \"FK_28ea05dbf1fb98a4d19aa7f7cc6\"");
    await queryRunner.query("ALTER TABLE \"community_facilitator\" DROP CONSTRAINT \"FK_1011b1a9951ac3f1d7b070407f8\"");
    await queryRunner.query("ALTER TABLE \"community_facilitator\" DROP CONSTRAINT \"FK_07397c0f419b1a600418dc2d9ca\"");
    await queryRunner.query("ALTER TABLE \"attendance\" DROP CONSTRAINT \"FK_17bb15a4c1188987b0e9d7bc33b\"");
    await queryRunner.query("ALTER TABLE \"attendance\" DROP CONSTRAINT \"FK_0bedbcc8d5f9b9ec4979f519597\"");
    await queryRunner.query("ALTER TABLE \"attendance\" DROP CONSTRAINT \"FK_5940f7beb6d791a618dbf88361e\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_af543542fa2821307a1102594b5\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_611aa7b483c0d4733abadf25eff\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_b12e3edc628ae6020e255f44040\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_eee03d824c14a2a9c9c566ccb16\"");
    await queryRunner.query("ALTER TABLE \"course_module\" DROP CONSTRAINT \"FK_0970d27d2dee976803014179de2\"");
    await queryRunner.query("ALTER TABLE \"community\" DROP CONSTRAINT \"FK_649d9c09aedbeea4d2488a6de9a\"");
    await queryRunner.query("DROP TABLE \"session_invitee\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_04c4864421d801806756cc949c\"");
    await queryRunner.query("DROP TABLE \"session_note\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_19dae001de25389fab4c6a5822\"");
    await queryRunner.query("DROP TABLE \"community_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1011b1a9951ac3f1d7b070407f\"");
    await queryRunner.query("DROP TABLE \"community_facilitator\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c0ea392536b5c4cba7012b6f7b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6edd9a309abbb8eab41a93fe32\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_806add0204f192a9f867d0515c\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0bedbcc8d5f9b9ec4979f51959\"");
    await queryRunner.query("DROP TABLE \"attendance\"");
    await queryRunner.query("DROP TYPE \"public\".\"attendance_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5921480abc502897f825c3de7b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_611aa7b483c0d4733abadf25ef\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b12e3edc628ae6020e255f4404\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP TYPE \"public\".\"session_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_559cb7408d314f358e5d3cfc7f\"");
    await queryRunner.query("DROP TABLE \"course_module\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_649d9c09aedbeea4d2488a6de9\"");
    await queryRunner.query("DROP TABLE \"community\"");
  }
}
