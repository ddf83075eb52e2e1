import { create } from 'xmlbuilder2';
import type { PublishedProgramme } from '../programme-snapshot.js';
import { frabSchedule, type ScheduleExportOptions } from './frab-schedule.js';

/** Characters XML 1.0 cannot carry (control characters pasted into a title) are dropped, not escaped. */
const xmlText = (value: string) => value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/**
 * The frab / "Fahrplan" schedule.xml (validates against the c3voc schedule.xml.xsd), read by
 * Giggity, EventFahrplan, ConfClerk and the c3voc tooling.
 */
export function scheduleXml(programme: PublishedProgramme, options: ScheduleExportOptions): string {
  const schedule = frabSchedule(programme, options);
  const { conference } = schedule;
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule');
  root.ele('generator', { name: 'Plenary' });
  root.ele('url').txt(schedule.url);
  root.ele('version').txt(schedule.version);

  const head = root.ele('conference');
  head.ele('acronym').txt(conference.acronym);
  head.ele('title').txt(xmlText(conference.title));
  head.ele('start').txt(conference.start);
  head.ele('end').txt(conference.end);
  head.ele('days').txt(String(schedule.days.length));
  head.ele('timeslot_duration').txt(conference.timeslotDuration);
  head.ele('url').txt(conference.url);
  head.ele('time_zone_name').txt(conference.timeZone);
  for (const track of conference.tracks) {
    head.ele('track', { name: xmlText(track.name), color: track.colour, ...(track.slug ? { slug: track.slug } : {}) }).txt(xmlText(track.name));
  }

  for (const day of schedule.days) {
    const dayElement = root.ele('day', { index: String(day.index), date: day.date, start: day.start, end: day.end });
    for (const { room, events } of day.rooms) {
      const roomElement = dayElement.ele('room', { name: xmlText(room.name), guid: room.guid });
      for (const event of events) {
        const element = roomElement.ele('event', { guid: event.guid, id: String(event.id) });
        element.ele('room').txt(xmlText(event.room));
        element.ele('title').txt(xmlText(event.title));
        if (event.subtitle) element.ele('subtitle').txt(xmlText(event.subtitle));
        element.ele('type').txt(event.type);
        element.ele('date').txt(event.date);
        element.ele('start').txt(event.start);
        element.ele('duration').txt(event.duration);
        element.ele('abstract').txt(xmlText(event.abstract));
        element.ele('slug').txt(event.slug);
        element.ele('track').txt(xmlText(event.track ?? ''));
        const persons = element.ele('persons');
        for (const person of event.persons) persons.ele('person', { guid: person.guid }).txt(xmlText(person.name));
        if (event.language) element.ele('language').txt(event.language);
        element.ele('description').txt(xmlText(event.description));
        element.ele('url').txt(event.url);
      }
    }
  }
  return root.end({ prettyPrint: true }) + '\n';
}
