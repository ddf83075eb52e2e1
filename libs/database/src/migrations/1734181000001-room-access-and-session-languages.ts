import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A room's own stream and interpretation channels, used by every session in it that has none of its own
 * (rooms: libs/events; registered delegates only, like the sessions' columns of 1734176000002), and the
 * languages a session is spoken in (sessions: libs/programme; public, ISO 639-1 codes).
 */
export class RoomAccessAndSessionLanguages1734181000001 implements MigrationInterface {
  name = 'RoomAccessAndSessionLanguages1734181000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rooms
      ADD COLUMN stream_url text CHECK (stream_url ~ '^https://' AND length(stream_url) <= 2000),
      ADD COLUMN interpretation jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(interpretation) = 'array')`);
    await db.query(`ALTER TABLE sessions ADD COLUMN languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN languages`);
    await db.query(`ALTER TABLE rooms DROP COLUMN stream_url, DROP COLUMN interpretation`);
  }
}
