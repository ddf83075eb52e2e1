import type { PublishedProgramme } from '../programme-snapshot.js';
import { frabSchedule, type ScheduleExportOptions } from './frab-schedule.js';

/** The same schedule in the c3voc JSON form (valid against the c3voc schedule schema.json, draft-06). */
export function scheduleJson(programme: PublishedProgramme, options: ScheduleExportOptions): string {
  const schedule = frabSchedule(programme, options);
  const { conference } = schedule;
  const document = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'Plenary' },
    schedule: {
      version: schedule.version,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        ...(conference.description ? { description: conference.description } : {}),
        start: conference.start,
        end: conference.end,
        daysCount: schedule.days.length,
        timeslot_duration: conference.timeslotDuration,
        time_zone_name: conference.timeZone,
        url: conference.url,
        tracks: conference.tracks.map((track) => ({ name: track.name, ...(track.slug ? { slug: track.slug } : {}), color: track.colour })),
        rooms: conference.rooms.map((room) => ({ name: room.name, guid: room.guid })),
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            day.rooms.map(({ room, events }) => [
              room.name,
              events.map((event) => ({
                guid: event.guid,
                id: event.id,
                date: event.date,
                start: event.start,
                end: event.end,
                duration: event.duration,
                room: event.room,
                slug: event.slug,
                url: event.url,
                title: event.title,
                subtitle: event.subtitle,
                track: event.track,
                type: event.type,
                language: event.language,
                abstract: event.abstract,
                description: event.description,
                persons: event.persons.map((person) => ({ guid: person.guid, name: person.name })),
                links: [],
                attachments: [],
              })),
            ]),
          ),
        })),
      },
    },
  };
  return JSON.stringify(document, null, 2) + '\n';
}
