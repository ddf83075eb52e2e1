import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * UIL reviews the applications the Commissions endorsed and shortlists some: the others end "not
 * shortlisted", a stage of their own, so the city and its Commission are told and the record says why.
 */
export class AwardNotShortlisted1734174000001 implements MigrationInterface {
  name = 'AwardNotShortlisted1734174000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE award_nominations DROP CONSTRAINT award_nominations_stage`);
    await db.query(
      `ALTER TABLE award_nominations ADD CONSTRAINT award_nominations_stage CHECK (stage IN ('draft', 'submitted', 'returned', 'endorsed', 'shortlisted', 'not_shortlisted'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE award_nominations SET stage = 'endorsed' WHERE stage = 'not_shortlisted'`);
    await db.query(`ALTER TABLE award_nominations DROP CONSTRAINT award_nominations_stage`);
    await db.query(
      `ALTER TABLE award_nominations ADD CONSTRAINT award_nominations_stage CHECK (stage IN ('draft', 'submitted', 'returned', 'endorsed', 'shortlisted'))`,
    );
  }
}
