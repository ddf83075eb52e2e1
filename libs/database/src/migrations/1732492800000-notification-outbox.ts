import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationOutbox1732492800000 implements MigrationInterface {
  name = 'NotificationOutbox1732492800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}$')`);
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid REFERENCES events (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[a-z]+(-[a-z]+)*$'),
        recipient_email text NOT NULL CHECK (position('@' in recipient_email) > 1),
        recipient_name text NOT NULL DEFAULT '',
        language text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
        about jsonb NOT NULL DEFAULT '{}',
        dedup_key text,
        state text NOT NULL DEFAULT 'pending'
          CHECK (state IN ('held', 'pending', 'queued', 'sending', 'sent', 'failed', 'discarded')),
        send_after timestamptz,
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        generation integer NOT NULL DEFAULT 0,
        last_error text,
        smtp_message_id text,
        subject_override text,
        text_override text,
        resent_from uuid REFERENCES notifications (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        queued_at timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX notifications_dedup_key ON notifications (dedup_key) WHERE dedup_key IS NOT NULL`);
    // The relay's scan: only pending rows, due first.
    await db.query(`CREATE INDEX notifications_pending_idx ON notifications (created_at) WHERE state = 'pending'`);
    await db.query(`CREATE INDEX notifications_queued_idx ON notifications (queued_at) WHERE state IN ('queued', 'sending')`);
    await db.query(`CREATE INDEX notifications_event_idx ON notifications (event_id, created_at DESC)`);

    // Wakes the relay when a pending row commits (NOTIFY is delivered at COMMIT, never for a rollback).
    await db.query(`
      CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('plenary_outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER notifications_wake_relay AFTER INSERT OR UPDATE OF state ON notifications
        FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox()`);

    await db.query(`
      CREATE TABLE notification_holds (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        kind text NOT NULL,
        PRIMARY KEY (event_id, kind)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_holds`);
    await db.query(`DROP TABLE notifications`);
    await db.query(`DROP FUNCTION notify_outbox`);
    await db.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
