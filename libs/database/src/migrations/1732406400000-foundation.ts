import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1732406400000 implements MigrationInterface {
  name = 'Foundation1732406400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash text,
        is_platform_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email)
      )`);

    await db.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        description text NOT NULL DEFAULT '',
        organiser text NOT NULL DEFAULT '',
        venue text NOT NULL DEFAULT '',
        city text NOT NULL DEFAULT '',
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        time_zone text NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        languages text[] NOT NULL CHECK (cardinality(languages) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_slug_key UNIQUE (slug),
        CONSTRAINT events_dates_ordered CHECK (end_date >= start_date)
      )`);

    await db.query(`
      CREATE TABLE event_roles (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('organiser', 'delegate', 'speaker', 'juror')),
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, user_id, role)
      )`);
    await db.query(`CREATE INDEX event_roles_user_idx ON event_roles (user_id)`);

    await db.query(`
      CREATE TABLE rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        capacity integer NOT NULL CHECK (capacity > 0),
        location_note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rooms_event_name_key UNIQUE (event_id, name)
      )`);

    await db.query(`
      CREATE TABLE tracks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        colour text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tracks_event_name_key UNIQUE (event_id, name)
      )`);

    // rate-limiter-flexible's layout (it is told the table exists, so only migrations make schema)
    await db.query(`
      CREATE TABLE login_rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['login_rate_limits', 'tracks', 'rooms', 'event_roles', 'events', 'users']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
