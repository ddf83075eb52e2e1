import { publishedProgramme, snapshotSession } from '@app/testing';
import { scheduleJson } from './schedule-json.js';

const room = { id: 'aaaaaaaa-0000-4000-8000-00000000000a', name: 'Plenary Hall', capacity: 300 };
const programme = publishedProgramme(
  {
    event: { description: 'Cities that learn' },
    rooms: [room],
    tracks: [{ id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Green cities', colour: '#2ca02c' }],
    sessions: [
      snapshotSession(3, '2024-10-29T02:00:00Z', '2024-10-29T03:30:00Z', {
        roomId: room.id,
        trackId: 'cccccccc-0000-4000-8000-00000000000c',
        title: { vi: 'Khai mạc', en: 'Opening' },
      }),
      snapshotSession(4, '2024-10-30T16:30:00Z', '2024-10-30T17:30:00Z', { type: 'social', title: { en: 'Night market' } }),
    ],
  },
  2,
);

describe('scheduleJson', () => {
  const text = scheduleJson(programme, { publicUrl: 'https://plenary.example' });
  const document = JSON.parse(text);
  const { conference } = document.schedule;

  it('writes the c3voc document: schema, generator, version and the conference head', () => {
    expect(document.$schema).toBe('https://c3voc.de/schedule/schema.json');
    expect(document.generator).toEqual({ name: 'Plenary' });
    expect(document.schedule.version).toBe('v2');
    expect(conference).toEqual(
      expect.objectContaining({
        acronym: 'learning_cities_2024',
        title: 'ASEAN+3 Learning Cities',
        description: 'Cities that learn',
        start: '2024-10-29',
        end: '2024-10-30',
        daysCount: 2,
        timeslot_duration: '00:15',
        time_zone_name: 'Asia/Bangkok',
        url: 'https://plenary.example/events/learning-cities-2024',
        tracks: [{ name: 'Green cities', slug: 'green-cities', color: '#2ca02c' }],
      }),
    );
    expect(conference.rooms.map((entry: { name: string }) => entry.name)).toEqual(['Plenary Hall', 'Queen Sirikit Centre']);
  });

  it('keys each day’s events by room name, with day_start and day_end in the event’s offset', () => {
    const [first, second] = conference.days;
    expect(first).toEqual(
      expect.objectContaining({ index: 1, date: '2024-10-29', day_start: '2024-10-29T04:00:00+07:00', day_end: '2024-10-30T04:00:00+07:00' }),
    );
    expect(Object.keys(first.rooms)).toEqual(['Plenary Hall', 'Queen Sirikit Centre']);
    expect(first.rooms['Plenary Hall'][0]).toEqual({
      guid: '00000000-0000-4000-8000-000000000003',
      id: 3,
      date: '2024-10-29T09:00:00+07:00',
      start: '09:00',
      end: '2024-10-29T10:30:00+07:00',
      duration: '01:30',
      room: 'Plenary Hall',
      slug: 'learning_cities_2024-3-opening',
      url: 'https://plenary.example/events/learning-cities-2024#session-3',
      title: 'Opening',
      subtitle: 'Khai mạc',
      track: 'Green cities',
      type: 'parallel',
      language: 'en',
      abstract: '',
      description: '',
      persons: [],
      links: [],
      attachments: [],
    });
    // 23:30 on the last day, across midnight: still the last day.
    expect(second.rooms['Queen Sirikit Centre'][0]).toEqual(
      expect.objectContaining({ id: 4, start: '23:30', duration: '01:00', track: null, subtitle: null, end: '2024-10-31T00:30:00+07:00' }),
    );
  });

  it('leaves out a description the event does not have', () => {
    const bare = JSON.parse(scheduleJson(publishedProgramme({}), { publicUrl: 'https://plenary.example' }));
    expect(bare.schedule.conference).not.toHaveProperty('description');
    expect(bare.schedule.conference.days).toHaveLength(2);
  });
});
