import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventDetails } from '../ui/event-query';
import { fetchTimetable, type Timetable } from './timetable-data';

type Answer =
  { isPending: true; error: null; data: undefined } | { isPending: false; error: Error; data: undefined } | { isPending: false; error: null; data: Timetable };
type Names = { name: string; rooms: { id: string; name: string; locationNote: string }[]; tracks: { id: string; name: string }[] };

/**
 * The published timetable with the event's, rooms' and tracks' names (and rooms' floor notes) in the reader's language. The timetable's
 * bytes stay one cached answer for every language; the names come from the event's details, asked for only when
 * the reader's language is not the event's first (whose names the timetable already carries).
 */
export function useTimetable(slug: string): Answer {
  const { i18n } = useTranslation();
  const timetable = useQuery({ queryKey: ['timetable', slug], queryFn: () => fetchTimetable(slug) });
  const needsNames = timetable.data !== undefined && i18n.language !== timetable.data.event.languages[0];
  const event = useEventDetails(slug, { enabled: needsNames });
  const names = needsNames ? event.data : undefined;
  const data = useMemo(() => (timetable.data && names ? inNames(timetable.data, names) : timetable.data), [timetable.data, names]);
  if (timetable.error) return { isPending: false, error: timetable.error, data: undefined };
  // Should the details fail, the timetable still shows, in the event's first language.
  if (!data || (needsNames && event.isPending)) return { isPending: true, error: null, data: undefined };
  return { isPending: false, error: null, data };
}

function inNames(timetable: Timetable, names: Names): Timetable {
  const rooms = new Map(names.rooms.map((room) => [room.id, room]));
  const tracks = new Map(names.tracks.map((track) => [track.id, track.name]));
  const track = <T extends { id: string; name: string }>(candidate: T): T => ({ ...candidate, name: tracks.get(candidate.id) ?? candidate.name });
  return {
    ...timetable,
    event: { ...timetable.event, name: names.name },
    tracks: timetable.tracks.map(track),
    days: timetable.days.map((day) => ({
      ...day,
      rooms: day.rooms.map((room) => ({
        ...room,
        name: room.id !== null ? (rooms.get(room.id)?.name ?? room.name) : room.name,
        locationNote: room.id !== null ? rooms.get(room.id)?.locationNote || room.locationNote : room.locationNote,
        sessions: room.sessions.map((session) => (session.track ? { ...session, track: track(session.track) } : session)),
      })),
    })),
  };
}
