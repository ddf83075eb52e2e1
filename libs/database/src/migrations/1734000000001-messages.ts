import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages organisers write to a chosen audience. The idempotency key is unique per event, so a send
 * request repeated by a flaky network finds the first message instead of writing a second one; a
 * recipient appears once per message, so one outbox row per person follows from the dedup key.
 */
export class Messages1734000000001 implements MigrationInterface {
  name = 'Messages1734000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        idempotency_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('held', 'scheduled', 'sent', 'cancelled')),
        send_at timestamptz,
        audience jsonb NOT NULL,
        content jsonb NOT NULL,
        recipient_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT messages_idempotency_key UNIQUE (event_id, idempotency_key),
        CHECK (status <> 'scheduled' OR send_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX messages_event_idx ON messages (event_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE message_recipients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        email text NOT NULL,
        name text NOT NULL,
        language text NOT NULL,
        fields jsonb NOT NULL,
        CONSTRAINT message_recipients_once UNIQUE (message_id, email)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE message_recipients`);
    await db.query(`DROP TABLE messages`);
  }
}
