import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay's wake-up only when a row becomes `pending`. The statement trigger woke it on every
 * change of state, so each batch of claims and each batch of 'sent' records cost the relay an
 * empty scan (three round trips) while messages were flowing: under load, as many queries as the
 * deliveries themselves. NOTIFY folds identical notifications of one transaction into one, so a
 * row trigger still sends one wake-up per committed batch.
 */
export class OutboxWakeOnPending1733184000000 implements MigrationInterface {
  name = 'OutboxWakeOnPending1733184000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER notifications_wake_relay ON notifications`);
    await db.query(`
      CREATE TRIGGER notifications_wake_relay_on_insert AFTER INSERT ON notifications
        FOR EACH ROW WHEN (NEW.state = 'pending') EXECUTE FUNCTION notify_outbox()`);
    // Any update that sets the state to pending (a release, a retry, a rescheduled reminder), not
    // only a change from another state: a reminder moved earlier is due sooner.
    await db.query(`
      CREATE TRIGGER notifications_wake_relay_on_update AFTER UPDATE OF state ON notifications
        FOR EACH ROW WHEN (NEW.state = 'pending') EXECUTE FUNCTION notify_outbox()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER notifications_wake_relay_on_update ON notifications`);
    await db.query(`DROP TRIGGER notifications_wake_relay_on_insert ON notifications`);
    await db.query(`
      CREATE TRIGGER notifications_wake_relay AFTER INSERT OR UPDATE OF state ON notifications
        FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox()`);
  }
}
