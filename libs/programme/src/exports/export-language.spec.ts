import { publishedProgramme, snapshotSession } from '@app/testing';
import { frabSchedule } from './frab-schedule.js';
import { scheduleIcs } from './schedule-ics.js';

const hall = { id: 'aaaaaaaa-0000-4000-8000-00000000000a', name: 'Plenary Hall', capacity: 300, translations: { vi: { name: 'Hội trường chính' } } };
const track = { id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Green cities', colour: '#2ca02c', translations: { vi: { name: 'Thành phố xanh' } } };
const programme = publishedProgramme({
  event: {
    languages: ['en', 'vi', 'th'],
    description: 'Cities that learn',
    translations: { vi: { name: 'Thành phố học tập ASEAN+3', description: 'Những thành phố học tập' }, th: { name: 'เมืองแห่งการเรียนรู้' } },
  },
  rooms: [hall],
  tracks: [track],
  sessions: [
    snapshotSession(1, '2024-10-29T02:00:00Z', '2024-10-29T03:30:00Z', {
      roomId: hall.id,
      trackId: track.id,
      title: { en: 'Opening', vi: 'Khai mạc', th: 'พิธีเปิด' },
      abstract: { en: 'Welcome', vi: 'Chào mừng' },
      slots: [
        {
          id: 'dddddddd-0000-4000-8000-00000000000d',
          title: 'Suwon keynote',
          translations: { vi: { title: 'Bài phát biểu của Suwon' } },
          start: '2024-10-29T02:00:00Z',
          end: '2024-10-29T02:30:00Z',
          speakers: [],
        },
      ],
    }),
  ],
});
const options = { publicUrl: 'https://plenary.example' };

describe('exports in the language asked', () => {
  it('write titles, abstracts, talks, rooms, tracks and the event in that language, marking the session’s language', () => {
    const schedule = frabSchedule(programme, { ...options, language: 'vi' });
    const [event] = schedule.days[0].rooms[0].events;
    expect(schedule.conference).toMatchObject({ title: 'Thành phố học tập ASEAN+3', description: 'Những thành phố học tập' });
    expect(schedule.conference.rooms[0].name).toBe('Hội trường chính');
    expect(schedule.conference.tracks[0].name).toBe('Thành phố xanh');
    expect(event).toMatchObject({
      title: 'Khai mạc',
      subtitle: 'Opening · พิธีเปิด',
      abstract: 'Chào mừng',
      room: 'Hội trường chính',
      track: 'Thành phố xanh',
      language: 'vi',
    });
    expect(event.description).toContain('Bài phát biểu của Suwon');
  });

  it('fall back to the event’s first language for each text not translated, and keep identifiers the same in every language', () => {
    const english = frabSchedule(programme, options);
    const thai = frabSchedule(programme, { ...options, language: 'th' });
    const [event] = thai.days[0].rooms[0].events;
    expect(thai.conference.title).toBe('เมืองแห่งการเรียนรู้');
    expect(thai.conference.description).toBe('Cities that learn');
    expect(event).toMatchObject({ title: 'พิธีเปิด', abstract: 'Welcome', room: 'Plenary Hall', track: 'Green cities', language: 'th' });
    expect(event.description).toContain('Suwon keynote');
    const [englishEvent] = english.days[0].rooms[0].events;
    expect({ slug: event.slug, guid: event.guid, trackSlug: thai.conference.tracks[0].slug }).toEqual({
      slug: englishEvent.slug,
      guid: englishEvent.guid,
      trackSlug: english.conference.tracks[0].slug,
    });
    expect(englishEvent).toMatchObject({ title: 'Opening', language: 'en' });
  });

  it('write the calendar in that language', () => {
    const ics = scheduleIcs(programme, { ...options, language: 'vi' }).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Khai mạc');
    expect(ics).toContain('LOCATION:Hội trường chính');
    expect(ics).toContain('X-WR-CALNAME:Thành phố học tập ASEAN+3');
    expect(ics).toContain('Bài phát biểu của Suwon');
    expect(scheduleIcs(programme, options)).toContain('SUMMARY:Opening');
  });
});
