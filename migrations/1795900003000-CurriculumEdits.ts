import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Set-up can be corrected after work was handed in: every submitted journal text keeps the title and
 * prompt it answered, copied by the database as the text is kept, so an assignment edited later leaves
 * them. Texts submitted before this migration get their assignment's title and prompt as they read now.
 */
export class CurriculumEdits1795900003000 implements MigrationInterface {
  name = 'CurriculumEdits1795900003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "journal_submission_version" ADD "title" text, ADD "prompt" text`);
    await queryRunner.query(`UPDATE "journal_submission_version" v SET "title" = a."title", "prompt" = a."prompt"
      FROM "journal_submission" j JOIN "journal_assignment" a ON a."id" = j."assignment_id"
     WHERE j."id" = v."submission_id"`);
    await queryRunner.query(`ALTER TABLE "journal_submission_version" ALTER "title" SET NOT NULL, ALTER "prompt" SET NOT NULL`);
    await queryRunner.query(`CREATE FUNCTION journal_submission_version_keeps_prompt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT a.title, a.prompt INTO NEW.title, NEW.prompt
          FROM journal_submission j JOIN journal_assignment a ON a.id = j.assignment_id
         WHERE j.id = NEW.submission_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER journal_submission_version_keeps_prompt BEFORE INSERT ON "journal_submission_version"
      FOR EACH ROW EXECUTE FUNCTION journal_submission_version_keeps_prompt()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER journal_submission_version_keeps_prompt ON "journal_submission_version"`);
    await queryRunner.query(`DROP FUNCTION journal_submission_version_keeps_prompt()`);
    await queryRunner.query(`ALTER TABLE "journal_submission_version" DROP COLUMN "prompt", DROP COLUMN "title"`);
  }
}
