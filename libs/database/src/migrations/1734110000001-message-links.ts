import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Private links handed out by messages: a registration may hold several management tokens besides the
 * one in `registrations` (which keeps working), each stored as its SHA-256 only and labelled with what
 * minted it, so a cancelled message revokes its own links and nothing else. And whether the organisers
 * let their staff send messages.
 */
export class MessageLinks1734110000001 implements MigrationInterface {
  name = 'MessageLinks1734110000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registration_management_tokens (
        token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX registration_management_tokens_label ON registration_management_tokens (label)`);
    await db.query(`CREATE INDEX registration_management_tokens_registration ON registration_management_tokens (registration_id)`);
    await db.query(`
      CREATE TABLE message_settings (
        event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        staff_may_send boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE message_settings`);
    await db.query(`DROP TABLE registration_management_tokens`);
  }
}
