import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meals the organisers serve (a day of the event, a kind, where), which the catering counts are
 * built from. One meal of a kind per day and venue, so a caterer never receives the same lunch twice.
 */
export class CateringMeals1734172000001 implements MigrationInterface {
  name = 'CateringMeals1734172000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        day date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('breakfast', 'coffee', 'lunch', 'dinner', 'reception')),
        venue text NOT NULL DEFAULT '' CHECK (length(venue) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meals_once UNIQUE (event_id, day, kind, venue)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE meals`);
  }
}
