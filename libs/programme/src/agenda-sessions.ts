import { effectiveAccess, eventDirectory } from '@app/events';
import type { EntityManager } from 'typeorm';
import type { InterpretationChannel } from './programme-snapshot.js';

/** A session as a delegate's agenda shows it; the room's name comes from the events library. */
export interface AgendaSession {
  id: string;
  eventId: string;
  number: number;
  title: Record<string, string>;
  type: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  seatLimit: number | null;
  seatsTaken: number;
  /** For confirmed delegates only: never put these in anything public. The session's own, else its room's. */
  streamUrl: string | null;
  interpretation: InterpretationChannel[];
}

/**
 * Sessions for registration's agendas, by id, on the caller's manager (its transactions, its
 * notification kinds). The programme owns `sessions`; one query per call.
 */
export const agendaSessions = {
  async byIds(manager: EntityManager, ids: string[]): Promise<Map<string, AgendaSession>> {
    if (ids.length === 0) return new Map();
    const rows: AgendaSession[] = await manager.query(
      `SELECT id, event_id AS "eventId", number, title, type, room_id AS "roomId", lower(during) AS "startsAt", upper(during) AS "endsAt",
              seat_limit AS "seatLimit", seats_taken AS "seatsTaken", stream_url AS "streamUrl", interpretation
         FROM sessions WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    const rooms = await eventDirectory.roomAccess(
      manager,
      rows.flatMap((row) => (row.roomId ? [row.roomId] : [])),
    );
    return new Map(rows.map((row) => [row.id, { ...row, ...effectiveAccess(row, row.roomId ? rooms.get(row.roomId) : undefined) }]));
  },

  /** Every session of an event, by start: the doors a desk can scan at. */
  async ofEvent(manager: EntityManager, eventId: string): Promise<AgendaSession[]> {
    return manager.query(
      `SELECT id, event_id AS "eventId", number, title, type, room_id AS "roomId", lower(during) AS "startsAt", upper(during) AS "endsAt",
              seat_limit AS "seatLimit", seats_taken AS "seatsTaken"
         FROM sessions WHERE event_id = $1 ORDER BY lower(during), number`,
      [eventId],
    );
  },

  /** The first (by start) of these sessions that overlaps the given one, other than itself. */
  async firstOverlapping(manager: EntityManager, sessionId: string, among: string[]): Promise<AgendaSession | undefined> {
    if (among.length === 0) return undefined;
    const [row] = await manager.query(
      `SELECT s.id, s.title, lower(s.during) AS "startsAt", upper(s.during) AS "endsAt"
         FROM sessions s WHERE s.id = ANY($2::uuid[]) AND s.id <> $1 AND s.during && (SELECT during FROM sessions WHERE id = $1)
        ORDER BY lower(s.during) LIMIT 1`,
      [sessionId, among],
    );
    return row;
  },
};
