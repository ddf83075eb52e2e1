import type { EntityManager } from 'typeorm';

/**
 * Speakers on slots, for the speakers library (invitations, slide reminders), which works on its own
 * transaction. The programme owns `slot_speakers`; its exclusion constraint `slot_speakers_overlap` still
 * refuses a speaker in two places at once, and the caller names that refusal.
 */
export const slotSpeakers = {
  /** Adds the speaker to each slot, after those already on it; a slot they are on already is left as it is. */
  async add(manager: EntityManager, slotIds: string[], userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO slot_speakers (slot_id, user_id, during, position)
       SELECT sl.id, $2, sl.during, coalesce((SELECT max(position) + 1 FROM slot_speakers WHERE slot_id = sl.id), 0)
         FROM slots sl WHERE sl.id = ANY($1)
       ON CONFLICT (slot_id, user_id) DO NOTHING`,
      [slotIds, userId],
    );
  },

  /** Rewrites the event's speaker rows unchanged, so the triggers that follow slot times (slide reminders) run again. */
  async touch(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query(
      `UPDATE slot_speakers ss SET during = ss.during FROM slots sl JOIN sessions s ON s.id = sl.session_id WHERE sl.id = ss.slot_id AND s.event_id = $1`,
      [eventId],
    );
  },
};
