import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every api process keeps each event's latest programme version in memory, so that a conditional
 * GET costs no look-up. A new version, however it was written (publish, demo, a script), tells them
 * all at commit; the payload is the event's id.
 */
export class ProgrammePublishedNotice1734178000001 implements MigrationInterface {
  name = 'ProgrammePublishedNotice1734178000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_programme_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM pg_notify('plenary_programme_published', OLD.event_id::text);
        ELSE
          PERFORM pg_notify('plenary_programme_published', NEW.event_id::text);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER programme_versions_notify AFTER INSERT OR UPDATE OR DELETE ON programme_versions
        FOR EACH ROW EXECUTE FUNCTION notify_programme_published()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER programme_versions_notify ON programme_versions`);
    await db.query(`DROP FUNCTION notify_programme_published()`);
  }
}
