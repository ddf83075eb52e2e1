import { MigrationInterface, QueryRunner } from 'typeorm';

/** How an event's badges print: the card's size, the fields on it, and one card per page or A4 sheets with crop marks. */
export class BadgeLayouts1734172000002 implements MigrationInterface {
  name = 'BadgeLayouts1734172000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE badge_layouts (
        event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        size text NOT NULL CHECK (size IN ('a6', 'cr80', '4x3in')),
        fields text[] NOT NULL CHECK (fields <@ ARRAY['honorific', 'organisation', 'delegation', 'country', 'category', 'qr']),
        sheet boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE badge_layouts`);
  }
}
