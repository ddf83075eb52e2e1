import { MigrationInterface, QueryRunner } from 'typeorm';

export class Registration1732579200000 implements MigrationInterface {
  name = 'Registration1732579200000';

  async up(db: QueryRunner): Promise<void> {
    // Organiser staff scan badges at the door.
    await db.query(`ALTER TABLE event_roles DROP CONSTRAINT event_roles_role_check`);
    await db.query(`ALTER TABLE event_roles ADD CONSTRAINT event_roles_role_check CHECK (role IN ('organiser', 'staff', 'delegate', 'speaker', 'juror'))`);

    // A one-off secret a message must carry (a management link); wiped once the message is sent.
    await db.query(`ALTER TABLE notifications ADD COLUMN secret text`);

    await db.query(`
      CREATE TABLE registration_settings (
        event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity > 0),
        confirmed_count integer NOT NULL DEFAULT 0,
        approval_required boolean NOT NULL DEFAULT false,
        promotion text NOT NULL DEFAULT 'automatic' CHECK (promotion IN ('automatic', 'offer')),
        offer_hours integer NOT NULL DEFAULT 48 CHECK (offer_hours BETWEEN 1 AND 720),
        privacy_notice_version text NOT NULL DEFAULT '1',
        CONSTRAINT registration_window_ordered CHECK (closes_at > opens_at),
        -- The backstop under the atomic UPDATE … WHERE confirmed_count < capacity.
        CONSTRAINT registration_capacity_respected CHECK (confirmed_count BETWEEN 0 AND capacity)
      )`);

    await db.query(`
      CREATE TABLE registration_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[a-z]+(-[a-z]+)*$'),
        name text NOT NULL,
        quota integer CHECK (quota > 0),
        confirmed_count integer NOT NULL DEFAULT 0,
        CONSTRAINT registration_categories_code_key UNIQUE (event_id, code),
        CONSTRAINT registration_quota_respected CHECK (confirmed_count >= 0 AND (quota IS NULL OR confirmed_count <= quota))
      )`);

    await db.query(`
      CREATE TABLE delegations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        city text NOT NULL,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        gnlc_member boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES registration_categories (id),
        delegation_id uuid REFERENCES delegations (id) ON DELETE SET NULL,
        is_delegation_head boolean NOT NULL DEFAULT false,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        -- Arrival order, for the waiting list.
        queue_number bigint GENERATED ALWAYS AS IDENTITY,
        state text NOT NULL CHECK (state IN ('pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected')),
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
        title text NOT NULL DEFAULT '',
        organisation text NOT NULL DEFAULT '',
        city text NOT NULL DEFAULT '',
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        email text NOT NULL CHECK (email = lower(email)),
        language text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
        dietary_needs text NOT NULL DEFAULT '',
        accessibility_needs text NOT NULL DEFAULT '',
        visa_letter_needed boolean NOT NULL DEFAULT false,
        privacy_notice_version text NOT NULL,
        consented_at timestamptz NOT NULL,
        management_token_hash bytea NOT NULL,
        badge_code text NOT NULL,
        offer_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        CONSTRAINT registrations_event_email_key UNIQUE (event_id, email),
        CONSTRAINT registrations_token_key UNIQUE (management_token_hash),
        CONSTRAINT registrations_badge_key UNIQUE (badge_code)
      )`);
    await db.query(`CREATE INDEX registrations_waitlist_idx ON registrations (event_id, category_id, queue_number) WHERE state = 'waitlisted'`);
    await db.query(`CREATE INDEX registrations_delegation_idx ON registrations (delegation_id)`);
    await db.query(`CREATE INDEX registrations_offer_idx ON registrations (offer_expires_at) WHERE state = 'offered'`);

    await db.query(`
      CREATE TABLE check_ins (
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        event_day date NOT NULL,
        checked_in_at timestamptz NOT NULL DEFAULT now(),
        checked_in_by uuid REFERENCES users (id) ON DELETE SET NULL,
        PRIMARY KEY (registration_id, event_day)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['check_ins', 'registrations', 'delegations', 'registration_categories', 'registration_settings']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE notifications DROP COLUMN secret`);
  }
}
