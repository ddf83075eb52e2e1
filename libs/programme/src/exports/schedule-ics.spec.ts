import { publishedProgramme, snapshotSession } from '@app/testing';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { isUnambiguousLocalTime, scheduleIcs, scheduleUid } from './schedule-ics.js';

function parse(text: string) {
  ICAL.design.strict = true;
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

const room = { id: 'aaaaaaaa-0000-4000-8000-00000000000a', name: 'Saal A', capacity: 300 };
const berlin = publishedProgramme(
  {
    event: { timeZone: 'Europe/Berlin', startDate: '2024-10-26', endDate: '2024-10-28', name: 'Lernende Städte, 2024; Berlin', languages: ['de', 'en'] },
    rooms: [room],
    tracks: [{ id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Städte', colour: '#1f77b4' }],
    sessions: [
      snapshotSession(1, '2024-10-26T07:00:00Z', '2024-10-26T08:30:00Z', {
        roomId: room.id,
        trackId: 'cccccccc-0000-4000-8000-00000000000c',
        title: { de: 'Eröffnung; Begrüßung, Keynote', en: 'Opening' },
        abstract: { en: 'Welcome' },
        chairs: ['Anna Schmidt'],
      }),
      // 02:00 CEST (the first time the clock shows 02:00 that night) to 02:45 CEST.
      snapshotSession(2, '2024-10-27T00:00:00Z', '2024-10-27T00:45:00Z', { roomId: room.id }),
      // 02:15 CET, the second time.
      snapshotSession(3, '2024-10-27T01:15:00Z', '2024-10-27T01:45:00Z'),
      snapshotSession(4, '2024-10-27T22:30:00Z', '2024-10-27T23:30:00Z'),
    ],
  },
  4,
);

describe('scheduleIcs', () => {
  const text = scheduleIcs(berlin, { publicUrl: 'https://plenary.example' });
  const calendar = parse(text);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  it('is accepted by a strict parser, with PRODID, the VTIMEZONE it names and one VEVENT per session', () => {
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Plenary//Programme//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lernende Städte, 2024; Berlin');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
    expect(events.map((event) => event.uid)).toEqual([1, 2, 3, 4].map((n) => scheduleUid(`00000000-0000-4000-8000-00000000000${n}`)));
  });

  it('puts every session at its true instant, including both 02:xx of the night the clocks go back', () => {
    expect(events.map((event) => [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()])).toEqual([
      ['2024-10-26T07:00:00.000Z', '2024-10-26T08:30:00.000Z'],
      ['2024-10-27T00:00:00.000Z', '2024-10-27T00:45:00.000Z'],
      ['2024-10-27T01:15:00.000Z', '2024-10-27T01:45:00.000Z'],
      ['2024-10-27T22:30:00.000Z', '2024-10-27T23:30:00.000Z'],
    ]);
    // Both sessions in the hour that repeats are written in UTC: parsers disagree on which 02:xx a TZID time means.
    expect(text).toContain('DTSTART:20241027T000000Z\r\n');
    expect(text).toContain('DTSTART:20241027T011500Z\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20241026T090000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20241027T233000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20241028T003000\r\n');
  });

  it('stamps every event with the publication time and the version as SEQUENCE', () => {
    for (const event of events) {
      expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2024-10-01T08:00:00Z');
      expect(event.sequence).toBe(4);
    }
    expect(scheduleIcs(berlin, { publicUrl: 'https://plenary.example' })).toBe(text);
  });

  it('keeps punctuation in text as typed and tells room, track, chairs and link', () => {
    const [opening] = events;
    expect(opening.summary).toBe('Eröffnung; Begrüßung, Keynote');
    expect(opening.location).toBe('Saal A');
    expect(opening.description).toBe('Welcome\nChairs: Anna Schmidt');
    expect(opening.component.getAllProperties('categories').flatMap((property) => property.getValues())).toEqual(['parallel', 'Städte']);
    expect(opening.component.getFirstPropertyValue('url')).toBe('https://plenary.example/events/learning-cities-2024#session-1');
    // A session without a room is at the venue.
    expect(events[2].location).toBe('Queen Sirikit Centre');
  });
});

describe('isUnambiguousLocalTime', () => {
  const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

  it('tells times the clock shows twice from times it shows once', () => {
    expect(isUnambiguousLocalTime(at('2024-10-27T02:30:00+02:00'), 'Europe/Berlin')).toBe(false);
    expect(isUnambiguousLocalTime(at('2024-10-27T02:30:00+01:00'), 'Europe/Berlin')).toBe(false);
    expect(isUnambiguousLocalTime(at('2024-10-27T01:59:00+02:00'), 'Europe/Berlin')).toBe(true);
    expect(isUnambiguousLocalTime(at('2024-10-27T03:00:00+01:00'), 'Europe/Berlin')).toBe(true);
    // Spring forward: 03:30 exists once.
    expect(isUnambiguousLocalTime(at('2024-03-31T03:30:00+02:00'), 'Europe/Berlin')).toBe(true);
    expect(isUnambiguousLocalTime(at('2024-10-29T09:00:00+07:00'), 'Asia/Bangkok')).toBe(true);
    // Lord Howe goes back half an hour, from 02:00 to 01:30.
    expect(isUnambiguousLocalTime(at('2024-04-07T01:45:00+11:00'), 'Australia/Lord_Howe')).toBe(false);
    expect(isUnambiguousLocalTime(at('2024-04-07T01:45:00+10:30'), 'Australia/Lord_Howe')).toBe(false);
    expect(isUnambiguousLocalTime(at('2024-04-07T01:15:00+11:00'), 'Australia/Lord_Howe')).toBe(true);
  });
});
