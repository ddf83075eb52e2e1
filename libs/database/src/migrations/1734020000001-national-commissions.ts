import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National Commissions for UNESCO as records: one per country per event, with contacts who hold the
 * commission role. A nomination names its Commission by id (a typo in free text used to pass the
 * per-body limit), and a counter per round and Commission holds that limit under a CHECK.
 */
export class NationalCommissions1734020000001 implements MigrationInterface {
  name = 'NationalCommissions1734020000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE event_roles DROP CONSTRAINT event_roles_role_check`);
    await db.query(
      `ALTER TABLE event_roles ADD CONSTRAINT event_roles_role_check CHECK (role IN ('organiser', 'staff', 'delegate', 'speaker', 'juror', 'representative', 'commission'))`,
    );
    await db.query(`
      CREATE TABLE award_commissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_commissions_country_key UNIQUE (event_id, country)
      )`);
    await db.query(`
      CREATE TABLE award_commission_contacts (
        commission_id uuid NOT NULL REFERENCES award_commissions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (commission_id, user_id)
      )`);
    await db.query(`ALTER TABLE award_nominations ADD COLUMN commission_id uuid REFERENCES award_commissions (id) ON DELETE RESTRICT`);
    // Nominations made before: one Commission per event and country of the nominated cities, named as the nominations named it.
    await db.query(`
      INSERT INTO award_commissions (event_id, name, country)
      SELECT c.event_id, min(n.nominating_body), c.country FROM award_nominations n JOIN award_cities c ON c.id = n.city_id GROUP BY c.event_id, c.country`);
    await db.query(`
      UPDATE award_nominations n SET commission_id = m.id FROM award_cities c, award_commissions m
       WHERE c.id = n.city_id AND m.event_id = c.event_id AND m.country = c.country`);
    await db.query(`ALTER TABLE award_nominations ALTER COLUMN commission_id SET NOT NULL`);
    await db.query(`DROP INDEX award_nominations_body_idx`);
    await db.query(`ALTER TABLE award_nominations DROP COLUMN nominating_body`);
    await db.query(`CREATE INDEX award_nominations_commission_idx ON award_nominations (commission_id)`);
    // The limit in force when the counter was last raised travels with it, so the CHECK itself refuses the (N+1)th.
    await db.query(`
      CREATE TABLE award_commission_nominations (
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        commission_id uuid NOT NULL REFERENCES award_commissions (id) ON DELETE CASCADE,
        nominations smallint NOT NULL DEFAULT 0,
        max_nominations smallint,
        PRIMARY KEY (round_id, commission_id),
        CONSTRAINT award_commission_nominations_limit CHECK (nominations >= 0 AND (max_nominations IS NULL OR nominations <= max_nominations))
      )`);
    await db.query(`
      INSERT INTO award_commission_nominations (round_id, commission_id, nominations)
      SELECT round_id, commission_id, count(*) FROM award_nominations GROUP BY round_id, commission_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE award_commission_nominations`);
    await db.query(`ALTER TABLE award_nominations ADD COLUMN nominating_body text`);
    await db.query(`UPDATE award_nominations n SET nominating_body = m.name FROM award_commissions m WHERE m.id = n.commission_id`);
    await db.query(`ALTER TABLE award_nominations ALTER COLUMN nominating_body SET NOT NULL, DROP COLUMN commission_id`);
    await db.query(`CREATE INDEX award_nominations_body_idx ON award_nominations (round_id, lower(nominating_body))`);
    await db.query(`DROP TABLE award_commission_contacts`);
    await db.query(`DROP TABLE award_commissions`);
    await db.query(`DELETE FROM event_roles WHERE role = 'commission'`);
    await db.query(`ALTER TABLE event_roles DROP CONSTRAINT event_roles_role_check`);
    await db.query(
      `ALTER TABLE event_roles ADD CONSTRAINT event_roles_role_check CHECK (role IN ('organiser', 'staff', 'delegate', 'speaker', 'juror', 'representative'))`,
    );
  }
}
