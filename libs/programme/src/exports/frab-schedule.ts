import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { localised, type PublishedProgramme, type SnapshotSession } from '../programme-snapshot.js';
import { showIn } from '../session-time.js';
import { exportWording } from './export-language.js';

/** Where the public pages live; the exports link to them. */
export interface ScheduleExportOptions {
  publicUrl: string;
  /** The local hour at which one conference day hands over to the next (frab's "day change"). */
  dayChangeHour?: number;
  /** One of the event's languages (`?lang=`); texts without a translation stay in its first. Default: its first. */
  language?: string;
}

/** frab's default: a session at 01:00 still belongs to the evening before. */
export const DAY_CHANGE_HOUR = 4;

/**
 * The schedule as frab, pretalx and the c3voc tooling think of it (days → rooms → events),
 * computed once and written out as XML or JSON. Every instant is shown in the event's zone
 * with its offset.
 */
export interface FrabSchedule {
  version: string;
  url: string;
  conference: {
    acronym: string;
    title: string;
    description: string;
    start: string;
    end: string;
    timeZone: string;
    timeslotDuration: string;
    url: string;
    tracks: { name: string; slug: string | null; colour: string }[];
    rooms: FrabRoom[];
  };
  days: FrabDay[];
}

export interface FrabRoom {
  name: string;
  guid: string;
}

export interface FrabDay {
  index: number;
  date: string;
  start: string;
  end: string;
  rooms: { room: FrabRoom; events: FrabEvent[] }[];
}

export interface FrabEvent {
  guid: string;
  id: number;
  room: string;
  title: string;
  subtitle: string | null;
  type: string;
  date: string;
  end: string;
  start: string;
  duration: string;
  abstract: string;
  description: string;
  slug: string;
  track: string | null;
  language: string | null;
  persons: { guid: string; name: string }[];
  url: string;
}

/** Fixed namespace for the name-based UUIDs below, so they stay the same across exports. */
const PLENARY_NAMESPACE = 'c9a1f6a4-3f0e-5b7e-9d7a-2f4b8e6c1d30';

