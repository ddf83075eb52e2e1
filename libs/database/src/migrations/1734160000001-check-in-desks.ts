import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-in desks that may be offline: a scan carries the id its desk gave it, so a replayed sync inserts
 * nothing twice, and the desk's name, so a second desk is told where the first scan was. Rehearsal scans
 * before the event are kept in their own table: no count, audience or certificate ever sees them.
 * Owned by libs/registration.
 */
export class CheckInDesks1734160000001 implements MigrationInterface {
  name = 'CheckInDesks1734160000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE check_ins ADD COLUMN client_id uuid, ADD COLUMN desk text CHECK (length(desk) BETWEEN 1 AND 60),
      ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now()`);
    await db.query(`CREATE UNIQUE INDEX check_ins_client_id_key ON check_ins (client_id)`);
    await db.query(`
      CREATE TABLE check_in_rehearsals (
        registration_id uuid PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        checked_in_at timestamptz NOT NULL DEFAULT now(),
        checked_in_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX check_in_rehearsals_event_idx ON check_in_rehearsals (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE check_in_rehearsals`);
    await db.query(`ALTER TABLE check_ins DROP COLUMN client_id, DROP COLUMN desk, DROP COLUMN recorded_at`);
  }
}
