import type { TimetableSession } from './timetable-data';

const escapeText = (text: string) => text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * One session as an iCalendar file (RFC 5545), built in the page: its UID is the one the event's
 * schedule.ics uses for it, so a calendar subscribed to both keeps one entry.
 */
export function sessionIcs(session: TimetableSession, title: string, room: string | null, url: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plenary//Session//EN',
    'BEGIN:VEVENT',
    `UID:${session.id}@programme.plenary`,
    `DTSTAMP:${utc(new Date().toISOString())}`,
    `DTSTART:${utc(session.start)}`,
    `DTEND:${utc(session.end)}`,
    `SUMMARY:${escapeText(title)}`,
    ...(room ? [`LOCATION:${escapeText(room)}`] : []),
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export const calendarHref = (ics: string) => `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
