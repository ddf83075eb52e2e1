import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a registered delegate follows a session from afar or in another language: a stream link and
 * interpretation channels ([{ language, link?, channel? }]). Never part of a public export: the
 * programme keeps them apart from what it publishes for everyone. Owned by libs/programme.
 */
export class SessionAccess1734176000002 implements MigrationInterface {
  name = 'SessionAccess1734176000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions
      ADD COLUMN stream_url text CHECK (stream_url ~ '^https://' AND length(stream_url) <= 2000),
      ADD COLUMN interpretation jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(interpretation) = 'array')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN stream_url, DROP COLUMN interpretation`);
  }
}
