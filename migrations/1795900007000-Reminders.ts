import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminders by e-mail: those queued, each once (reminder_sent), and the people who turned them off. */
export class Reminders1795900007000 implements MigrationInterface {
  name = 'Reminders1795900007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"reminder_opt_out\" (\"user_id\" uuid NOT NULL, \"opted_out_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5357dad91d5bf59e0d23b9d9858\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"reminder_kind\" AS ENUM('JOURNAL_DUE', 'FEEDBACK', 'PRACTICUM_WAITING', 'WEEKLY_DIGEST')");
    await queryRunner.query("CREATE TABLE \"reminder_sent\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" \"public\".\"reminder_kind\" NOT NULL, \"user_id\" uuid NOT NULL, \"subject_id\" uuid NOT NULL, \"occasion\" text NOT NULL, \"queued_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_reminder_sent_once\" UNIQUE (\"user_id\", \"kind\", \"subject_id\", \"occasion\"), CONSTRAINT \"PK_e1f9fed5a4711488a360325710b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"reminder_opt_out\" ADD CONSTRAINT \"FK_5357dad91d5bf59e0d23b9d9858\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"reminder_sent\" ADD CONSTRAINT \"FK_d93c9195c28f8a5e1bd8f6b027e\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"reminder_sent\" DROP CONSTRAINT \"FK_d93c9195c28f8a5e1bd8f6b027e\"");
    await queryRunner.query("ALTER TABLE \"reminder_opt_out\" DROP CONSTRAINT \"FK_5357dad91d5bf59e0d23b9d9858\"");
    await queryRunner.query("DROP TABLE \"reminder_sent\"");
    await queryRunner.query("DROP TYPE \"public\".\"reminder_kind\"");
    await queryRunner.query("DROP TABLE \"reminder_opt_out\"");
  }
}
