import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A city's representative: an event role, and the cities of the event's registry each
 * representative speaks for (they may nominate only those). Also a round's per-region quota
 * overrides: a region without one keeps the round's default quota.
 */
export class CityRepresentatives1733097600000 implements MigrationInterface {
  name = 'CityRepresentatives1733097600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE event_roles DROP CONSTRAINT event_roles_role_check`);
    await db.query(
      `ALTER TABLE event_roles ADD CONSTRAINT event_roles_role_check CHECK (role IN ('organiser', 'staff', 'delegate', 'speaker', 'juror', 'representative'))`,
    );

    await db.query(`
      CREATE TABLE award_city_representatives (
        city_id uuid NOT NULL REFERENCES award_cities (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (city_id, user_id)
      )`);
    await db.query(`CREATE INDEX award_city_representatives_user_idx ON award_city_representatives (user_id)`);

    await db.query(`
      CREATE TABLE award_region_quotas (
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        region text NOT NULL CHECK (region IN ('africa', 'arab-states', 'asia-pacific', 'europe-north-america', 'latin-america-caribbean')),
        quota smallint NOT NULL CHECK (quota >= 0),
        PRIMARY KEY (round_id, region)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE award_region_quotas`);
    await db.query(`DROP TABLE award_city_representatives`);
    await db.query(`DELETE FROM event_roles WHERE role = 'representative'`);
    await db.query(`ALTER TABLE event_roles DROP CONSTRAINT event_roles_role_check`);
    await db.query(`ALTER TABLE event_roles ADD CONSTRAINT event_roles_role_check CHECK (role IN ('organiser', 'staff', 'delegate', 'speaker', 'juror'))`);
  }
}
