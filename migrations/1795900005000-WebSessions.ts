import { MigrationInterface, QueryRunner } from 'typeorm';

/** Browser sessions of the web app: a hash of each cookie's token, its person, token version and CSRF token. */
export class WebSessions1795900005000 implements MigrationInterface {
  name = 'WebSessions1795900005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "web_session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "token_hash" text NOT NULL,
      "user_id" uuid NOT NULL,
      "token_version" integer NOT NULL,
      "csrf_token" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_a20f923225e2b0ea32d675dc9ef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_web_session_token_hash" ON "web_session" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_a31729df9a76c8979b283bffd6" ON "web_session" ("user_id")`);
    await queryRunner.query(`ALTER TABLE "web_session" ADD CONSTRAINT "FK_a31729df9a76c8979b283bffd6e"
      FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "web_session"`);
  }
}
