import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795900001000 implements MigrationInterface {
  name = 'Accounts1795900001000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
