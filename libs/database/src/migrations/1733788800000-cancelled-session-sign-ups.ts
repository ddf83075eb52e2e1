import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting a session drops its agenda entries by cascade, so by the next publication nobody knew who
 * had signed up for it and only its speakers heard of the cancellation. A trigger keeps the sign-ups
 * of a deleted session that delegates could see (one in the latest published version), in the same
 * transaction as the delete and whichever path deletes it; the next publication tells them and clears
 * the rows in its own transaction. A session that was never published leaves nothing behind.
 */
export class CancelledSessionSignUps1733788800000 implements MigrationInterface {
  name = 'CancelledSessionSignUps1733788800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cancelled_session_sign_ups (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        -- No foreign key: the session is gone.
        session_id uuid NOT NULL,
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        deleted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, session_id, registration_id)
      )`);
    await db.query(`CREATE INDEX cancelled_session_sign_ups_registration_idx ON cancelled_session_sign_ups (registration_id)`);
    // BEFORE the delete: the row is already locked against new sign-ups, and the cascade has not yet
    // removed the agenda entries.
    await db.query(`
      CREATE FUNCTION sessions_keep_cancelled_sign_ups() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The whole event going (the cascade from events) leaves no one to tell.
        IF NOT EXISTS (SELECT 1 FROM events WHERE id = OLD.event_id) THEN RETURN OLD; END IF;
        IF NOT EXISTS (
          SELECT 1 FROM programme_versions v
           WHERE v.event_id = OLD.event_id
             AND v.number = (SELECT max(number) FROM programme_versions WHERE event_id = OLD.event_id)
             AND v.snapshot -> 'sessions' @> jsonb_build_array(jsonb_build_object('id', OLD.id::text))
        ) THEN RETURN OLD; END IF;
        INSERT INTO cancelled_session_sign_ups (event_id, session_id, registration_id)
          SELECT OLD.event_id, OLD.id, a.registration_id FROM agenda_entries a WHERE a.session_id = OLD.id
          ON CONFLICT DO NOTHING;
        RETURN OLD;
      END $$`);
    await db.query(
      `CREATE TRIGGER sessions_keep_cancelled_sign_ups BEFORE DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION sessions_keep_cancelled_sign_ups()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER sessions_keep_cancelled_sign_ups ON sessions`);
    await db.query(`DROP FUNCTION sessions_keep_cancelled_sign_ups`);
    await db.query(`DROP TABLE cancelled_session_sign_ups`);
  }
}
