import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance at a session's door, and replacement badges printed at the desk. A door scan carries the id
 * its desk gave it, like a day's check-in, so a replayed sync records nothing twice; the key (session,
 * registration) counts a delegate once per session whichever door scanned them. Owned by libs/registration.
 */
export class SessionAttendance1734177000001 implements MigrationInterface {
  name = 'SessionAttendance1734177000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE session_attendances (
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        scanned_at timestamptz NOT NULL,
        scanned_by uuid REFERENCES users (id) ON DELETE SET NULL,
        client_id uuid NOT NULL UNIQUE,
        desk text NOT NULL CHECK (length(desk) BETWEEN 1 AND 60),
        PRIMARY KEY (session_id, registration_id)
      )`);
    await db.query(`CREATE INDEX session_attendances_registration_idx ON session_attendances (registration_id)`);
    await db.query(`
      CREATE TABLE badge_reprints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        printed_at timestamptz NOT NULL DEFAULT now(),
        printed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        desk text CHECK (length(desk) BETWEEN 1 AND 60)
      )`);
    await db.query(`CREATE INDEX badge_reprints_registration_idx ON badge_reprints (registration_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE badge_reprints`);
    await db.query(`DROP TABLE session_attendances`);
  }
}
