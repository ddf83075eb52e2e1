import type { TimetableResponse, TimetableSessionResponse } from '../dto/timetable.dto.js';
import { localised, type PublishedProgramme } from '../programme-snapshot.js';
import { showIn } from '../session-time.js';
import { DateTime } from 'luxon';

/** The web timetable's shape: days (in the event's zone) → rooms → sessions → slots. */
export function buildTimetable({ version, publishedAt, snapshot }: PublishedProgramme): TimetableResponse {
  const zone = snapshot.event.timeZone;
  const tracks = new Map(snapshot.tracks.map((track) => [track.id, track]));
  const days = new Map<string, Map<string | null, TimetableSessionResponse[]>>();
  for (const session of snapshot.sessions) {
    const day = DateTime.fromISO(session.start, { zone: 'utc' }).setZone(zone).toISODate()!;
    if (!days.has(day)) days.set(day, new Map());
    const rooms = days.get(day)!;
    if (!rooms.has(session.roomId)) rooms.set(session.roomId, []);
    rooms.get(session.roomId)!.push({
      id: session.id,
      type: session.type,
      title: session.title,
      displayTitle: localised(session.title, snapshot.event.languages),
      abstract: session.abstract,
      track: session.trackId ? (tracks.get(session.trackId) ?? null) : null,
      start: showIn(session.start, zone),
      end: showIn(session.end, zone),
      seatLimit: session.seatLimit,
      chairs: session.chairs,
      slots: session.slots.map((slot) => ({ ...slot, translations: slot.translations ?? {}, start: showIn(slot.start, zone), end: showIn(slot.end, zone) })),
      languages: session.languages ?? [],
      // Which languages only: the links and radio channels are for registered delegates.
      interpretedInto: (session.access?.interpretation ?? []).map((channel) => channel.language),
    });
  }
  const roomOrder = snapshot.rooms.map((room) => room.id);
  return {
    version,
    publishedAt,
    timeZone: zone,
    event: { slug: snapshot.event.slug, name: snapshot.event.name, languages: snapshot.event.languages },
    tracks: snapshot.tracks,
    days: [...days.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, rooms]) => ({
        date,
        rooms: [...rooms.entries()]
          .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : roomOrder.indexOf(a) - roomOrder.indexOf(b)))
          .map(([roomId, sessions]) => {
            const room = snapshot.rooms.find((candidate) => candidate.id === roomId);
            return { id: roomId, name: room?.name ?? null, capacity: room?.capacity ?? null, locationNote: room?.locationNote || null, sessions };
          }),
      })),
  };
}
