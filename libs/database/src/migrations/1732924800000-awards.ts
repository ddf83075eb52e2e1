import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Awards: a city registry per event, award rounds with configurable rules, nominations, jury,
 * scores, winners held within each region's quota by a counter row, and ceremony run of show.
 */
export class Awards1732924800000 implements MigrationInterface {
  name = 'Awards1732924800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE award_cities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        -- The name without diacritics, lower case: what a search with a plain keyboard matches.
        search_name text NOT NULL,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        region text NOT NULL CHECK (region IN ('africa', 'arab-states', 'asia-pacific', 'europe-north-america', 'latin-america-caribbean')),
        population integer CHECK (population >= 0),
        gnlc_member_since smallint CHECK (gnlc_member_since BETWEEN 2013 AND 2200),
        -- An award won before this registry existed; awards won through Plenary are found in the rounds.
        last_award_year smallint CHECK (last_award_year BETWEEN 1900 AND 2200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX award_cities_name_key ON award_cities (event_id, country, lower(name))`);
    await db.query(`CREATE INDEX award_cities_search_idx ON award_cities (event_id, search_name)`);

    await db.query(`
      CREATE TABLE award_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        year smallint NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        -- Each rule is off when NULL (or false), and set otherwise.
        gnlc_membership_required boolean NOT NULL DEFAULT true,
        gnlc_min_membership_months smallint CHECK (gnlc_min_membership_months >= 0),
        min_population integer CHECK (min_population >= 0),
        years_since_last_award smallint CHECK (years_since_last_award >= 0),
        max_nominations_per_body smallint CHECK (max_nominations_per_body >= 1),
        max_winners_per_country smallint CHECK (max_winners_per_country >= 1),
        region_quota smallint NOT NULL DEFAULT 6 CHECK (region_quota >= 0),
        nomination_deadline timestamptz NOT NULL,
        judging_deadline timestamptz NOT NULL,
        released_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_rounds_deadlines CHECK (judging_deadline > nomination_deadline),
        CONSTRAINT award_rounds_name_key UNIQUE (event_id, name)
      )`);

    await db.query(`
      CREATE TABLE award_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        weight numeric(6, 3) NOT NULL CHECK (weight > 0),
        CONSTRAINT award_criteria_position_key UNIQUE (round_id, position)
      )`);

    await db.query(`
      CREATE TABLE award_nominations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        city_id uuid NOT NULL REFERENCES award_cities (id) ON DELETE RESTRICT,
        nominating_body text NOT NULL CHECK (length(nominating_body) BETWEEN 1 AND 200),
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        contact_language text NOT NULL,
        summary text NOT NULL DEFAULT '',
        nominated_by uuid REFERENCES users (id) ON DELETE SET NULL,
        winner boolean NOT NULL DEFAULT false,
        confirmed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One nomination per city per round.
        CONSTRAINT award_nominations_city_key UNIQUE (round_id, city_id)
      )`);
    await db.query(`CREATE INDEX award_nominations_body_idx ON award_nominations (round_id, lower(nominating_body))`);

    await db.query(`
      CREATE TABLE award_nomination_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size_bytes bigint CHECK (size_bytes >= 0),
        -- Where the storage port keeps the file, once uploads go through it.
        storage_key text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Winners counted per round and region (and per country), each counter held within its limit by a CHECK.
    await db.query(`
      CREATE TABLE award_region_winners (
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        region text NOT NULL,
        quota smallint NOT NULL,
        confirmed smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (round_id, region),
        CONSTRAINT award_region_winners_quota CHECK (confirmed >= 0 AND confirmed <= quota)
      )`);
    await db.query(`
      CREATE TABLE award_country_winners (
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        country char(2) NOT NULL,
        confirmed smallint NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
        PRIMARY KEY (round_id, country)
      )`);

    await db.query(`
      CREATE TABLE award_jurors (
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        PRIMARY KEY (round_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE award_assignments (
        nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
        round_id uuid NOT NULL,
        user_id uuid NOT NULL,
        PRIMARY KEY (nomination_id, user_id),
        FOREIGN KEY (round_id, user_id) REFERENCES award_jurors (round_id, user_id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE award_conflicts (
        nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reason text NOT NULL DEFAULT '',
        declared_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (nomination_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE award_scores (
        nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL REFERENCES award_criteria (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
        comment text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (nomination_id, criterion_id, user_id)
      )`);

    // A ceremony's run of show: ordered items of a programme session.
    await db.query(`
      CREATE TABLE ceremony_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN ('award', 'recognition')),
        nomination_id uuid REFERENCES award_nominations (id) ON DELETE RESTRICT,
        city_ids uuid[] NOT NULL DEFAULT '{}',
        title text NOT NULL DEFAULT '',
        presenter text NOT NULL DEFAULT '',
        recipient text NOT NULL DEFAULT '',
        duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
        CONSTRAINT ceremony_items_position_key UNIQUE (session_id, position),
        CONSTRAINT ceremony_items_kind CHECK ((kind = 'award') = (nomination_id IS NOT NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'ceremony_items',
      'award_scores',
      'award_conflicts',
      'award_assignments',
      'award_jurors',
      'award_country_winners',
      'award_region_winners',
      'award_nomination_documents',
      'award_nominations',
      'award_criteria',
      'award_rounds',
      'award_cities',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
