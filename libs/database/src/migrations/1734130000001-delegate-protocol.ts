import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Protocol and passport details of a delegate, kept beside the registration so that only the protocol
 * code reads them; the visa-letter settings of an event (signatory, retention date) and who bears the
 * costs per category; and the audit trail of who saw or exported passport data. Passport columns are
 * nullable because the retention sweep erases them while the row (and its verification code) stays.
 */
export class DelegateProtocol1734130000001 implements MigrationInterface {
  name = 'DelegateProtocol1734130000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registration_protocol (
        registration_id uuid PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
        honorific text NOT NULL DEFAULT '' CHECK (length(honorific) <= 20),
        passport_name text CHECK (length(passport_name) BETWEEN 1 AND 200),
        nationality char(2),
        date_of_birth date,
        passport_number text CHECK (passport_number ~ '^[A-Z0-9]{5,20}$'),
        passport_expiry date,
        consulate text CHECK (length(consulate) <= 300),
        verification_code text UNIQUE,
        erasure_requested_at timestamptz,
        erased_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE visa_letter_settings (
        event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        signatory_name text NOT NULL DEFAULT '' CHECK (length(signatory_name) <= 200),
        signatory_title text NOT NULL DEFAULT '' CHECK (length(signatory_title) <= 200),
        retention_date date,
        erased_at timestamptz,
        erased_passports integer NOT NULL DEFAULT 0,
        erased_needs integer NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE TABLE visa_letter_costs (
        category_id uuid PRIMARY KEY REFERENCES registration_categories (id) ON DELETE CASCADE,
        bears text NOT NULL CHECK (bears IN ('delegate', 'organiser', 'shared'))
      )`);
    await db.query(`
      CREATE TABLE passport_access_log (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        registration_id uuid REFERENCES registrations (id) ON DELETE SET NULL,
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_email text,
        actor text NOT NULL CHECK (actor IN ('organiser', 'delegate', 'retention')),
        action text NOT NULL CHECK (action IN ('view', 'export', 'letter', 'download', 'erase')),
        detail text NOT NULL DEFAULT '',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX passport_access_log_event ON passport_access_log (event_id, at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE passport_access_log, visa_letter_costs, visa_letter_settings, registration_protocol`);
  }
}
