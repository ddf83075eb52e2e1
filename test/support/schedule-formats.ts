import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { validateXML } from 'xmllint-wasm';
import { create } from 'xmlbuilder2';

/** The interchange schemas, vendored unchanged (test/fixtures/interop/README.md names their source). */
export const INTEROP_DIR = resolve('test/fixtures/interop');
export const XSD_PATH = join(INTEROP_DIR, 'schedule.xml.xsd');
export const JSON_SCHEMA_PATH = join(INTEROP_DIR, 'schema.json');
/** The team's copies beside the checkout, where there is one: the vendored files must stay identical to them. */
export const SHARED_INTEROP_DIR = resolve('../shared/interop');
/** SHA-256 of the files as published (voc/schedule at 0a403ee5239e0f7883b539a0e05e08f42b737ecb). */
export const PUBLISHED_SHA256 = {
  'schedule.xml.xsd': '8cc5f7aab933c87fb20a99220e618f5e069655ac2f3a75a8a0df845d7329e51c',
  'schema.json': '0f64db03e6a43b31ed109d358fecd1750a158488e44a2e52933a33a775208236',
} as const;

/** Validates with libxml2 (compiled to WebAssembly) against the XSD, exactly as `xmllint --schema` would. */
export async function validateAgainstXsd(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'schedule.xml', contents: xml }],
    schema: [{ fileName: 'schedule.xml.xsd', contents: readFileSync(XSD_PATH, 'utf8') }],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

let compiled: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;

/** ajv with the draft-06 meta-schema and ajv-formats; strict off, as the schema uses keywords ajv does not know ($oneOf, deprecated). */
export function validateAgainstJsonSchema(document: unknown): unknown[] {
  if (!compiled) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => void;
    addFormats(ajv);
    // The schema's own "color" format: a hex colour.
    ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
    ajv.addMetaSchema(JSON.parse(readFileSync(resolve('node_modules/ajv/dist/refs/json-schema-draft-06.json'), 'utf8')));
    compiled = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')));
  }
  return compiled(document) ? [] : (compiled.errors as unknown[]);
}

/** One session as a consumer reads it, from either format. */
export interface ConsumedEvent {
  dayIndex: number;
  dayDate: string;
  guid: string;
  id: number;
  slug: string;
  title: string;
  room: string;
  date: string;
  start: string;
  duration: string;
  persons: string[];
}

const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The rules real consumers (Giggity, EventFahrplan, the c3voc tooling) add on top of the schemas,
 * from ../shared/interop/README.md. Throws naming the first broken rule.
 */
export function checkConsumerRules(
  timeZone: string,
  days: { index: number; date: string; start: string; end: string }[],
  events: ConsumedEvent[],
  zoneName: string | undefined,
): void {
  const fail = (message: string) => {
    throw new Error(`consumer rule broken: ${message}`);
  };
  if (zoneName !== timeZone) fail(`time_zone_name ${zoneName} is not the event's ${timeZone}`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: zoneName });
  } catch {
    fail(`time_zone_name ${zoneName} is not an IANA zone`);
  }
  const seen = { guid: new Set<string>(), id: new Set<number>(), slug: new Set<string>() };
  for (const day of days) {
    if (!WITH_OFFSET.test(day.start) || !WITH_OFFSET.test(day.end)) fail(`day ${day.index} start/end without an offset: ${day.start} ${day.end}`);
  }
  for (const event of events) {
    const label = `event ${event.id} (${event.title})`;
    if (!LOWER_UUID.test(event.guid)) fail(`${label}: guid ${event.guid} is not a lower-case UUID`);
    if (!Number.isInteger(event.id) || event.id < 1) fail(`${label}: id is not a positive integer`);
    for (const key of ['guid', 'id', 'slug'] as const) {
      const set = seen[key] as Set<string | number>;
      if (set.has(event[key])) fail(`${label}: ${key} ${event[key]} is not unique`);
      set.add(event[key]);
    }
    const duration = /^(\d{2}):(\d{2})$/.exec(event.duration);
    const minutes = duration ? Number(duration[1]) * 60 + Number(duration[2]) : NaN;
    if (!duration || !(minutes > 0 && minutes < 24 * 60)) fail(`${label}: duration ${event.duration} is not HH:MM within (0, 24h)`);
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(event.start)) fail(`${label}: start ${event.start} is not HH:MM`);
    if (!WITH_OFFSET.test(event.date)) fail(`${label}: date ${event.date} has no offset`);
    const written = DateTime.fromISO(event.date, { setZone: true });
    const inZone = written.setZone(timeZone);
    if (!written.isValid || written.offset !== inZone.offset) fail(`${label}: date ${event.date} does not carry ${timeZone}'s offset ${inZone.toFormat('ZZ')}`);
    if (inZone.toFormat('HH:mm') !== event.start) fail(`${label}: start ${event.start} disagrees with date ${event.date}`);
    const day = days.find((candidate) => candidate.index === event.dayIndex)!;
    const end = written.plus({ minutes });
    if (written < DateTime.fromISO(day.start) || end > DateTime.fromISO(day.end))
      fail(`${label}: ${event.date} + ${event.duration} is outside day ${day.index} (${day.start} to ${day.end})`);
  }
}

