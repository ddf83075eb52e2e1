import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Winners capped per round as a whole (UNESCO gave ten awards worldwide in 2024) and per country (one
 * by default), each counter carrying the limit its CHECK holds, as the per-region counters do.
 */
export class AwardWinnerCaps1734020000002 implements MigrationInterface {
  name = 'AwardWinnerCaps1734020000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE award_rounds ADD COLUMN max_winners smallint CHECK (max_winners >= 1)`);
    await db.query(`ALTER TABLE award_rounds ALTER COLUMN max_winners_per_country SET DEFAULT 1`);
    await db.query(`
      CREATE TABLE award_round_winners (
        round_id uuid PRIMARY KEY REFERENCES award_rounds (id) ON DELETE CASCADE,
        confirmed smallint NOT NULL DEFAULT 0,
        max_winners smallint,
        CONSTRAINT award_round_winners_limit CHECK (confirmed >= 0 AND (max_winners IS NULL OR confirmed <= max_winners))
      )`);
    await db.query(`INSERT INTO award_round_winners (round_id, confirmed) SELECT round_id, count(*) FROM award_nominations WHERE winner GROUP BY round_id`);
    await db.query(`ALTER TABLE award_country_winners ADD COLUMN max_winners smallint`);
    await db.query(`ALTER TABLE award_country_winners ADD CONSTRAINT award_country_winners_limit CHECK (max_winners IS NULL OR confirmed <= max_winners)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE award_country_winners DROP CONSTRAINT award_country_winners_limit, DROP COLUMN max_winners`);
    await db.query(`DROP TABLE award_round_winners`);
    await db.query(`ALTER TABLE award_rounds ALTER COLUMN max_winners_per_country DROP DEFAULT`);
    await db.query(`ALTER TABLE award_rounds DROP COLUMN max_winners`);
  }
}
