import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every step of an award is kept with who took it and when: the stage changes have their rows, and the
 * last two steps, confirming a winner and releasing the results, now keep who as well as when.
 */
export class AwardDecisionAuthors1734187000001 implements MigrationInterface {
  name = 'AwardDecisionAuthors1734187000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE award_nominations ADD COLUMN confirmed_by uuid REFERENCES users (id) ON DELETE SET NULL`);
    await db.query(`ALTER TABLE award_rounds ADD COLUMN released_by uuid REFERENCES users (id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE award_rounds DROP COLUMN released_by`);
    await db.query(`ALTER TABLE award_nominations DROP COLUMN confirmed_by`);
  }
}
