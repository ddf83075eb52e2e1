import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['award_rounds', 'award_criteria', 'ceremony_items'] as const;

/**
 * Award rounds and criteria gain a description (what a city is judged on, read by applicants and jurors), and they
 * and ceremony items gain the event's other languages beside their default-language columns, the shape of
 * 1734173000001-content-translations: `{ "<language>": { "<field>": "<text>" } }`.
 */
export class AwardTranslations1734180000001 implements MigrationInterface {
  name = 'AwardTranslations1734180000001';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['award_rounds', 'award_criteria'])
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN description text NOT NULL DEFAULT '' CONSTRAINT ${table}_description_length CHECK (length(description) <= 5000)`,
      );
    for (const table of TABLES)
      await db.query(`ALTER TABLE ${table} ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'
        CONSTRAINT ${table}_translations_object CHECK (jsonb_typeof(translations) = 'object')`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} DROP COLUMN translations`);
    for (const table of ['award_rounds', 'award_criteria']) await db.query(`ALTER TABLE ${table} DROP COLUMN description`);
  }
}
