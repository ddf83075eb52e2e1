import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moving a session shifts its back-to-back slots in one UPDATE; checked row by row, a slot would
 * meet its not-yet-moved neighbour. Deferrable, the checks can wait for the end of the statement
 * set that moves them together (the service defers them only there).
 */
export class DeferrableSlotOverlaps1733011200000 implements MigrationInterface {
  name = 'DeferrableSlotOverlaps1733011200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE slots DROP CONSTRAINT slots_overlap`);
    await db.query(`ALTER TABLE slots ADD CONSTRAINT slots_overlap EXCLUDE USING gist (session_id WITH =, during WITH &&) DEFERRABLE INITIALLY IMMEDIATE`);
    await db.query(`ALTER TABLE slot_speakers DROP CONSTRAINT slot_speakers_overlap`);
    await db.query(
      `ALTER TABLE slot_speakers ADD CONSTRAINT slot_speakers_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&) DEFERRABLE INITIALLY IMMEDIATE`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE slots DROP CONSTRAINT slots_overlap`);
    await db.query(`ALTER TABLE slots ADD CONSTRAINT slots_overlap EXCLUDE USING gist (session_id WITH =, during WITH &&)`);
    await db.query(`ALTER TABLE slot_speakers DROP CONSTRAINT slot_speakers_overlap`);
    await db.query(`ALTER TABLE slot_speakers ADD CONSTRAINT slot_speakers_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&)`);
  }
}
