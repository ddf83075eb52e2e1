import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A talk's title in the event's other languages, beside its default-language `title` (sessions already hold
 * their titles and abstracts per language): `{ "<language>": { "title": "<text>" } }`, as in
 * 1734173000001-content-translations.
 */
export class TalkTranslations1734180000002 implements MigrationInterface {
  name = 'TalkTranslations1734180000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE slots ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'
      CONSTRAINT slots_translations_object CHECK (jsonb_typeof(translations) = 'object')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE slots DROP COLUMN translations`);
  }
}
