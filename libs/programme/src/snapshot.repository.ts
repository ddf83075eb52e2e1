import type { EntityManager } from 'typeorm';
import type { ProgrammeSnapshot, SnapshotSession } from './programme-snapshot.js';

/** Reads the current draft of an event's programme in the snapshot form. */
export async function readDraft(manager: EntityManager, eventId: string): Promise<ProgrammeSnapshot> {
  const [event] = await manager.query(
    `SELECT id, slug, name, description, time_zone AS "timeZone", start_date::text AS "startDate", end_date::text AS "endDate",
            languages, city, venue FROM events WHERE id = $1`,
    [eventId],
  );
  const rooms = await manager.query(`SELECT id, name, capacity FROM rooms WHERE event_id = $1 ORDER BY name`, [eventId]);
  const tracks = await manager.query(`SELECT id, name, colour FROM tracks WHERE event_id = $1 ORDER BY name`, [eventId]);
  const sessions: SnapshotSession[] = await manager.query(
    `SELECT s.id, s.number, s.type, s.title, s.abstract, s.track_id AS "trackId", s.room_id AS "roomId",
            to_char(lower(s.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS start,
            to_char(upper(s.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "end",
            s.seat_limit AS "seatLimit", s.chairs,
            coalesce((
              SELECT json_agg(json_build_object(
                       'id', sl.id, 'title', sl.title,
                       'start', to_char(lower(sl.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'end', to_char(upper(sl.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'speakers', coalesce((SELECT json_agg(json_build_object('userId', u.id, 'name', u.display_name) ORDER BY sp.position, u.display_name)
                                               FROM slot_speakers sp JOIN users u ON u.id = sp.user_id WHERE sp.slot_id = sl.id), '[]'))
                     ORDER BY lower(sl.during))
                FROM slots sl WHERE sl.session_id = s.id), '[]') AS slots
       FROM sessions s WHERE s.event_id = $1 ORDER BY lower(s.during), s.number`,
    [eventId],
  );
  return { event, rooms, tracks, sessions };
}
