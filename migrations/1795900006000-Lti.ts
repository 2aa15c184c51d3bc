import { MigrationInterface, QueryRunner } from 'typeorm';

/** LTI 1.3: platforms, course links, people by platform id, launches, gradebook columns, the score outbox and the tool's keys. */
export class Lti1795900006000 implements MigrationInterface {
  name = 'Lti1795900006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"lti_platform\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"issuer\" text NOT NULL, \"client_id\" text NOT NULL, \"deployment_ids\" text array NOT NULL, \"auth_login_url\" text NOT NULL, \"access_token_url\" text NOT NULL, \"jwks_url\" text NOT NULL, \"frame_origins\" text array NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_lti_platform_issuer_client\" UNIQUE (\"issuer\", \"client_id\"), CONSTRAINT \"PK_366bdc87bf7611fbda944dc3c40\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"lti_account\" (\"platform_id\" uuid NOT NULL, \"subject\" text NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_13722590dc0b6702d4120c77a4f\" PRIMARY KEY (\"platform_id\", \"subject\"))");
    await queryRunner.query("CREATE INDEX \"IDX_15b5228835c6d3d5994363f233\" ON \"lti_account\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"lti_context_link\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"platform_id\" uuid NOT NULL, \"context_id\" text NOT NULL, \"cohort_id\" uuid NOT NULL, \"context_title\" text, \"memberships_url\" text, \"last_synced_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_lti_context_link_context\" UNIQUE (\"platform_id\", \"context_id\"), CONSTRAINT \"PK_c6ff23d723f405bc1b41ff028c6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_02eb59be191a2c3381327f0e2a\" ON \"lti_context_link\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE TABLE \"lti_launch\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"state_hash\" text NOT NULL, \"browser_hash\" text NOT NULL, \"nonce\" text NOT NULL, \"platform_id\" uuid NOT NULL, \"storage_target\" text, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"launched_at\" TIMESTAMP WITH TIME ZONE, \"user_id\" uuid, \"deep_link\" jsonb, \"deep_linked_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_e86203ed0b89ba4eb8d4d4db7ca\" UNIQUE (\"state_hash\"), CONSTRAINT \"PK_01f9b48f15a3c3d8b76e9a7e419\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"lti_line_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"context_link_id\" uuid NOT NULL, \"journal_assignment_id\" uuid NOT NULL, \"url\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_lti_line_item_url\" UNIQUE (\"context_link_id\", \"url\"), CONSTRAINT \"PK_c16dde2083948cd8679a1c69d74\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b9848b86539654605b71ad52cd\" ON \"lti_line_item\"  (\"journal_assignment_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"lti_score_post_status\" AS ENUM('PENDING', 'SENT', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"lti_score_post\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"grade_id\" uuid NOT NULL, \"line_item_id\" uuid NOT NULL, \"platform_user_id\" text NOT NULL, \"status\" \"public\".\"lti_score_post_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"uq_lti_score_post_grade\" UNIQUE (\"grade_id\", \"line_item_id\"), CONSTRAINT \"PK_6ea86b57eb148fd4331da4118fd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f64f7db6fb175f4dab2fe3dfe4\" ON \"lti_score_post\"  (\"line_item_id\") ");
    await queryRunner.query("CREATE TABLE \"lti_tool_key\" (\"kid\" text NOT NULL, \"sealed_private_key\" text NOT NULL, \"public_jwk\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7b4919bec21836e77e5c46f3e3c\" PRIMARY KEY (\"kid\"))");
    await queryRunner.query("ALTER TABLE \"lti_account\" ADD CONSTRAINT \"FK_42b3b51fd331ff02590a959ab60\" FOREIGN KEY (\"platform_id\") REFERENCES \"lti_platform\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_account\" ADD CONSTRAINT \"FK_15b5228835c6d3d5994363f2331\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_context_link\" ADD CONSTRAINT \"FK_f08078d4092f98401c083994669\" FOREIGN KEY (\"platform_id\") REFERENCES \"lti_platform\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_context_link\" ADD CONSTRAINT \"FK_02eb59be191a2c3381327f0e2a9\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_launch\" ADD CONSTRAINT \"FK_e5a62665eb0f89fd1ef1f25c503\" FOREIGN KEY (\"platform_id\") REFERENCES \"lti_platform\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_line_item\" ADD CONSTRAINT \"FK_8f8bb10c7d81b06d559ce4ca6aa\" FOREIGN KEY (\"context_link_id\") REFERENCES \"lti_context_link\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_line_item\" ADD CONSTRAINT \"FK_b9848b86539654605b71ad52cdd\" FOREIGN KEY (\"journal_assignment_id\") REFERENCES \"journal_assignment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_score_post\" ADD CONSTRAINT \"FK_e4b4d37320c672a49df72ce1764\" FOREIGN KEY (\"grade_id\") REFERENCES \"journal_grade\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lti_score_post\" ADD CONSTRAINT \"FK_f64f7db6fb175f4dab2fe3dfe40\" FOREIGN KEY (\"line_item_id\") REFERENCES \"lti_line_item\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lti_score_post\" DROP CONSTRAINT \"FK_f64f7db6fb175f4dab2fe3dfe40\"");
    await queryRunner.query("ALTER TABLE \"lti_score_post\" DROP CONSTRAINT \"FK_e4b4d37320c672a49df72ce1764\"");
    await queryRunner.query("ALTER TABLE \"lti_line_item\" DROP CONSTRAINT \"FK_b9848b86539654605b71ad52cdd\"");
    await queryRunner.query("ALTER TABLE \"lti_line_item\" DROP CONSTRAINT \"FK_8f8bb10c7d81b06d559ce4ca6aa\"");
    await queryRunner.query("ALTER TABLE \"lti_launch\" DROP CONSTRAINT \"FK_e5a62665eb0f89fd1ef1f25c503\"");
    await queryRunner.query("ALTER TABLE \"lti_context_link\" DROP CONSTRAINT \"FK_02eb59be191a2c3381327f0e2a9\"");
    await queryRunner.query("ALTER TABLE \"lti_context_link\" DROP CONSTRAINT \"FK_f08078d4092f98401c083994669\"");
    await queryRunner.query("ALTER TABLE \"lti_account\" DROP CONSTRAINT \"FK_15b5228835c6d3d5994363f2331\"");
    await queryRunner.query("ALTER TABLE \"lti_account\" DROP CONSTRAINT \"FK_42b3b51fd331ff02590a959ab60\"");
    await queryRunner.query("DROP TABLE \"lti_tool_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f64f7db6fb175f4dab2fe3dfe4\"");
    await queryRunner.query("DROP TABLE \"lti_score_post\"");
    await queryRunner.query("DROP TYPE \"public\".\"lti_score_post_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b9848b86539654605b71ad52cd\"");
    await queryRunner.query("DROP TABLE \"lti_line_item\"");
    await queryRunner.query("DROP TABLE \"lti_launch\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_02eb59be191a2c3381327f0e2a\"");
    await queryRunner.query("DROP TABLE \"lti_context_link\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_15b5228835c6d3d5994363f233\"");
    await queryRunner.query("DROP TABLE \"lti_account\"");
    await queryRunner.query("DROP TABLE \"lti_platform\"");
  }
}
