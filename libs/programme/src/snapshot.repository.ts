import { accountNames, byPositionThenName } from '@app/auth';
import { effectiveAccess, eventDirectory } from '@app/events';
import type { EntityManager } from 'typeorm';
import type { ProgrammeSnapshot, SnapshotSession, SnapshotSlot } from './programme-snapshot.js';

type DraftSession = Omit<SnapshotSession, 'slots'> & { slots: (Omit<SnapshotSlot, 'speakers'> & { speakers: { userId: string; position: number }[] })[] };

/**
 * Reads the current draft of an event's programme in the snapshot form: the event, its rooms and
 * tracks from the events library, speakers' names from auth, one query each.
 */
export async function readDraft(manager: EntityManager, eventId: string): Promise<ProgrammeSnapshot> {
  const event = await eventDirectory.details(manager, eventId);
  const rooms = (await eventDirectory.roomsOfEvent(manager, eventId)).map(({ id, name, capacity, locationNote, translations }) => ({
    id,
    name,
    capacity,
    locationNote,
    translations,
  }));
  const tracks = (await eventDirectory.tracksOfEvent(manager, eventId)).map(({ id, name, colour, translations }) => ({ id, name, colour, translations }));
  const drafts: DraftSession[] = await manager.query(
    `SELECT s.id, s.number, s.type, s.title, s.abstract, s.track_id AS "trackId", s.room_id AS "roomId",
            to_char(lower(s.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS start,
            to_char(upper(s.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "end",
            s.seat_limit AS "seatLimit", s.chairs, s.languages,
            json_build_object('streamUrl', s.stream_url, 'interpretation', s.interpretation) AS "ownAccess",
            coalesce((
              SELECT json_agg(json_build_object(
                       'id', sl.id, 'title', sl.title, 'translations', sl.translations,
                       'start', to_char(lower(sl.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'end', to_char(upper(sl.during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'speakers', coalesce((SELECT json_agg(json_build_object('userId', sp.user_id, 'position', sp.position) ORDER BY sp.position)
                                               FROM slot_speakers sp WHERE sp.slot_id = sl.id), '[]'))
                     ORDER BY lower(sl.during))
                FROM slots sl WHERE sl.session_id = s.id), '[]') AS slots
       FROM sessions s WHERE s.event_id = $1 ORDER BY lower(s.during), s.number`,
    [eventId],
  );
  const names = await accountNames(
    manager,
    drafts.flatMap((session) => session.slots.flatMap((slot) => slot.speakers.map((speaker) => speaker.userId))),
  );
  const nameOf = new Map(names.map((account) => [account.id, account.displayName]));
  const roomAccess = await eventDirectory.roomAccess(
    manager,
    rooms.map((room) => room.id),
  );
  const sessions: SnapshotSession[] = drafts.map((session) => ({
    ...session,
    access: effectiveAccess(session.ownAccess!, session.roomId ? roomAccess.get(session.roomId) : undefined),
    slots: session.slots.map((slot) => ({
      ...slot,
      speakers: byPositionThenName(slot.speakers, names).map((speaker) => ({ userId: speaker.userId, name: nameOf.get(speaker.userId)! })),
    })),
  }));
  return { event, rooms, tracks, sessions };
}
