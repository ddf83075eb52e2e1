import type { EntityManager } from 'typeorm';
import type { RoomAccess } from './access/interpretation.js';

export interface EventFacts {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  languages: string[];
  /** The name in the event's other languages, where given. */
  translations: Record<string, { name?: string }>;
}

/** An event as a published programme freezes it. */
export interface EventDetails extends EventFacts {
  description: string;
  startDate: string;
  endDate: string;
  languages: string[];
  city: string;
  venue: string;
  /** The name, description and venue in the event's other languages, where given. */
  translations: Record<string, { name?: string; description?: string; venue?: string }>;
}

export interface RoomFacts {
  id: string;
  eventId: string;
  name: string;
  capacity: number;
  /** Where it is, in the event's first language. */
  locationNote: string;
  /** The name and the note in the event's other languages, where given. */
  translations: Record<string, { name?: string; locationNote?: string }>;
}

export interface TrackFacts {
  id: string;
  eventId: string;
  name: string;
  colour: string;
}

/**
 * Events, rooms and tracks by id, for the libraries that show them next to their own rows (a
 * speaker's slots, a delegate's agenda, a notification's lines). Plain functions on the caller's
 * manager, so that notification kinds and transactions can use them; one query per call, never per row.
 */
export const eventDirectory = {
  async events(manager: EntityManager, ids: string[]): Promise<Map<string, EventFacts>> {
    if (ids.length === 0) return new Map();
    const rows: EventFacts[] = await manager.query(
      `SELECT id, slug, name, time_zone AS "timeZone", languages, translations FROM events WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  },

  async details(manager: EntityManager, id: string): Promise<EventDetails> {
    const [event] = await manager.query(
      `SELECT id, slug, name, description, time_zone AS "timeZone", start_date::text AS "startDate", end_date::text AS "endDate",
              languages, city, venue, translations FROM events WHERE id = $1`,
      [id],
    );
    return event;
  },

  /** Locks the event's row on the caller's transaction (one publication at a time per event); false when there is no such event. */
  async lock(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await manager.query(`SELECT id FROM events WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  },

  /** Ordered by name, as rooms are listed everywhere. */
  async rooms(manager: EntityManager, ids: string[]): Promise<RoomFacts[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT id, event_id AS "eventId", name, capacity, location_note AS "locationNote", translations FROM rooms WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
      [[...new Set(ids)]],
    );
  },

  /** The stream and interpretation of these rooms, by id: for registered delegates only, never for anything public. */
  async roomAccess(manager: EntityManager, ids: string[]): Promise<Map<string, RoomAccess>> {
    if (ids.length === 0) return new Map();
    const rows: RoomAccess[] = await manager.query(`SELECT id AS "roomId", stream_url AS "streamUrl", interpretation FROM rooms WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    return new Map(rows.map((row) => [row.roomId, row]));
  },

  /** Ordered by name. */
  async tracks(manager: EntityManager, ids: string[]): Promise<TrackFacts[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT id, event_id AS "eventId", name, colour FROM tracks WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [[...new Set(ids)]]);
  },

  /** The event's rooms, ordered by name. */
  async roomsOfEvent(manager: EntityManager, eventId: string): Promise<RoomFacts[]> {
    return manager.query(
      `SELECT id, event_id AS "eventId", name, capacity, location_note AS "locationNote", translations FROM rooms WHERE event_id = $1 ORDER BY name, id`,
      [eventId],
    );
  },

  /** The event's tracks, ordered by name, with their names in the event's other languages. */
  async tracksOfEvent(manager: EntityManager, eventId: string): Promise<(TrackFacts & { translations: Record<string, { name?: string }> })[]> {
    return manager.query(`SELECT id, event_id AS "eventId", name, colour, translations FROM tracks WHERE event_id = $1 ORDER BY name, id`, [eventId]);
  },
};
