import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's "no more of these": one kind of message that is not transactional, from one event (or
 * about no event). Owned by libs/notifications; the worker discards a message whose row matches.
 */
export class NotificationOptOuts1734050000001 implements MigrationInterface {
  name = 'NotificationOptOuts1734050000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification_opt_outs (
        id bigserial PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email)),
        event_id uuid REFERENCES events (id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One row per person, event and kind, the event-less case included (NULLs would all be distinct).
    await db.query(
      `CREATE UNIQUE INDEX notification_opt_outs_unique ON notification_opt_outs (email, kind, coalesce(event_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_opt_outs`);
  }
}
