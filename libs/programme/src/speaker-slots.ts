import type { EntityManager } from 'typeorm';

/** A slot with what the speakers library shows about it; names of events and rooms come from the events library. */
export interface SlotFacts {
  slotId: string;
  /** The talk's title in the language asked for, else as entered. */
  title: string;
  start: Date;
  end: Date;
  sessionId: string;
  /** The session's title in the language asked for (then English, then any). */
  sessionTitle: string;
  sessionTitles: Record<string, string>;
  sessionStart: Date;
  eventId: string;
  roomId: string | null;
}

export interface SlotFilter {
  sessionId?: string;
  roomId?: string;
  day?: { date: string; timeZone: string };
}

export interface SlotSpeaker {
  slotId: string;
  userId: string;
  position: number;
}

const COLUMNS = `sl.id AS "slotId", coalesce(sl.translations -> $1 ->> 'title', sl.title) AS title, lower(sl.during) AS start, upper(sl.during) AS "end", s.id AS "sessionId",
  coalesce(s.title ->> $1, s.title ->> 'en', (SELECT value FROM jsonb_each_text(s.title) LIMIT 1)) AS "sessionTitle",
  s.title AS "sessionTitles", lower(s.during) AS "sessionStart", s.event_id AS "eventId", s.room_id AS "roomId"`;
const FROM = `FROM slots sl JOIN sessions s ON s.id = sl.session_id`;

/**
 * Slots and their speakers, for the speakers library (its views of slots, slides, invitations and
 * reminders). The programme owns `slots`, `sessions` and `slot_speakers`; plain functions on the
 * caller's manager, so that notification kinds and the caller's transactions use them too.
 */
export const speakerSlots = {
  /** The speaker's slots across every event, soonest first. */
  async ofSpeaker(manager: EntityManager, userId: string, language = 'en'): Promise<SlotFacts[]> {
    return manager.query(`SELECT ${COLUMNS} ${FROM} JOIN slot_speakers ss ON ss.slot_id = sl.id WHERE ss.user_id = $2 ORDER BY lower(sl.during)`, [
      language,
      userId,
    ]);
  },

  /** The slots with these ids, soonest first; `eventId` keeps to one event. */
  async byIds(manager: EntityManager, slotIds: string[], language = 'en', eventId?: string): Promise<SlotFacts[]> {
    if (slotIds.length === 0) return [];
    return manager.query(`SELECT ${COLUMNS} ${FROM} WHERE sl.id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR s.event_id = $3) ORDER BY lower(sl.during), sl.id`, [
      language,
      slotIds,
      eventId ?? null,
    ]);
  },

  /**
   * The event's slots, or those of one session, of one room on a day, or of a day (the day in the
   * event's time zone, from the session's start): sessions by start time, slots in speaking order.
   */
  async ofEvent(manager: EntityManager, eventId: string, only: SlotFilter = {}): Promise<SlotFacts[]> {
    return manager.query(
      `SELECT ${COLUMNS} ${FROM} WHERE s.event_id = $2 AND ($3::uuid IS NULL OR s.id = $3) AND ($4::uuid IS NULL OR s.room_id = $4)
          AND ($5::date IS NULL OR (lower(s.during) AT TIME ZONE $6)::date = $5::date)
        ORDER BY lower(s.during), s.id, lower(sl.during), sl.id`,
      ['en', eventId, only.sessionId ?? null, only.roomId ?? null, only.day?.date ?? null, only.day?.timeZone ?? 'UTC'],
    );
  },

  async sessionExists(manager: EntityManager, eventId: string, sessionId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM sessions WHERE id = $1 AND event_id = $2`, [sessionId, eventId]);
    return rows.length > 0;
  },

  /** Locks the event's slots among these ids (FOR UPDATE) on the caller's transaction and answers which they were. */
  async lockInEvent(manager: EntityManager, eventId: string, slotIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT sl.id ${FROM} WHERE s.event_id = $1 AND sl.id = ANY($2::uuid[]) FOR UPDATE OF sl`, [
      eventId,
      slotIds,
    ]);
    return rows.map((row) => row.id);
  },

  /** Locks one slot on the caller's transaction, so that uploads to it number their versions one after another. */
  async lock(manager: EntityManager, slotId: string): Promise<void> {
    await manager.query(`SELECT id FROM slots WHERE id = $1 FOR UPDATE`, [slotId]);
  },

  /** The speakers of these slots, in speaking position. */
  async speakersOf(manager: EntityManager, slotIds: string[]): Promise<SlotSpeaker[]> {
    if (slotIds.length === 0) return [];
    return manager.query(
      `SELECT slot_id AS "slotId", user_id AS "userId", position FROM slot_speakers WHERE slot_id = ANY($1::uuid[]) ORDER BY slot_id, position`,
      [slotIds],
    );
  },

  async isSpeaker(manager: EntityManager, slotId: string, userId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM slot_speakers WHERE slot_id = $1 AND user_id = $2`, [slotId, userId]);
    return rows.length > 0;
  },

  /** Whether the speaker is still on the slot and it is still to come (a reminder is then still due). */
  async speaksLater(manager: EntityManager, slotId: string, userId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM slot_speakers WHERE slot_id = $1 AND user_id = $2 AND lower(during) > now()`, [slotId, userId]);
    return rows.length > 0;
  },

  /** Speakers on the event's slots still to come. */
  async upcomingOfEvent(manager: EntityManager, eventId: string): Promise<SlotSpeaker[]> {
    return manager.query(
      `SELECT ss.slot_id AS "slotId", ss.user_id AS "userId", ss.position ${FROM} JOIN slot_speakers ss ON ss.slot_id = sl.id
        WHERE s.event_id = $1 AND lower(ss.during) > now()`,
      [eventId],
    );
  },
};
