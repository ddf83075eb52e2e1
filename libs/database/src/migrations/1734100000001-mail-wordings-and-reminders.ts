import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organiser's own words for an automatic mail of an event, per language (owned by
 * libs/notifications: the worker reads them in its claim), and reminders relative to the event's
 * days (owned by libs/messages: each becomes one message when its time comes).
 */
export class MailWordingsAndReminders1734100000001 implements MigrationInterface {
  name = 'MailWordingsAndReminders1734100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mail_wordings (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        kind text NOT NULL,
        language text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, kind, language)
      )`);
    await db.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        anchor text NOT NULL CHECK (anchor IN ('start', 'end')),
        offset_days integer NOT NULL CHECK (offset_days BETWEEN -365 AND 365),
        send_time time NOT NULL,
        audience jsonb NOT NULL,
        content jsonb NOT NULL,
        -- Set once, by whichever worker claims the reminder first: it then goes out as this message.
        sent_at timestamptz,
        message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX reminders_unsent_idx ON reminders (event_id) WHERE sent_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reminders`);
    await db.query(`DROP TABLE mail_wordings`);
  }
}
