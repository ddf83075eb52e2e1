import { api, type Schemas, unwrap } from '../api/client';

/**
 * What GET /events/{slug}/programme sends: the latest published version, days in the event's zone → rooms →
 * sessions → slots. Every time is an ISO instant written in the event's zone with its offset
 * (2024-10-29T09:00:00+07:00), so its date and wall-clock time can be read straight off the string.
 */
export type Timetable = Schemas['TimetableResponse'];
export type TimetableTrack = Schemas['TimetableTrackResponse'];
export type TimetableSlot = Schemas['TimetableSlotResponse'];
export type TimetableSession = Schemas['TimetableSessionResponse'];
export type TimetableRoom = Schemas['TimetableRoomResponse'];
export type SessionType = TimetableSession['type'];

export const SESSION_TYPES: readonly SessionType[] = ['plenary', 'parallel', 'workshop', 'panel', 'ceremony', 'break', 'social'];

/**
 * The timetable is the most visited page, so its data is asked for as soon as the app's first script
 * runs (routes.ts), in parallel with the page's own chunk; the page takes that first answer once.
 * `no-cache` revalidates with the ETag every time: a 304 costs nothing and a just-published move shows at once.
 */
const early = new Map<string, Promise<Timetable>>();

function request(slug: string): Promise<Timetable> {
  return unwrap(api.GET('/events/{slug}/programme', { params: { path: { slug } }, cache: 'no-cache' }));
}

export function prefetchTimetable(slug: string): void {
  if (!early.has(slug)) {
    const promise = request(slug);
    promise.catch(() => undefined);
    early.set(slug, promise);
  }
}

export function fetchTimetable(slug: string): Promise<Timetable> {
  const prefetched = early.get(slug);
  if (prefetched) {
    early.delete(slug);
    return prefetched;
  }
  return request(slug);
}

/** Minutes since local midnight of a zoned ISO time ("…T09:30:00+07:00" → 570). */
export const minutesOf = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
export const dateOf = (iso: string) => iso.slice(0, 10);
/** The wall-clock time as written in the event's zone. */
export const clockOf = (iso: string) => iso.slice(11, 16);

export function sessionTitle(session: TimetableSession, language: string): string {
  return session.title[language] || session.displayTitle;
}

/** A talk's title in the reader's language where the organiser gave one, else the event's first language's. */
export function slotTitle(slot: TimetableSlot, language: string): string {
  return slot.translations[language]?.title || slot.title;
}

export function sessionAbstract(session: TimetableSession, language: string, languages: string[]): string {
  if (session.abstract[language]) return session.abstract[language];
  for (const candidate of languages) if (session.abstract[candidate]) return session.abstract[candidate];
  return Object.values(session.abstract)[0] ?? '';
}

/** Everyone who speaks in the session, once each, in the order of its talks. */
export function speakerNames(session: TimetableSession): string[] {
  return [...new Set(session.slots.flatMap((slot) => slot.speakers.map((speaker) => speaker.name)))];
}

export interface PlacedSession {
  session: TimetableSession;
  roomId: string | null;
  roomName: string | null;
  /** Where the room is (floor, wing), when the organisers said. */
  roomNote: string | null;
}

/** Every session of the programme with its room, in start order. */
export function allSessions(timetable: Timetable): PlacedSession[] {
  const placed: PlacedSession[] = [];
  for (const day of timetable.days) {
    for (const room of day.rooms)
      for (const session of room.sessions) placed.push({ session, roomId: room.id, roomName: room.name, roomNote: room.locationNote });
  }
  return placed.sort((a, b) => Date.parse(a.session.start) - Date.parse(b.session.start));
}

/** The rooms of the whole programme in the organisers' order, so every day shows the same columns. */
export function roomsOf(timetable: Timetable): { id: string; name: string; locationNote: string | null }[] {
  const rooms = new Map<string, { id: string; name: string; locationNote: string | null }>();
  for (const day of timetable.days)
    for (const room of day.rooms)
      if (room.id !== null && !rooms.has(room.id)) rooms.set(room.id, { id: room.id, name: room.name ?? '', locationNote: room.locationNote });
  return [...rooms.values()];
}

/** What is on at `now`, and what starts next (every session starting at that next moment). */
export function nowAndNext(sessions: PlacedSession[], now: number): { now: PlacedSession[]; next: PlacedSession[] } {
  const running = sessions.filter(({ session }) => Date.parse(session.start) <= now && now < Date.parse(session.end));
  const upcoming = sessions.filter(({ session }) => Date.parse(session.start) > now);
  const nextStart = upcoming.length ? Math.min(...upcoming.map(({ session }) => Date.parse(session.start))) : undefined;
  return { now: running, next: upcoming.filter(({ session }) => Date.parse(session.start) === nextStart) };
}
