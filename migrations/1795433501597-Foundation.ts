import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795433501597 implements MigrationInterface {
  name = 'Foundation1795433501597';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"full_name\" text NOT NULL, \"password_hash\" text NOT NULL, \"is_admin\" boolean NOT NULL DEFAULT false, \"credentials\" text array NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_3fa909d0e37c531ebc237703391\" UNIQUE (\"email\"), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"program\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"description\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3bade5945afbafefdd26a3a29fb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"cohort\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"program_id\" uuid NOT NULL, \"name\" text NOT NULL, \"starts_on\" date NOT NULL, \"ends_on\" date NOT NULL, \"capacity\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4fb3cca38dc4b461110344e5f9b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_31e70e96f8b1e4b2b6e279d142\" ON \"cohort\"  (\"program_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"enrollment_role\" AS ENUM('PARTICIPANT', 'FACULTY', 'FACILITATOR')");
    await queryRunner.query("CREATE TABLE \"enrollment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cohort_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" \"public\".\"enrollment_role\" NOT NULL, \"enrolled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_enrollment_cohort_user_role\" UNIQUE (\"cohort_id\", \"user_id\", \"role\"), CONSTRAINT \"PK_7e200c699fa93865cdcdd025885\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fc17c7e94154a17e767b7674f1\" ON \"enrollment\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"cohort\" ADD CONSTRAINT \"FK_31e70e96f8b1e4b2b6e279d142b\" FOREIGN KEY (\"program_id\") REFERENCES \"program\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"enrollment\" ADD CONSTRAINT \"FK_ac799b39804e3de94bd3ed13902\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohort\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"enrollment\" ADD CONSTRAINT \"FK_fc17c7e94154a17e767b7674f12\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"enrollment\" DROP CONSTRAINT \"FK_fc17c7e94154a17e767b7674f12\"");
    await queryRunner.query("ALTER TABLE \"enrollment\" DROP CONSTRAINT \"FK_ac799b39804e3de94bd3ed13902\"");
    await queryRunner.query("ALTER TABLE \"cohort\" DROP CONSTRAINT \"FK_31e70e96f8b1e4b2b6e279d142b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fc17c7e94154a17e767b7674f1\"");
    await queryRunner.query("DROP TABLE \"enrollment\"");
    await queryRunner.query("DROP TYPE \"public\".\"enrollment_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_31e70e96f8b1e4b2b6e279d142\"");
    await queryRunner.query("DROP TABLE \"cohort\"");
    await queryRunner.query("DROP TABLE \"program\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
  }
}