/** Child elements by name, through the DOM so text comes back unescaped. */
const children = (parent: any, name: string): any[] => [...parent.childNodes].filter((node: any) => node.nodeType === 1 && node.nodeName === name);
const text = (parent: any, name: string): string => children(parent, name)[0]?.textContent ?? '';

export interface ConsumedSchedule {
  version: string;
  acronym: string;
  timeZoneName: string | undefined;
  days: { index: number; date: string; start: string; end: string; rooms: string[] }[];
  events: ConsumedEvent[];
}

export function readScheduleXml(xml: string): ConsumedSchedule {
  const schedule = (create(xml).node as any).documentElement;
  const conference = children(schedule, 'conference')[0];
  const days = children(schedule, 'day').map((day) => ({
    index: Number(day.getAttribute('index')),
    date: day.getAttribute('date') as string,
    start: day.getAttribute('start') as string,
    end: day.getAttribute('end') as string,
    rooms: children(day, 'room').map((room) => room.getAttribute('name') as string),
  }));
  const events: ConsumedEvent[] = children(schedule, 'day').flatMap((day) =>
    children(day, 'room').flatMap((room) =>
      children(room, 'event').map((event) => ({
        dayIndex: Number(day.getAttribute('index')),
        dayDate: day.getAttribute('date'),
        guid: event.getAttribute('guid'),
        id: Number(event.getAttribute('id')),
        slug: text(event, 'slug'),
        title: text(event, 'title'),
        room: text(event, 'room'),
        date: text(event, 'date'),
        start: text(event, 'start'),
        duration: text(event, 'duration'),
        persons: children(children(event, 'persons')[0] ?? { childNodes: [] }, 'person').map((person) => person.textContent),
      })),
    ),
  );
  return { version: text(schedule, 'version'), acronym: text(conference, 'acronym'), timeZoneName: text(conference, 'time_zone_name'), days, events };
}

export function readScheduleJson(document: any): ConsumedSchedule {
  const conference = document.schedule.conference;
  const days = conference.days.map((day: any) => ({ index: day.index, date: day.date, start: day.day_start, end: day.day_end, rooms: Object.keys(day.rooms) }));
  const events: ConsumedEvent[] = conference.days.flatMap((day: any) =>
    Object.values(day.rooms as Record<string, any[]>).flatMap((entries) =>
      entries.map((event) => ({
        dayIndex: day.index,
        dayDate: day.date,
        guid: event.guid,
        id: event.id,
        slug: event.slug,
        title: event.title,
        room: event.room,
        date: event.date,
        start: event.start,
        duration: event.duration,
        persons: event.persons.map((person: { name: string }) => person.name),
      })),
    ),
  );
  return { version: document.schedule.version, acronym: conference.acronym, timeZoneName: conference.time_zone_name, days, events };
}
