import { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipOverTime1795900002000 implements MigrationInterface {
  name = 'MembershipOverTime1795900002000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