/** RFC 9562 version 5 (SHA-1, name-based) UUID, lower case. */
export function uuidV5(name: string, namespace = PLENARY_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** ASCII, lower case, hyphen-separated; Vietnamese letters lose their marks, scripts without Latin letters vanish. */
export function asciiSlug(text: string, maxLength = 40): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/**
 * The c3voc JSON schema wants `^[a-z0-9_-][a-z0-9_]{3,}…`: no hyphens after the first character
 * and at least four characters. An event slug (`learning-cities-2024`) becomes `learning_cities_2024`.
 */
export function conferenceAcronym(slug: string): string {
  return slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .padEnd(4, '_');
}

/** `HH:MM`, strictly between 0 and 24 hours as frab consumers require; longer sessions are capped (the JSON `end` is exact). */
export function frabDuration(startIso: string, endIso: string): string {
  const minutes = Math.ceil(DateTime.fromISO(endIso, { zone: 'utc' }).diff(DateTime.fromISO(startIso, { zone: 'utc' }), 'minutes').minutes);
  const bounded = Math.min(Math.max(minutes, 1), 24 * 60 - 1);
  return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`;
}

/** The c3voc schema admits `Area/Location` or `UTC`: the zone's other spellings of UTC (Etc/UTC, GMT, Zulu…) are written as `UTC`. */
export function frabZoneName(timeZone: string): string {
  return /^(Etc\/)?(UTC|UCT|GMT|GMT[+-]?0|Greenwich|Universal|Zulu)$/.test(timeZone) ? 'UTC' : timeZone;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The coarsest of 15, 10 or 5 minutes on which every session starts and ends, for apps that draw a grid. */
export function timeslotDuration(sessions: SnapshotSession[], timeZone: string): string {
  let step = 0;
  for (const session of sessions) {
    for (const instant of [session.start, session.end]) step = gcd(step, DateTime.fromISO(instant, { zone: 'utc' }).setZone(timeZone).minute);
  }
  const minutes = step === 0 ? 15 : ([15, 10, 5].find((candidate) => step % candidate === 0) ?? 5);
  return `00:${String(minutes).padStart(2, '0')}`;
}

interface DayFrame {
  date: string;
  start: DateTime;
  end: DateTime;
  sessions: SnapshotSession[];
}

/**
 * One conference day per date of the event, each running from the day-change hour to the same
 * hour of the next date in the event's zone (so 25 hours across the October change in Berlin).
 * A session belongs to the day it starts in: 01:30 on the 27th is still the night of the 26th,
 * and 23:30 to 00:30 stays on the day it began. A day's start and end widen to enclose its
 * sessions (a session before the first day's change hour joins the first day).
 */
export function conferenceDays(programme: PublishedProgramme, dayChangeHour = DAY_CHANGE_HOUR): DayFrame[] {
  const { event, sessions } = programme.snapshot;
  const zone = event.timeZone;
  const first = DateTime.fromISO(event.startDate, { zone });
  const last = DateTime.fromISO(event.endDate, { zone });
  const frames: DayFrame[] = [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    frames.push({
      date: day.toISODate()!,
      start: day.set({ hour: dayChangeHour }),
      end: day.plus({ days: 1 }).set({ hour: dayChangeHour }),
      sessions: [],
    });
  }
  const ordered = [...sessions].sort((a, b) => a.start.localeCompare(b.start) || a.number - b.number);
  for (const session of ordered) {
    const start = DateTime.fromISO(session.start, { zone: 'utc' }).setZone(zone);
    const end = DateTime.fromISO(session.end, { zone: 'utc' }).setZone(zone);
    const date = (start.hour < dayChangeHour ? start.minus({ days: 1 }) : start).toISODate()!;
    // Sessions lie within the event's dates, so only the first day's small hours can fall before it.
    const frame = frames.find((candidate) => candidate.date === date) ?? (date < frames[0].date ? frames[0] : frames[frames.length - 1]);
    frame.sessions.push(session);
    if (start < frame.start) frame.start = start;
    if (end > frame.end) frame.end = end;
  }
  return frames;
}

const iso = (moment: DateTime) => moment.toISO({ suppressMilliseconds: true })!;

/** Builds the frab model of the latest published programme. */
export function frabSchedule(programme: PublishedProgramme, options: ScheduleExportOptions): FrabSchedule {
  const { event, rooms, tracks, sessions } = programme.snapshot;
  const zone = event.timeZone;
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const eventUrl = `${publicUrl}/events/${event.slug}`;
  const acronym = conferenceAcronym(event.slug);
  const wording = exportWording(programme.snapshot, options.language);
  const trackNames = new Map(tracks.map((track) => [track.id, wording.name(track)]));

  const frabRooms: FrabRoom[] = rooms.map((room) => ({ name: wording.name(room), guid: room.id.toLowerCase() }));
  const roomOf = new Map(rooms.map((room, index) => [room.id, frabRooms[index]]));
  // Sessions without a room (a plenary break, a city tour) still need one in frab: the venue.
  let venue: FrabRoom | undefined;
  if (sessions.some((session) => !session.roomId || !roomOf.has(session.roomId))) {
    let name = wording.venue.trim() || 'Venue';
    while (frabRooms.some((room) => room.name === name)) name = `${name} (all rooms)`;
    venue = { name, guid: uuidV5(`room:none:${event.id}`) };
    frabRooms.push(venue);
  }

  const toEvent = (session: SnapshotSession): FrabEvent => {
    const language = wording.languages.find((candidate) => session.title[candidate]) ?? Object.keys(session.title)[0] ?? null;
    const title = wording.text(session.title);
    const others = Object.entries(session.title)
      .filter(([candidate]) => candidate !== language)
      .map(([, text]) => text)
      .filter((text) => text !== title);
    const persons = new Map<string, { guid: string; name: string }>();
    for (const slot of session.slots) {
      for (const speaker of slot.speakers) {
        // A name-based guid: stable per speaker, without publishing the account's own id.
        if (!persons.has(speaker.userId)) persons.set(speaker.userId, { guid: uuidV5(`person:${speaker.userId}`), name: speaker.name });
      }
    }
    const lines = session.slots.map((slot) => {
      const speakers = slot.speakers.map((speaker) => speaker.name).join(', ');
      return `${showIn(slot.start, zone).slice(11, 16)}–${showIn(slot.end, zone).slice(11, 16)} ${wording.slotTitle(slot)}${speakers ? ` (${speakers})` : ''}`;
    });
    if (session.chairs.length) lines.push(`Chairs: ${session.chairs.join(', ')}`);
    const room = (session.roomId && roomOf.get(session.roomId)) || venue!;
    return {
      guid: session.id.toLowerCase(),
      id: session.number,
      room: room.name,
      title,
      subtitle: others.length ? others.join(' · ') : null,
      type: session.type,
      date: showIn(session.start, zone),
      end: showIn(session.end, zone),
      start: showIn(session.start, zone).slice(11, 16),
      duration: frabDuration(session.start, session.end),
      abstract: wording.text(session.abstract),
      description: lines.join('\n'),
      // From the first language's title: an identifier stays the same whichever language is asked for.
      slug: `${acronym}-${session.number}-${asciiSlug(localised(session.title, event.languages)) || session.type}`,
      track: session.trackId ? (trackNames.get(session.trackId) ?? null) : null,
      language,
      persons: [...persons.values()],
      url: `${eventUrl}#session-${session.number}`,
    };
  };

  const days = conferenceDays(programme, options.dayChangeHour).map((frame, index): FrabDay => ({
    index: index + 1,
    date: frame.date,
    start: iso(frame.start),
    end: iso(frame.end),
    // Every room on every day, so apps draw the same columns each day.
    rooms: frabRooms.map((room) => ({
      room,
      events: frame.sessions.filter((session) => ((session.roomId && roomOf.get(session.roomId)) || venue) === room).map(toEvent),
    })),
  }));

  return {
    version: `v${programme.version}`,
    url: `${eventUrl}/schedule.xml`,
    conference: {
      acronym,
      title: wording.eventName,
      description: wording.eventDescription,
      start: event.startDate,
      end: event.endDate,
      timeZone: frabZoneName(zone),
      timeslotDuration: timeslotDuration(sessions, zone),
      url: eventUrl,
      tracks: tracks.map((track) => {
        // From the first language's name, as session slugs are; the XSD wants it to begin with a letter: left out rather than invented.
        const slug = asciiSlug(track.name, 60);
        return { name: wording.name(track), slug: /^[a-z][a-z0-9-]+$/.test(slug) ? slug : null, colour: track.colour };
      }),
      rooms: frabRooms,
    },
    days,
  };
}
