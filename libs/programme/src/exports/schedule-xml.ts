import XMLBuilder from 'fast-xml-builder';
import type { PublishedProgramme } from '../programme-snapshot.js';
import { frabSchedule, type ScheduleExportOptions } from './frab-schedule.js';

/** Characters XML 1.0 cannot carry (control characters pasted into a title) are dropped, not escaped. */
const xmlText = (value: string) => value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/**
 * Written from plain objects, not a DOM: xmlbuilder2's DOM of 2,000 talks held 80 MB while the text
 * was made, and its callback writer builds the same nodes one by one (4× the time).
 */
const writer = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, processEntities: true });

/**
 * The frab / "Fahrplan" schedule.xml (validates against the c3voc schedule.xml.xsd), read by
 * Giggity, EventFahrplan, ConfClerk and the c3voc tooling.
 */
export function scheduleXml(programme: PublishedProgramme, options: ScheduleExportOptions): string {
  const schedule = frabSchedule(programme, options);
  const { conference } = schedule;
  return writer.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    schedule: {
      generator: { '@name': 'Plenary' },
      url: schedule.url,
      version: schedule.version,
      conference: {
        acronym: conference.acronym,
        title: xmlText(conference.title),
        start: conference.start,
        end: conference.end,
        days: String(schedule.days.length),
        timeslot_duration: conference.timeslotDuration,
        url: conference.url,
        time_zone_name: conference.timeZone,
        track: conference.tracks.map((track) => ({
          '@name': xmlText(track.name),
          '@color': track.colour,
          ...(track.slug ? { '@slug': track.slug } : {}),
          '#text': xmlText(track.name),
        })),
      },
      day: schedule.days.map((day) => ({
        '@index': String(day.index),
        '@date': day.date,
        '@start': day.start,
        '@end': day.end,
        room: day.rooms.map(({ room, events }) => ({
          '@name': xmlText(room.name),
          '@guid': room.guid,
          event: events.map((event) => ({
            '@guid': event.guid,
            '@id': String(event.id),
            room: xmlText(event.room),
            title: xmlText(event.title),
            ...(event.subtitle ? { subtitle: xmlText(event.subtitle) } : {}),
            type: event.type,
            date: event.date,
            start: event.start,
            duration: event.duration,
            abstract: xmlText(event.abstract),
            slug: event.slug,
            track: xmlText(event.track ?? ''),
            persons: { person: event.persons.map((person) => ({ '@guid': person.guid, '#text': xmlText(person.name) })) },
            ...(event.language ? { language: event.language } : {}),
            description: xmlText(event.description),
            url: event.url,
          })),
        })),
      })),
    },
  });
}
