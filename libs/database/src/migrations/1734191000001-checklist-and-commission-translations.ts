import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['award_required_documents', 'award_commissions'] as const;

/**
 * A round's checklist labels (what a city must upload) and National Commission names gain the event's other
 * languages beside their first-language columns, in the shape of 1734180000001-award-translations:
 * `{ "<language>": { "label" | "name": "<text>" } }`. Cities and Commissions read them in their own language.
 */
export class ChecklistAndCommissionTranslations1734191000001 implements MigrationInterface {
  name = 'ChecklistAndCommissionTranslations1734191000001';

  async up(db: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await db.query(`ALTER TABLE ${table} ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'
        CONSTRAINT ${table}_translations_object CHECK (jsonb_typeof(translations) = 'object')`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} DROP COLUMN translations`);
  }
}
