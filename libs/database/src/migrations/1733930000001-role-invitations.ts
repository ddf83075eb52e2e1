import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations to a role on an event, by email. Only the token's hash is stored, so a copy of the
 * database opens no invitation. A resend replaces the row (the old link then answers "replaced"); the
 * partial unique index keeps one pending invitation per event, email and role even under concurrent invites.
 */
export class RoleInvitations1733930000001 implements MigrationInterface {
  name = 'RoleInvitations1733930000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE role_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
        name text NOT NULL DEFAULT '',
        language text NOT NULL DEFAULT 'en',
        role text NOT NULL CHECK (role IN ('organiser', 'staff', 'speaker', 'juror', 'representative')),
        city_id uuid REFERENCES award_cities (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        replaced_at timestamptz,
        CHECK ((role = 'representative') = (city_id IS NOT NULL)),
        CHECK (num_nonnulls(accepted_at, revoked_at, replaced_at) <= 1)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX role_invitations_one_pending ON role_invitations (event_id, email, role)
        WHERE accepted_at IS NULL AND revoked_at IS NULL AND replaced_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE role_invitations`);
  }
}
