import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What makes a document look like the event's own (emblem, colours, organiser, the people who sign), the
 * cue fields a stage manager reads from the run of show, and GNLC membership intakes: the cities UNESCO
 * admitted, recognised at a ceremony. Images live in file storage; rows hold their keys.
 */
export class EventIdentityAndGnlcIntake1734140000001 implements MigrationInterface {
  name = 'EventIdentityAndGnlcIntake1734140000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event_identities (
        event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        organiser_name text NOT NULL DEFAULT '' CHECK (length(organiser_name) <= 300),
        primary_colour text NOT NULL DEFAULT '#1d3557' CHECK (primary_colour ~ '^#[0-9a-f]{6}$'),
        accent_colour text NOT NULL DEFAULT '#c9a227' CHECK (accent_colour ~ '^#[0-9a-f]{6}$'),
        emblem_key text,
        emblem_type text CHECK (emblem_type IN ('image/png', 'image/jpeg')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_identities_emblem CHECK ((emblem_key IS NULL) = (emblem_type IS NULL))
      )`);
    await db.query(`
      CREATE TABLE event_signatories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 9),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        title text NOT NULL DEFAULT '' CHECK (length(title) <= 300),
        signature_key text,
        signature_type text CHECK (signature_type IN ('image/png', 'image/jpeg')),
        CONSTRAINT event_signatories_position_key UNIQUE (event_id, position) DEFERRABLE INITIALLY IMMEDIATE,
        CONSTRAINT event_signatories_signature CHECK ((signature_key IS NULL) = (signature_type IS NULL))
      )`);

    await db.query(`ALTER TABLE ceremony_items DROP CONSTRAINT ceremony_items_kind_check`);
    await db.query(`ALTER TABLE ceremony_items ADD CONSTRAINT ceremony_items_kind_check CHECK (kind IN ('award', 'recognition', 'membership'))`);
    await db.query(`
      ALTER TABLE ceremony_items
        ADD COLUMN on_stage text NOT NULL DEFAULT '' CHECK (length(on_stage) <= 300),
        ADD COLUMN av_cue text NOT NULL DEFAULT '' CHECK (length(av_cue) <= 300),
        ADD COLUMN notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 1000)`);

    await db.query(`
      CREATE TABLE award_gnlc_intakes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        year smallint NOT NULL CHECK (year BETWEEN 2013 AND 2200),
        -- The ceremony at which the new members are recognised: they are public once it is over.
        session_id uuid REFERENCES sessions (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_gnlc_intakes_year_key UNIQUE (event_id, year)
      )`);
    await db.query(`
      CREATE TABLE award_gnlc_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        intake_id uuid NOT NULL REFERENCES award_gnlc_intakes (id) ON DELETE CASCADE,
        city_id uuid NOT NULL REFERENCES award_cities (id) ON DELETE RESTRICT,
        position smallint NOT NULL CHECK (position >= 0),
        admitted_on date NOT NULL CHECK (admitted_on >= '2013-01-01'),
        CONSTRAINT award_gnlc_members_city_key UNIQUE (intake_id, city_id),
        CONSTRAINT award_gnlc_members_position_key UNIQUE (intake_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE award_gnlc_members`);
    await db.query(`DROP TABLE award_gnlc_intakes`);
    await db.query(`DELETE FROM ceremony_items WHERE kind = 'membership'`);
    await db.query(`ALTER TABLE ceremony_items DROP COLUMN on_stage, DROP COLUMN av_cue, DROP COLUMN notes`);
    await db.query(`ALTER TABLE ceremony_items DROP CONSTRAINT ceremony_items_kind_check`);
    await db.query(`ALTER TABLE ceremony_items ADD CONSTRAINT ceremony_items_kind_check CHECK (kind IN ('award', 'recognition'))`);
    await db.query(`DROP TABLE event_signatories`);
    await db.query(`DROP TABLE event_identities`);
  }
}
