import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The times a speaker has said they cannot speak at an event. Soft: the programme warns when a talk falls
 * in one, it does not refuse it (an organiser may have agreed otherwise). One speaker's times never overlap,
 * so the list a speaker sees is the list they gave. Owned by libs/programme.
 */
export class SpeakerUnavailability1734176000001 implements MigrationInterface {
  name = 'SpeakerUnavailability1734176000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE speaker_unavailability (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        during tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
        CONSTRAINT speaker_unavailability_overlap EXCLUDE USING gist (event_id WITH =, user_id WITH =, during WITH &&)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE speaker_unavailability`);
  }
}
