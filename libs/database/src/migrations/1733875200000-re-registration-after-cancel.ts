import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One email had one registration per event for ever, so a delegate who cancelled (or was rejected) could
 * never register again. Only a live registration (pending, confirmed, waitlisted, offered) now holds the
 * email; the partial unique index still makes two concurrent registrations with one email end in one row.
 */
export class ReRegistrationAfterCancel1733875200000 implements MigrationInterface {
  name = 'ReRegistrationAfterCancel1733875200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registrations DROP CONSTRAINT registrations_event_email_key`);
    await db.query(`CREATE UNIQUE INDEX registrations_live_email_key ON registrations (event_id, email) WHERE state NOT IN ('cancelled', 'rejected')`);
  }

  // Fails, as it should, once someone has registered again after cancelling: the old rule cannot hold those rows.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX registrations_live_email_key`);
    await db.query(`ALTER TABLE registrations ADD CONSTRAINT registrations_event_email_key UNIQUE (event_id, email)`);
  }
}
