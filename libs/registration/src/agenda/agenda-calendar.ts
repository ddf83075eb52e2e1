import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { escape, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { AgendaState } from './dto/agenda.dto.js';

export interface CalendarEntry {
  sessionId: string;
  title: string;
  room: string | null;
  startsAt: Date;
  endsAt: Date;
  state: AgendaState;
  waitlistPosition: number | null;
  /** Only for a confirmed registration's own feed. */
  streamUrl?: string | null;
  interpretation?: { language: string; link?: string; channel?: string }[];
}

export interface AgendaCalendarInput {
  eventName: string;
  timeZone: string;
  language: string;
  entries: CalendarEntry[];
  /** DTSTAMP: when this copy of the calendar was made. */
  now?: Date;
}

const LABELS: Record<string, { agenda: string; waitlisted: (position: number | null) => string; stream: string; interpretation: string }> = {
  en: {
    agenda: 'my agenda',
    waitlisted: (position) => `Waiting list${position ? `: number ${position}` : ''}. You do not have a seat yet.`,
    stream: 'Watch online',
    interpretation: 'Interpretation',
  },
  vi: {
    agenda: 'lịch tham dự của tôi',
    waitlisted: (position) => `Danh sách chờ${position ? `: vị trí số ${position}` : ''}. Quý vị chưa có chỗ.`,
    stream: 'Xem trực tuyến',
    interpretation: 'Phiên dịch',
  },
  th: {
    agenda: 'กำหนดการของฉัน',
    waitlisted: (position) => `รายชื่อสำรอง${position ? `: ลำดับที่ ${position}` : ''} ท่านยังไม่ได้รับที่นั่ง`,
    stream: 'รับชมออนไลน์',
    interpretation: 'การล่าม',
  },
};

/** Waiting-list note, stream and interpretation channels, one per line. */
function describe(entry: CalendarEntry, labels: (typeof LABELS)[string]): string | null {
  const lines = [
    ...(entry.state === 'waitlisted' ? [labels.waitlisted(entry.waitlistPosition)] : []),
    ...(entry.streamUrl ? [`${labels.stream}: ${entry.streamUrl}`] : []),
    ...(entry.interpretation ?? []).map(
      (channel) => `${labels.interpretation} (${channel.language}): ${[channel.channel, channel.link].filter(Boolean).join(', ')}`,
    ),
  ];
  return lines.length ? lines.join('\n') : null;
}

/** Stable across downloads, so a subscribed phone updates an entry instead of adding a copy. */
export const calendarUid = (sessionId: string) => `${sessionId}@plenary`;

/**
 * A delegate's agenda as iCalendar (RFC 5545). Times are written in the event's zone with its
 * VTIMEZONE, so a phone shows them right wherever it is; a zone without a known VTIMEZONE falls
 * back to UTC times rather than a TZID no parser can resolve.
 */
export function agendaCalendar({ eventName, timeZone, language, entries, now = new Date() }: AgendaCalendarInput): string {
  const labels = LABELS[language] ?? LABELS.en;
  const zoneKnown = getVtimezoneComponent(timeZone) !== null;
  const calendar = ical({
    prodId: { company: 'Plenary', product: 'Personal agenda', language: 'EN' },
    // The generator escapes every text value but the calendar's name.
    name: escape(`${eventName}: ${labels.agenda}`, false),
    // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; each event names the zone.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 3600,
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: calendarUid(entry.sessionId),
      stamp: now,
      start: DateTime.fromJSDate(entry.startsAt),
      end: DateTime.fromJSDate(entry.endsAt),
      timezone: zoneKnown ? timeZone : null,
      summary: entry.title,
      location: entry.room ?? null,
      status: entry.state === 'signed-up' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
      description: describe(entry, labels),
      url: entry.streamUrl ?? null,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; the generator leaves it off.
  return `${calendar.toString()}\r\n`;
}
