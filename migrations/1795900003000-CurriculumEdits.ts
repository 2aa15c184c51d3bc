import { MigrationInterface, QueryRunner } from 'typeorm';

export class CurriculumEdits1795900003000 implements MigrationInterface {
  name = 'CurriculumEdits1795900003000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
