import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dietary and accessibility needs as fixed choices beside the free text: the caterer counts by choice,
 * and choices survive the retention sweep (they are what the counts are made of), the free text does not.
 * The lists live in the registration library (libs/registration/src/needs.ts), which validates them.
 */
export class RegistrationNeedChoices1734179200001 implements MigrationInterface {
  name = 'RegistrationNeedChoices1734179200001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE registrations
        ADD COLUMN dietary_choices text[] NOT NULL DEFAULT '{}',
        ADD COLUMN accessibility_choices text[] NOT NULL DEFAULT '{}'`);
    // A badge may carry the holder's dietary choices as small icons, for the serving staff.
    await db.query(`
      ALTER TABLE badge_layouts DROP CONSTRAINT badge_layouts_fields_check,
        ADD CONSTRAINT badge_layouts_fields_check
          CHECK (fields <@ ARRAY['honorific', 'organisation', 'delegation', 'country', 'category', 'qr', 'dietary-icons'])`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE badge_layouts SET fields = array_remove(fields, 'dietary-icons')`);
    await db.query(`
      ALTER TABLE badge_layouts DROP CONSTRAINT badge_layouts_fields_check,
        ADD CONSTRAINT badge_layouts_fields_check CHECK (fields <@ ARRAY['honorific', 'organisation', 'delegation', 'country', 'category', 'qr'])`);
    await db.query(`ALTER TABLE registrations DROP COLUMN dietary_choices, DROP COLUMN accessibility_choices`);
  }
}
