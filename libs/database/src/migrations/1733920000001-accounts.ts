import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that last a working day, and forgotten passwords.
 * - `users.session_generation` is carried in every access token; raising it (sign out everywhere, a new
 *   password) makes every token issued before refuse at once, without waiting for its expiry.
 * - `refresh_tokens`: one row per issued refresh token, only its SHA-256 kept. Tokens of one sign-in share
 *   a family; each use rotates the token, and a rotated token used again revokes its whole family.
 * - `password_resets`: single-use, expiring links mailed to the account's address.
 */
export class Accounts1733920000001 implements MigrationInterface {
  name = 'Accounts1733920000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN session_generation integer NOT NULL DEFAULT 0`);
    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        -- The account's session generation at sign-in: a refresh racing "sign out everywhere" cannot outlive it.
        session_generation integer NOT NULL,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Idle limit: each rotation moves it, never past the family's own end.
        expires_at timestamptz NOT NULL,
        family_expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT refresh_tokens_token_key UNIQUE (token_hash),
        CHECK (expires_at <= family_expires_at)
      )`);
    await db.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await db.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL`);
    await db.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT password_resets_token_key UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX password_resets_user_idx ON password_resets (user_id) WHERE used_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_resets`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`ALTER TABLE users DROP COLUMN session_generation`);
  }
}
