import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications through their stages: a city's representative drafts one against the round's checklist
 * of required documents, submits it to its National Commission, which endorses or returns it; the
 * secretariat shortlists; only shortlisted ones reach the jury. A nomination is the application, with
 * its stage, and every change of stage is a row. GNLC membership is kept as a month (`2023-03`).
 */
export class AwardApplications1734150000001 implements MigrationInterface {
  name = 'AwardApplications1734150000001';

  async up(db: QueryRunner): Promise<void> {
    // Nominations made before stages existed went straight to the jury.
    await db.query(`
      ALTER TABLE award_nominations ADD COLUMN stage text NOT NULL DEFAULT 'shortlisted'
        CONSTRAINT award_nominations_stage CHECK (stage IN ('draft', 'submitted', 'returned', 'endorsed', 'shortlisted'))`);
    await db.query(`ALTER TABLE award_nominations ALTER COLUMN stage DROP DEFAULT`);
    await db.query(`CREATE INDEX award_nominations_stage_idx ON award_nominations (round_id, stage)`);
    await db.query(`
      CREATE TABLE award_nomination_transitions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
        from_stage text,
        to_stage text NOT NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX award_nomination_transitions_nomination_idx ON award_nomination_transitions (nomination_id, id)`);
    await db.query(`
      INSERT INTO award_nomination_transitions (nomination_id, from_stage, to_stage, user_id, at)
      SELECT id, NULL, 'shortlisted', nominated_by, created_at FROM award_nominations`);

    await db.query(`
      CREATE TABLE award_required_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES award_rounds (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('file', 'link')),
        -- What a file item accepts, told from the file's content; a link item (videos) takes none.
        file_types text[] NOT NULL DEFAULT '{}' CHECK (file_types <@ ARRAY['pdf', 'png', 'jpeg']),
        CONSTRAINT award_required_documents_types CHECK ((kind = 'file') = (cardinality(file_types) > 0)),
        CONSTRAINT award_required_documents_position_key UNIQUE (round_id, position)
      )`);
    await db.query(`ALTER TABLE award_nomination_documents ADD COLUMN requirement_id uuid REFERENCES award_required_documents (id) ON DELETE SET NULL`);
    await db.query(`ALTER TABLE award_nomination_documents ADD COLUMN url text CHECK (url ~ '^https://' AND length(url) <= 2000)`);
    await db.query(`CREATE INDEX award_nomination_documents_requirement_idx ON award_nomination_documents (nomination_id, requirement_id)`);

    // Only the year was known: its last month is the latest the membership can have begun.
    await db.query(`ALTER TABLE award_cities DROP CONSTRAINT award_cities_gnlc_member_since_check`);
    await db.query(`ALTER TABLE award_cities ALTER COLUMN gnlc_member_since TYPE text USING (gnlc_member_since::text || '-12')`);
    await db.query(
      `ALTER TABLE award_cities ADD CONSTRAINT award_cities_gnlc_member_since_month CHECK (gnlc_member_since ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND gnlc_member_since BETWEEN '2013-01' AND '2200-12')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE award_cities DROP CONSTRAINT award_cities_gnlc_member_since_month`);
    await db.query(`ALTER TABLE award_cities ALTER COLUMN gnlc_member_since TYPE smallint USING (left(gnlc_member_since, 4)::smallint)`);
    await db.query(`ALTER TABLE award_cities ADD CONSTRAINT award_cities_gnlc_member_since_check CHECK (gnlc_member_since BETWEEN 2013 AND 2200)`);
    await db.query(`ALTER TABLE award_nomination_documents DROP COLUMN url, DROP COLUMN requirement_id`);
    await db.query(`DROP TABLE award_required_documents`);
    await db.query(`DROP TABLE award_nomination_transitions`);
    await db.query(`DELETE FROM award_nominations WHERE stage <> 'shortlisted'`);
    await db.query(`ALTER TABLE award_nominations DROP COLUMN stage`);
  }
}
