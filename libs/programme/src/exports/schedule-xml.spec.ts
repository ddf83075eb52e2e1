import { publishedProgramme, snapshotSession } from '@app/testing';
import { create } from 'xmlbuilder2';
import { scheduleXml } from './schedule-xml.js';

const room = { id: 'aaaaaaaa-0000-4000-8000-00000000000a', name: 'Hall <A> & "B"', capacity: 300 };
const programme = publishedProgramme(
  {
    rooms: [room],
    tracks: [
      { id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Green cities', colour: '#2ca02c' },
      { id: 'dddddddd-0000-4000-8000-00000000000d', name: '2030 agenda', colour: '#d62728' },
    ],
    sessions: [
      snapshotSession(7, '2024-10-29T02:00:00Z', '2024-10-29T03:30:00Z', {
        roomId: room.id,
        trackId: 'cccccccc-0000-4000-8000-00000000000c',
        title: { en: 'Cities & <learning>\u0007', th: 'เมืองแห่งการเรียนรู้' },
        abstract: { en: 'Why cities learn' },
        slots: [
          {
            id: 'x',
            title: 'Keynote',
            start: '2024-10-29T02:00:00Z',
            end: '2024-10-29T02:30:00Z',
            speakers: [{ userId: '99999999-0000-4000-8000-000000000009', name: 'Kim Min-jun' }],
          },
        ],
      }),
    ],
  },
  3,
);

/** The child elements of `parent` named `name`, read through the DOM so text comes back unescaped. */
const children = (parent: any, name: string): any[] => [...parent.childNodes].filter((node: any) => node.nodeType === 1 && node.nodeName === name);
const child = (parent: any, name: string): any => children(parent, name)[0];
const text = (parent: any, name: string): string | undefined => child(parent, name)?.textContent;

describe('scheduleXml', () => {
  const xml = scheduleXml(programme, { publicUrl: 'https://plenary.example' });
  const schedule = (create(xml).node as any).documentElement;

  it('writes a UTF-8 frab schedule with version, conference and one day per event date', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<schedule>')).toBe(true);
    expect(text(schedule, 'version')).toBe('v3');
    expect(text(schedule, 'url')).toBe('https://plenary.example/events/learning-cities-2024/schedule.xml');
    const conference = child(schedule, 'conference');
    expect(
      Object.fromEntries(['acronym', 'start', 'end', 'days', 'time_zone_name', 'timeslot_duration'].map((name) => [name, text(conference, name)])),
    ).toEqual({
      acronym: 'learning_cities_2024',
      start: '2024-10-29',
      end: '2024-10-30',
      days: '2',
      time_zone_name: 'Asia/Bangkok',
      timeslot_duration: '00:15',
    });
    expect(children(schedule, 'day').map((day) => ['index', 'date', 'start', 'end'].map((name) => day.getAttribute(name)))).toEqual([
      ['1', '2024-10-29', '2024-10-29T04:00:00+07:00', '2024-10-30T04:00:00+07:00'],
      ['2', '2024-10-30', '2024-10-30T04:00:00+07:00', '2024-10-31T04:00:00+07:00'],
    ]);
  });

  it('leaves a track slug out when it would not begin with a letter', () => {
    const tracks = children(child(schedule, 'conference'), 'track');
    expect(tracks.map((track) => [track.getAttribute('name'), track.getAttribute('color'), track.getAttribute('slug'), track.textContent])).toEqual([
      ['Green cities', '#2ca02c', 'green-cities', 'Green cities'],
      ['2030 agenda', '#d62728', null, '2030 agenda'],
    ]);
  });

  it('writes each session as an event with escaped text and without characters XML cannot carry', () => {
    const room = child(child(schedule, 'day'), 'room');
    expect(room.getAttribute('name')).toBe('Hall <A> & "B"');
    expect(room.getAttribute('guid')).toBe('aaaaaaaa-0000-4000-8000-00000000000a');
    const event = child(room, 'event');
    expect([event.getAttribute('guid'), event.getAttribute('id')]).toEqual(['00000000-0000-4000-8000-000000000007', '7']);
    const fields = ['room', 'title', 'subtitle', 'type', 'date', 'start', 'duration', 'abstract', 'slug', 'track', 'language', 'url'];
    expect(Object.fromEntries(fields.map((name) => [name, text(event, name)]))).toEqual({
      room: 'Hall <A> & "B"',
      title: 'Cities & <learning>',
      subtitle: 'เมืองแห่งการเรียนรู้',
      type: 'parallel',
      date: '2024-10-29T09:00:00+07:00',
      start: '09:00',
      duration: '01:30',
      abstract: 'Why cities learn',
      slug: 'learning_cities_2024-7-cities-learning',
      track: 'Green cities',
      language: 'en',
      url: 'https://plenary.example/events/learning-cities-2024#session-7',
    });
    expect(children(child(event, 'persons'), 'person').map((person) => person.textContent)).toEqual(['Kim Min-jun']);
    expect(text(event, 'description')).toBe('09:00–09:30 Keynote (Kim Min-jun)');
    expect(xml).not.toContain('\u0007');
  });

  it('gives the same bytes for the same version', () => {
    expect(scheduleXml(programme, { publicUrl: 'https://plenary.example' })).toBe(xml);
  });
});
