import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { PublishedProgramme } from '../programme-snapshot.js';
import { showIn } from '../session-time.js';
import { exportWording } from './export-language.js';
import type { ScheduleExportOptions } from './frab-schedule.js';

/**
 * Stable across versions, so a subscribed calendar updates a session instead of adding a copy.
 * Different from a delegate's personal agenda (`<id>@plenary`): the two calendars describe the
 * session differently and a client holding both must not merge them.
 */
export const scheduleUid = (sessionId: string) => `${sessionId}@programme.plenary`;

/**
 * Whether the event's clock shows this local time only once. In the hour that repeats when the
 * clocks go back, RFC 5545 (3.3.5) says a TZID time means the first occurrence, but parsers
 * differ (ical.js and luxon take the second), so such instants are written in UTC, which every
 * reader agrees on.
 */
export function isUnambiguousLocalTime(instant: DateTime, timeZone: string): boolean {
  const local = instant.setZone(timeZone);
  const wall = local.toMillis() + local.offset * 60_000;
  const offsets = new Set([local.minus({ days: 1 }).offset, local.plus({ days: 1 }).offset]);
  for (const offset of offsets) {
    if (offset === local.offset) continue;
    // The same wall time under the zone's other offset: a real instant only if the zone uses that offset then.
    if (DateTime.fromMillis(wall - offset * 60_000, { zone: timeZone }).offset === offset) return false;
  }
  return true;
}

/**
 * The whole published programme as iCalendar, one VEVENT per session, in the event's zone with
 * its VTIMEZONE. DTSTAMP is the publication time, so the same version always gives the same bytes.
 */
export function scheduleIcs(programme: PublishedProgramme, options: ScheduleExportOptions): string {
  const { event, rooms, tracks, sessions } = programme.snapshot;
  const zone = event.timeZone;
  const eventUrl = `${options.publicUrl.replace(/\/+$/, '')}/events/${event.slug}`;
  // A zone the VTIMEZONE table does not know falls back to UTC times rather than a TZID no parser can resolve.
  const zoneKnown = getVtimezoneComponent(zone) !== null;
  const wording = exportWording(programme.snapshot, options.language);
  const roomNames = new Map(rooms.map((room) => [room.id, wording.name(room)]));
  const trackNames = new Map(tracks.map((track) => [track.id, wording.name(track)]));
  const stamp = DateTime.fromISO(programme.publishedAt, { zone: 'utc' });

  const calendar = ical({
    prodId: { company: 'Plenary', product: 'Programme', language: 'EN' },
    name: wording.eventName,
    description: `${wording.eventName}: programme v${programme.version}`,
    url: eventUrl,
    // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; each event names the zone.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 3600,
  });
  calendar.x('X-WR-TIMEZONE', zone);

  const ordered = [...sessions].sort((a, b) => a.start.localeCompare(b.start) || a.number - b.number);
  for (const session of ordered) {
    const start = DateTime.fromISO(session.start, { zone: 'utc' });
    const end = DateTime.fromISO(session.end, { zone: 'utc' });
    const inZone = zoneKnown && isUnambiguousLocalTime(start, zone) && isUnambiguousLocalTime(end, zone);
    const lines = [wording.text(session.abstract)].filter(Boolean);
    for (const slot of session.slots) {
      const speakers = slot.speakers.map((speaker) => speaker.name).join(', ');
      lines.push(
        `${showIn(slot.start, zone).slice(11, 16)}–${showIn(slot.end, zone).slice(11, 16)} ${wording.slotTitle(slot)}${speakers ? ` (${speakers})` : ''}`,
      );
    }
    if (session.chairs.length) lines.push(`Chairs: ${session.chairs.join(', ')}`);
    const track = session.trackId ? trackNames.get(session.trackId) : undefined;
    calendar.createEvent({
      id: scheduleUid(session.id),
      // Versions only go up, so a client replaces what it holds with what a later version says.
      sequence: programme.version,
      stamp,
      start: inZone ? start.setZone(zone) : start,
      end: inZone ? end.setZone(zone) : end,
      timezone: inZone ? zone : null,
      summary: wording.text(session.title),
      description: lines.join('\n') || null,
      location: (session.roomId && roomNames.get(session.roomId)) || wording.venue || null,
      categories: [{ name: session.type }, ...(track ? [{ name: track }] : [])],
      url: `${eventUrl}#session-${session.number}`,
    });
  }
  return calendar.toString();
}
