import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every api process keeps each event's heading (what a request by slug resolves) and its public details
 * (rooms, tracks) in memory. Any change to the event, its rooms or its tracks, however it was written,
 * tells them all at commit; the payload is the event's id.
 */
export class EventChangedNotice1734185000001 implements MigrationInterface {
  name = 'EventChangedNotice1734185000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'events' THEN
          IF TG_OP = 'DELETE' THEN
            PERFORM pg_notify('plenary_event_changed', OLD.id::text);
          ELSE
            PERFORM pg_notify('plenary_event_changed', NEW.id::text);
          END IF;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM pg_notify('plenary_event_changed', OLD.event_id::text);
        ELSE
          PERFORM pg_notify('plenary_event_changed', NEW.event_id::text);
          IF TG_OP = 'UPDATE' AND OLD.event_id IS DISTINCT FROM NEW.event_id THEN
            PERFORM pg_notify('plenary_event_changed', OLD.event_id::text);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['events', 'rooms', 'tracks']) {
      await db.query(
        `CREATE TRIGGER ${table}_notify_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION notify_event_changed()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['events', 'rooms', 'tracks']) await db.query(`DROP TRIGGER ${table}_notify_changed ON ${table}`);
    await db.query(`DROP FUNCTION notify_event_changed()`);
  }
}
