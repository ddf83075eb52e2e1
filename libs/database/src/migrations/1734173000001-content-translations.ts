import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['events', 'rooms', 'tracks', 'registration_categories'] as const;

/**
 * What an organiser enters for delegates to read, in the event's other languages: per row, a JSON object
 * `{ "<language>": { "<field>": "<text>" } }` beside the default-language columns, which stay the text of
 * the event's first language (exports, sorting and uniqueness keep using them). A column on the owning table
 * rather than a shared translations table, so each table keeps its one owner (events: events, rooms, tracks;
 * registration: registration_categories).
 */
export class ContentTranslations1734173000001 implements MigrationInterface {
  name = 'ContentTranslations1734173000001';

  async up(db: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await db.query(`ALTER TABLE ${table} ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'
        CONSTRAINT ${table}_translations_object CHECK (jsonb_typeof(translations) = 'object')`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} DROP COLUMN translations`);
  }
}
