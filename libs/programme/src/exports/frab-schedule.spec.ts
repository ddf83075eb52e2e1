import { publishedProgramme, snapshotSession } from '@app/testing';
import { asciiSlug, conferenceAcronym, conferenceDays, frabDuration, frabSchedule, frabZoneName, timeslotDuration, uuidV5 } from './frab-schedule.js';

const hallA = { id: 'aaaaaaaa-0000-4000-8000-00000000000a', name: 'Saal A', capacity: 300 };
const hallB = { id: 'bbbbbbbb-0000-4000-8000-00000000000b', name: 'Saal B', capacity: 80 };

/** Berlin, the weekend clocks go back (27 October 2024, 03:00 CEST → 02:00 CET). */
const berlin = publishedProgramme({
  event: { slug: 'lernende-staedte-2024', timeZone: 'Europe/Berlin', startDate: '2024-10-26', endDate: '2024-10-28', languages: ['de', 'en'] },
  rooms: [hallA, hallB],
  tracks: [{ id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Städte & Lernen', colour: '#1f77b4' }],
  sessions: [
    snapshotSession(1, '2024-10-26T07:00:00Z', '2024-10-26T08:30:00Z', {
      roomId: hallA.id,
      type: 'plenary',
      title: { de: 'Eröffnung', en: 'Opening' },
      trackId: 'cccccccc-0000-4000-8000-00000000000c',
    }),
    // 02:00–02:45 CEST, the first time the clock shows 02:00 that night.
    snapshotSession(2, '2024-10-27T00:00:00Z', '2024-10-27T00:45:00Z', { roomId: hallA.id, title: { en: 'Night owls' } }),
    // 02:15–02:45 CET, the second time.
    snapshotSession(3, '2024-10-27T01:15:00Z', '2024-10-27T01:45:00Z', { roomId: hallB.id, title: { en: 'Night owls again' } }),
    // 23:30–00:30 CET, across midnight.
    snapshotSession(4, '2024-10-27T22:30:00Z', '2024-10-27T23:30:00Z', { roomId: hallB.id, type: 'social', title: { en: 'Midnight walk' } }),
    // No room: the venue stands in.
    snapshotSession(5, '2024-10-27T11:00:00Z', '2024-10-27T11:30:00Z', { type: 'break', title: { vi: 'Giải lao' } }),
  ],
});

describe('frab schedule model', () => {
  const schedule = frabSchedule(berlin, { publicUrl: 'https://plenary.example/' });
  const events = schedule.days.flatMap((day) => day.rooms.flatMap((room) => room.events.map((event) => ({ day: day.date, ...event }))));
  const byId = new Map(events.map((event) => [event.id, event]));

  it('has one day per event date, each from 04:00 to 04:00 local, 25 hours across the change back', () => {
    expect(schedule.days.map(({ index, date, start, end }) => ({ index, date, start, end }))).toEqual([
      { index: 1, date: '2024-10-26', start: '2024-10-26T04:00:00+02:00', end: '2024-10-27T04:00:00+01:00' },
      { index: 2, date: '2024-10-27', start: '2024-10-27T04:00:00+01:00', end: '2024-10-28T04:00:00+01:00' },
      { index: 3, date: '2024-10-28', start: '2024-10-28T04:00:00+01:00', end: '2024-10-29T04:00:00+01:00' },
    ]);
  });

  it('puts the small hours on the night before and a session across midnight on the day it starts', () => {
    expect([1, 2, 3, 4, 5].map((id) => byId.get(id)!.day)).toEqual(['2024-10-26', '2024-10-26', '2024-10-26', '2024-10-27', '2024-10-27']);
  });

  it('shows both 02:xx sessions with their own offset, local start and true duration', () => {
    expect(byId.get(2)).toEqual(
      expect.objectContaining({ date: '2024-10-27T02:00:00+02:00', start: '02:00', duration: '00:45', end: '2024-10-27T02:45:00+02:00' }),
    );
    expect(byId.get(3)).toEqual(expect.objectContaining({ date: '2024-10-27T02:15:00+01:00', start: '02:15', duration: '00:30' }));
    expect(byId.get(4)).toEqual(
      expect.objectContaining({ date: '2024-10-27T23:30:00+01:00', start: '23:30', duration: '01:00', end: '2024-10-28T00:30:00+01:00' }),
    );
  });

  it('uses the session uuid as guid and its number as id, with unique slugs built on the acronym', () => {
    expect(byId.get(1)).toEqual(
      expect.objectContaining({
        guid: '00000000-0000-4000-8000-000000000001',
        title: 'Eröffnung',
        subtitle: 'Opening',
        language: 'de',
        track: 'Städte & Lernen',
        slug: 'lernende_staedte_2024-1-eroffnung',
      }),
    );
    expect(new Set(events.map((event) => event.slug)).size).toBe(events.length);
    expect(schedule.conference.acronym).toBe('lernende_staedte_2024');
  });

  it('gives a session without a room to the venue, a room with a stable name-based guid', () => {
    const venue = schedule.conference.rooms.at(-1)!;
    expect(venue).toEqual({ name: 'Queen Sirikit Centre', guid: uuidV5('room:none:11111111-1111-4111-8111-111111111111') });
    expect(byId.get(5)).toEqual(
      expect.objectContaining({ room: 'Queen Sirikit Centre', language: 'vi', title: 'Giải lao', slug: 'lernende_staedte_2024-5-giai-lao' }),
    );
    // Every day lists every room, so apps draw the same columns.
    expect(schedule.days.every((day) => day.rooms.map((room) => room.room.name).join('|') === 'Saal A|Saal B|Queen Sirikit Centre')).toBe(true);
  });

  it('widens the first day to enclose a session in the small hours of the first date', () => {
    const early = publishedProgramme({
      event: { timeZone: 'Asia/Bangkok', startDate: '2024-10-29', endDate: '2024-10-29' },
      sessions: [snapshotSession(1, '2024-10-28T18:30:00Z', '2024-10-28T19:00:00Z'), snapshotSession(2, '2024-10-29T20:00:00Z', '2024-10-29T22:00:00Z')],
    });
    const [day] = conferenceDays(early);
    expect(day.date).toBe('2024-10-29');
    expect(day.start.toISO({ suppressMilliseconds: true })).toBe('2024-10-29T01:30:00+07:00');
    expect(day.end.toISO({ suppressMilliseconds: true })).toBe('2024-10-30T05:00:00+07:00');
    expect(day.sessions.map((session) => session.number)).toEqual([1, 2]);
  });

  it('names the person by a guid derived from the account, the same every time', () => {
    const speaker = { userId: '99999999-0000-4000-8000-000000000009', name: 'Lò Thị Lan' };
    const withSpeaker = publishedProgramme({
      sessions: [
        snapshotSession(1, '2024-10-29T02:00:00Z', '2024-10-29T03:00:00Z', {
          slots: [
            { id: 's1', title: 'Sơn La', start: '2024-10-29T02:00:00Z', end: '2024-10-29T02:20:00Z', speakers: [speaker] },
            { id: 's2', title: 'Q&A', start: '2024-10-29T02:20:00Z', end: '2024-10-29T02:40:00Z', speakers: [speaker] },
          ],
          chairs: ['UNESCO Bangkok'],
        }),
      ],
    });
    const [event] = frabSchedule(withSpeaker, { publicUrl: 'http://localhost:3000' }).days[0].rooms[0].events;
    expect(event.persons).toEqual([{ guid: uuidV5(`person:${speaker.userId}`), name: 'Lò Thị Lan' }]);
    expect(event.persons[0].guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event.description).toBe('09:00–09:20 Sơn La (Lò Thị Lan)\n09:20–09:40 Q&A (Lò Thị Lan)\nChairs: UNESCO Bangkok');
    expect(event.url).toBe('http://localhost:3000/events/learning-cities-2024#session-1');
  });
});

describe('frab building blocks', () => {
  it('derives an acronym the c3voc patterns accept from any event slug', () => {
    for (const slug of ['a', 'ab-c', 'asean-3', 'learning-cities-2024', '2024']) {
      expect(conferenceAcronym(slug)).toMatch(/^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/);
    }
    expect(conferenceAcronym('ab')).toBe('ab__');
  });

  it('writes durations as HH:MM strictly between 0 and 24 hours', () => {
    expect(frabDuration('2024-10-29T02:00:00Z', '2024-10-29T03:30:00Z')).toBe('01:30');
    expect(frabDuration('2024-10-29T02:00:00Z', '2024-10-29T02:00:30Z')).toBe('00:01');
    expect(frabDuration('2024-10-29T02:00:00Z', '2024-10-31T02:00:00Z')).toBe('23:59');
  });

  it('picks the coarsest grid every session fits', () => {
    const at = (start: string, end: string) => snapshotSession(1, start, end);
    expect(timeslotDuration([at('2024-10-29T02:00:00Z', '2024-10-29T03:30:00Z')], 'Asia/Bangkok')).toBe('00:15');
    expect(timeslotDuration([at('2024-10-29T02:00:00Z', '2024-10-29T02:20:00Z')], 'Asia/Bangkok')).toBe('00:10');
    expect(timeslotDuration([at('2024-10-29T02:00:00Z', '2024-10-29T02:25:00Z')], 'Asia/Bangkok')).toBe('00:05');
    // Kathmandu is UTC+05:45: the grid is local.
    expect(timeslotDuration([at('2024-10-29T03:15:00Z', '2024-10-29T04:15:00Z')], 'Asia/Kathmandu')).toBe('00:15');
    expect(timeslotDuration([], 'Asia/Bangkok')).toBe('00:15');
  });

  it('makes ASCII slugs from Vietnamese and drops scripts without Latin letters', () => {
    expect(asciiSlug('Đô thị học tập: Hà Nội')).toBe('do-thi-hoc-tap-ha-noi');
    expect(asciiSlug('การเรียนรู้ตลอดชีวิต')).toBe('');
  });

  it('writes the spellings of UTC as "UTC" and keeps every other IANA zone', () => {
    expect(['Etc/UTC', 'UTC', 'GMT', 'Etc/GMT+0', 'Zulu'].map(frabZoneName)).toEqual(['UTC', 'UTC', 'UTC', 'UTC', 'UTC']);
    expect(['Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Europe/Berlin', 'Etc/GMT+7'].map(frabZoneName)).toEqual([
      'Asia/Bangkok',
      'Asia/Ho_Chi_Minh',
      'Europe/Berlin',
      'Etc/GMT+7',
    ]);
  });

  it('makes RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: uuid5(DNS namespace, "www.example.com").
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
