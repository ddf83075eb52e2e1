import { jest } from '@jest/globals';
import { PublishingService, ScheduleExportsService } from '@app/programme';
import { expectEventually } from '@app/testing';
import ICAL from 'ical.js';
import { createHash } from 'node:crypto';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createUser, grantRole } from './support/people.js';
import { logSql } from './support/sql-log.js';
import {
  checkConsumerRules,
  INTEROP_DIR,
  PUBLISHED_SHA256,
  SHARED_INTEROP_DIR,
  readScheduleJson,
  readScheduleXml,
  validateAgainstJsonSchema,
  validateAgainstXsd,
} from './support/schedule-formats.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the interchange schemas the exports are validated against', () => {
  it('are the published files, unchanged (and the same as the team’s copies where those sit beside the checkout)', () => {
    for (const [file, sha256] of Object.entries(PUBLISHED_SHA256)) {
      const vendored = readFileSync(join(INTEROP_DIR, file));
      expect(createHash('sha256').update(vendored).digest('hex')).toBe(sha256);
      const shared = join(SHARED_INTEROP_DIR, file);
      if (existsSync(shared)) expect(readFileSync(shared).equals(vendored)).toBe(true);
    }
  });
});

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
const CONTENT_TYPES = { xml: 'application/xml; charset=utf-8', json: 'application/json; charset=utf-8', ics: 'text/calendar; charset=utf-8' } as const;
type Format = keyof typeof CONTENT_TYPES;

interface CreatedSession {
  id: string;
  number: number;
  start: string;
  end: string;
  title: Record<string, string>;
}

function parseIcs(text: string) {
  ICAL.design.strict = true;
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}

describe('public schedule exports (schedule.xml, schedule.json, schedule.ics)', () => {
  let t: TestApp;
  let admin: string;
  let speakerLan: string;
  let speakerKim: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    speakerLan = await createUser(t, 'lan.exports@sonla.test', 'Lò Thị Lan', 'vi');
    speakerKim = await createUser(t, 'kim.exports@suwon.test', 'Kim Min-jun', 'en');
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (slug: string, format: Format, headers: Record<string, string> = {}) => t.request('GET', `/events/${slug}/schedule.${format}`, { headers });

  async function post(url: string, body: unknown) {
    const response = await t.request('POST', url, { token: admin, body });
    if (response.statusCode !== 201) throw new Error(`POST ${url}: ${response.statusCode} ${response.text}`);
    return response.body;
  }

  async function createProgrammeEvent(slug: string, timeZone: string, startDate: string, endDate: string, rooms: string[]) {
    await post('/events', {
      slug,
      name: `Learning Cities ${slug}`,
      country: 'TH',
      city: 'Bangkok',
      venue: 'Convention Centre',
      timeZone,
      startDate,
      endDate,
      languages: ['en', 'th'],
    });
    const roomIds: string[] = [];
    for (const name of rooms) roomIds.push((await post(`/events/${slug}/rooms`, { name, capacity: 100 })).id);
    for (const speaker of [speakerLan, speakerKim]) {
      const granted = await grantRole(t, slug, speaker, 'speaker');
      expect([200, 201]).toContain(granted.statusCode);
    }
    return roomIds;
  }

  const session = (slug: string, body: Record<string, unknown>): Promise<CreatedSession> => post(`/events/${slug}/sessions`, body);
  const slot = (slug: string, sessionId: string, body: Record<string, unknown>) => post(`/events/${slug}/sessions/${sessionId}/slots`, body);
  const publish = (slug: string) => post(`/events/${slug}/programme/publish`, {});

  async function fetchAll(slug: string) {
    const [xml, json, ics] = await Promise.all((['xml', 'json', 'ics'] as const).map((format) => get(slug, format)));
    for (const [format, response] of [
      ['xml', xml],
      ['json', json],
      ['ics', ics],
    ] as const) {
      expect({ format, status: response.statusCode }).toEqual({ format, status: 200 });
      expect(response.headers['content-type']).toBe(CONTENT_TYPES[format]);
    }
    return { xml: xml.text, json: JSON.parse(json.text), ics: ics.text };
  }

  it('documents the three public exports in the OpenAPI document, with their media types', async () => {
    const docs = await t.request('GET', '/docs-json');
    expect(docs.statusCode).toBe(200);
    for (const [format, mediaType] of [
      ['xml', 'application/xml'],
      ['json', 'application/json'],
      ['ics', 'text/calendar'],
    ] as const) {
      const operation = docs.body.paths[`/events/{slug}/schedule.${format}`]?.get;
      expect(operation?.summary).toEqual(expect.stringContaining('latest published programme'));
      expect(operation?.security ?? []).toEqual([]);
      expect(Object.keys(operation.responses['200'].content ?? {})).toContain(mediaType);
    }
  });

  describe('a programme in Bangkok', () => {
    const slug = 'exports-bangkok';
    const zone = 'Asia/Bangkok';
    let hall: string;
    let roomB: string;
    let track: string;
    const sessions: Record<string, CreatedSession> = {};
    let exported: { xml: string; json: any; ics: string };

    beforeAll(async () => {
      [hall, roomB] = await createProgrammeEvent(slug, zone, '2024-10-29', '2024-10-30', ['Plenary Hall', 'Room B']);
      track = (await post(`/events/${slug}/tracks`, { name: 'Inclusive learning', colour: '#1f77b4' })).id;
      sessions.opening = await session(slug, {
        type: 'plenary',
        title: { en: 'Opening plenary', th: 'พิธีเปิด' },
        abstract: { en: 'Welcome to Bangkok' },
        roomId: hall,
        start: '2024-10-29T09:00',
        end: '2024-10-29T10:30',
        chairs: ['UNESCO Bangkok'],
      });
      await slot(slug, sessions.opening.id, { title: 'Suwon lifelong learning', start: '2024-10-29T09:00', durationMinutes: 30, speakerIds: [speakerKim] });
      await slot(slug, sessions.opening.id, { title: 'Sơn La: a learning city', start: '2024-10-29T09:30', durationMinutes: 30, speakerIds: [speakerLan] });
      // Thai only, no room: the venue stands in, and the slug falls back to the session type.
      sessions.coffee = await session(slug, { type: 'break', title: { th: 'พักรับประทานอาหารว่าง' }, start: '2024-10-29T10:30', end: '2024-10-29T11:00' });
      sessions.parallel = await session(slug, {
        type: 'parallel',
        title: { en: 'Learning cities & <inclusion>' },
        roomId: roomB,
        trackId: track,
        start: '2024-10-29T14:00',
        end: '2024-10-29T15:30',
      });
      await slot(slug, sessions.parallel.id, {
        title: 'Two cities, one panel',
        start: '2024-10-29T14:00',
        durationMinutes: 20,
        speakerIds: [speakerLan, speakerKim],
      });
      // Across local midnight, and in the small hours: both still the first conference day.
      sessions.nightMarket = await session(slug, {
        type: 'social',
        title: { en: 'Night market walk' },
        roomId: roomB,
        start: '2024-10-29T23:30',
        end: '2024-10-30T00:30',
      });
      sessions.earlyBirds = await session(slug, {
        type: 'workshop',
        title: { en: 'Early birds' },
        roomId: hall,
        start: '2024-10-30T03:00',
        end: '2024-10-30T03:30',
      });
      sessions.closing = await session(slug, {
        type: 'plenary',
        title: { en: 'Closing plenary' },
        roomId: hall,
        start: '2024-10-30T09:00',
        end: '2024-10-30T12:00',
      });
      expect((await publish(slug)).version).toBe(1);
      exported = await fetchAll(slug);
    });

    it('schedule.xml validates against the frab XSD, unchanged', async () => {
      expect(await validateAgainstXsd(exported.xml)).toEqual([]);
    });

    it('schedule.json validates against the c3voc JSON schema (draft-06)', () => {
      expect(validateAgainstJsonSchema(exported.json)).toEqual([]);
    });

    it('the validators are real: they refuse an export broken on purpose', async () => {
      const brokenXml = exported.xml
        .replace(/<duration>\d\d:\d\d<\/duration>/, '<duration>1h30</duration>')
        .replace(/ guid="[0-9a-f-]{36}" id=/, ' guid="not-a-uuid" id=');
      expect((await validateAgainstXsd(brokenXml)).join('\n')).toMatch(/duration[\s\S]*guid|guid[\s\S]*duration/);
      const brokenJson = structuredClone(exported.json);
      brokenJson.schedule.conference.acronym = 'exports-bangkok';
      delete brokenJson.schedule.conference.days[0].rooms['Plenary Hall'][0].url;
      const errors = validateAgainstJsonSchema(brokenJson) as { instancePath: string; message: string }[];
      expect(errors.map((error) => `${error.instancePath} ${error.message}`)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('/schedule/conference/acronym must match pattern'),
          expect.stringContaining("must have required property 'url'"),
        ]),
      );
      expect(() =>
        checkConsumerRules(
          zone,
          readScheduleJson(exported.json).days,
          readScheduleJson(exported.json).events.map((event) => ({ ...event, duration: '24:00' })),
          zone,
        ),
      ).toThrow(/duration 24:00/);
    });

    it('keeps the consumer rules in both formats: lower-case uuid guids, HH:MM, offsets, unique ids and slugs', () => {
      for (const read of [readScheduleXml(exported.xml), readScheduleJson(exported.json)]) {
        checkConsumerRules(zone, read.days, read.events, read.timeZoneName);
        expect(read.version).toBe('v1');
        expect(read.acronym).toBe('exports_bangkok');
        expect(read.events.map((event) => event.guid).sort()).toEqual(
          Object.values(sessions)
            .map((created) => created.id)
            .sort(),
        );
        expect(new Set(read.events.map((event) => event.id))).toEqual(new Set(Object.values(sessions).map((created) => created.number)));
      }
    });

    it('places sessions on conference days in Bangkok time, the small hours on the day before', () => {
      for (const read of [readScheduleXml(exported.xml), readScheduleJson(exported.json)]) {
        expect(read.days.map(({ index, date, start, end }) => ({ index, date, start, end }))).toEqual([
          { index: 1, date: '2024-10-29', start: '2024-10-29T04:00:00+07:00', end: '2024-10-30T04:00:00+07:00' },
          { index: 2, date: '2024-10-30', start: '2024-10-30T04:00:00+07:00', end: '2024-10-31T04:00:00+07:00' },
        ]);
        expect(read.days[0].rooms).toEqual(['Plenary Hall', 'Room B', 'Convention Centre']);
        const byGuid = new Map(read.events.map((event) => [event.guid, event]));
        const summary = (created: CreatedSession) => {
          const event = byGuid.get(created.id)!;
          return [event.dayIndex, event.room, event.date, event.start, event.duration];
        };
        expect(summary(sessions.opening)).toEqual([1, 'Plenary Hall', '2024-10-29T09:00:00+07:00', '09:00', '01:30']);
        expect(summary(sessions.coffee)).toEqual([1, 'Convention Centre', '2024-10-29T10:30:00+07:00', '10:30', '00:30']);
        expect(summary(sessions.nightMarket)).toEqual([1, 'Room B', '2024-10-29T23:30:00+07:00', '23:30', '01:00']);
        expect(summary(sessions.earlyBirds)).toEqual([1, 'Plenary Hall', '2024-10-30T03:00:00+07:00', '03:00', '00:30']);
        expect(summary(sessions.closing)).toEqual([2, 'Plenary Hall', '2024-10-30T09:00:00+07:00', '09:00', '03:00']);
        expect(byGuid.get(sessions.opening.id)!.persons).toEqual(['Kim Min-jun', 'Lò Thị Lan']);
        expect(byGuid.get(sessions.parallel.id)!.title).toBe('Learning cities & <inclusion>');
        expect(byGuid.get(sessions.coffee.id)!.slug).toBe(`exports_bangkok-${sessions.coffee.number}-break`);
      }
    });

    it('schedule.ics parses strictly: PRODID, one VEVENT per session with stable UID, DTSTAMP and Bangkok times', () => {
      const { calendar, events } = parseIcs(exported.ics);
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Plenary//Programme//EN');
      expect(calendar.getAllSubcomponents('vtimezone').map((component) => component.getFirstPropertyValue('tzid'))).toEqual([zone]);
      expect(events).toHaveLength(Object.keys(sessions).length);
      const byUid = new Map(events.map((event) => [event.uid, event]));
      for (const created of Object.values(sessions)) {
        const event = byUid.get(`${created.id}@programme.plenary`)!;
        expect(event).toBeDefined();
        expect(event.startDate.toJSDate().getTime()).toBe(new Date(created.start).getTime());
        expect(event.endDate.toJSDate().getTime()).toBe(new Date(created.end).getTime());
        expect(event.startDate.zone?.tzid).toBe(zone);
        expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      }
      expect(exported.ics).toContain('DTSTART;TZID=Asia/Bangkok:20241029T090000\r\n');
      expect(byUid.get(`${sessions.opening.id}@programme.plenary`)!.location).toBe('Plenary Hall');
    });

    it('answers 404 for an event that has published nothing and for an unknown event', async () => {
      await post('/events', {
        slug: 'exports-unpublished',
        name: 'Not yet',
        country: 'TH',
        timeZone: zone,
        startDate: '2024-10-29',
        endDate: '2024-10-30',
        languages: ['en'],
      });
      for (const format of ['xml', 'json', 'ics'] as const) {
        expect((await get('exports-unpublished', format)).statusCode).toBe(404);
        expect((await get('exports-nowhere', format)).statusCode).toBe(404);
      }
    });

    describe('caching', () => {
      it('carries ETag and Cache-Control, and answers 304 to a matching If-None-Match without loading the programme', async () => {
        const publishing = t.app.get(PublishingService);
        for (const format of ['xml', 'json', 'ics'] as const) {
          const first = await get(slug, format);
          const etag = first.headers.etag as string;
          // fetch asks for gzip: the compressed answer carries the weak form of the version's ETag.
          expect(etag).toBe(`W/"${slug}-v1-${format}.en"`);
          expect(first.headers['cache-control']).toBe(CACHE_CONTROL);

          const load = jest.spyOn(publishing, 'latest');
          try {
            const unchanged = await get(slug, format, { 'if-none-match': etag });
            expect(unchanged.statusCode).toBe(304);
            expect(unchanged.text).toBe('');
            expect(unchanged.headers.etag).toBe(etag);
            expect(unchanged.headers['cache-control']).toBe(CACHE_CONTROL);
            expect((await get(slug, format, { 'if-none-match': `W/"other", ${etag}` })).statusCode).toBe(304);
            expect(load).not.toHaveBeenCalled();
          } finally {
            load.mockRestore();
          }
        }
      });

      it('sends an export compressed to a client that accepts it (br, else gzip), compressed once per version, with a weak ETag and Vary', async () => {
        const exports = t.app.get(ScheduleExportsService);
        const builds = exports.cache.builds;
        for (const format of ['xml', 'json', 'ics'] as const) {
          const url = `${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/schedule.${format}`;
          const plain = await rawGet(url, { 'accept-encoding': 'identity' });
          expect(plain.headers['content-encoding']).toBeUndefined();
          expect(plain.headers.vary).toBe('Accept-Encoding');
          if (format === 'json') expect(JSON.parse(plain.body.toString('utf8'))).toEqual(exported.json);
          else expect(plain.body.toString('utf8')).toBe(exported[format]);

          // What a browser sends: the best coding kept.
          const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
          expect(br.statusCode).toBe(200);
          expect(br.headers['content-encoding']).toBe('br');
          expect(br.headers.vary).toBe('Accept-Encoding');
          expect(br.headers.etag).toBe(`W/${plain.headers.etag}`);
          expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
          expect(br.body.length).toBeLessThan(plain.body.length);

          const gzip = await rawGet(url, { 'accept-encoding': 'gzip;q=1, br;q=0' });
          expect(gzip.headers['content-encoding']).toBe('gzip');
          expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

          // Either ETag is the same version: a 304 whichever coding the client holds.
          expect((await rawGet(url, { 'accept-encoding': 'identity', 'if-none-match': br.headers.etag as string })).statusCode).toBe(304);
          const unchanged = await rawGet(url, { 'accept-encoding': 'br', 'if-none-match': plain.headers.etag as string });
          expect(unchanged.statusCode).toBe(304);
          expect(unchanged.headers.etag).toBe(br.headers.etag);
          expect(unchanged.headers.vary).toBe('Accept-Encoding');
        }
        expect(exports.cache.builds).toBe(builds);
      });

      it('serves a repeated request from memory instead of rebuilding', async () => {
        const exports = t.app.get(ScheduleExportsService);
        const publishing = t.app.get(PublishingService);
        const builds = exports.cache.builds;
        const load = jest.spyOn(publishing, 'latest');
        try {
          const again = await fetchAll(slug);
          expect(again.xml).toBe(exported.xml);
          expect(again.json).toEqual(exported.json);
          expect(again.ics).toBe(exported.ics);
          expect(exports.cache.builds).toBe(builds);
          expect(load).not.toHaveBeenCalled();
        } finally {
          load.mockRestore();
        }
      });

      it('changes the ETag and the content when a new version is published, keeping guids and UIDs', async () => {
        const exports = t.app.get(ScheduleExportsService);
        const builds = exports.cache.builds;
        const renamed = await t.request('PATCH', `/events/${slug}/sessions/${sessions.closing.id}`, {
          token: admin,
          body: { title: { en: 'Closing plenary and Bangkok declaration' } },
        });
        expect(renamed.statusCode).toBe(200);
        expect((await publish(slug)).version).toBe(2);

        for (const format of ['xml', 'json', 'ics'] as const) {
          const stale = await get(slug, format, { 'if-none-match': `"${slug}-v1-${format}.en"` });
          expect(stale.statusCode).toBe(200);
          expect(stale.headers.etag).toBe(`W/"${slug}-v2-${format}.en"`);
          expect(stale.text).toContain('Closing plenary and Bangkok declaration');
          expect((await get(slug, format, { 'if-none-match': `"${slug}-v2-${format}.en"` })).statusCode).toBe(304);
        }
        expect(exports.cache.builds).toBe(builds + 3);

        const v2 = await fetchAll(slug);
        expect(readScheduleXml(v2.xml).version).toBe('v2');
        const guids = (xml: string) =>
          readScheduleXml(xml)
            .events.map((event) => `${event.id}:${event.guid}:${event.slug.split('-')[1]}`)
            .sort();
        expect(guids(v2.xml)).toEqual(guids(exported.xml));
        expect(
          parseIcs(v2.ics)
            .events.map((event) => event.uid)
            .sort(),
        ).toEqual(
          parseIcs(exported.ics)
            .events.map((event) => event.uid)
            .sort(),
        );
        expect(parseIcs(v2.ics).events.every((event) => event.sequence === 2)).toBe(true);
      });

      it('answers a 304 known from memory before Nest, with the headers Nest sends, and a 200 to the old ETag after a publish', async () => {
        const token = await t.adminToken();
        const conditional = (etag: string, query = '') => t.request('GET', `/events/${slug}/programme${query}`, { token, headers: { 'if-none-match': etag } });
        const etag = (await t.request('GET', `/events/${slug}/programme`)).headers.etag as string;
        // A query is not for the early answer: Nest gives its own 304, the one to compare with.
        const throughNest = await conditional(etag, '?through=nest');
        expect(throughNest.statusCode).toBe(304);
        const sql = logSql();
        try {
          const early = await conditional(etag);
          // Nest's guard would read the caller's account and roles: answered before it, nothing is read.
          expect(sql.statements).toEqual([]);
          expect(early.statusCode).toBe(304);
          expect(early.text).toBe('');
          const comparable = (headers: Record<string, unknown>) => ({ ...headers, date: undefined, 'x-request-id': typeof headers['x-request-id'] });
          expect(comparable(early.headers)).toEqual(comparable(throughNest.headers));
          expect(early.headers).toMatchObject({ etag, 'cache-control': CACHE_CONTROL, 'x-content-type-options': 'nosniff' });
        } finally {
          sql.restore();
        }

        const renamed = await t.request('PATCH', `/events/${slug}/sessions/${sessions.closing.id}`, {
          token: admin,
          body: { title: { en: 'Closing plenary and the Bangkok declaration' } },
        });
        expect(renamed.statusCode).toBe(200);
        const { version } = await publish(slug);
        const stale = await conditional(etag);
        expect(stale.statusCode).toBe(200);
        expect(stale.headers.etag).toBe(`W/"${slug}-v${version}-programme"`);
        expect(stale.text).toContain('the Bangkok declaration');
        expect((await conditional(stale.headers.etag as string)).statusCode).toBe(304);
      });

      it('tells another api process on the same database of a new version, which then answers with it instead of a 304', async () => {
        // A second replica: it keeps the latest version in memory too, so it must hear of the publish.
        const replica = await startTestApp({}, { database: t.database });
        try {
          const url = `/events/${slug}/schedule.xml`;
          const known = await replica.request('GET', url);
          const etag = known.headers.etag as string;
          expect((await replica.request('GET', url, { headers: { 'if-none-match': etag } })).statusCode).toBe(304);

          const renamed = await t.request('PATCH', `/events/${slug}/sessions/${sessions.closing.id}`, {
            token: admin,
            body: { title: { en: 'Closing plenary, Bangkok declaration and farewell' } },
          });
          expect(renamed.statusCode).toBe(200);
          const { version } = await publish(slug);

          await expectEventually(async () => {
            const fresh = await replica.request('GET', url, { headers: { 'if-none-match': etag } });
            expect(fresh.statusCode).toBe(200);
            expect(fresh.headers.etag).toBe(`W/"${slug}-v${version}-xml.en"`);
            expect(fresh.text).toContain('farewell');
          });
        } finally {
          // Not replica.close(): the database is the suite's.
          await replica.app.close();
        }
      });

      it('builds a cold export once for the requests that ask for it at the same time, loading the programme once', async () => {
        const exports = t.app.get(ScheduleExportsService);
        const publishing = t.app.get(PublishingService);
        const renamed = await t.request('PATCH', `/events/${slug}/sessions/${sessions.opening.id}`, {
          token: admin,
          body: { title: { en: 'Opening plenary: learning cities for all' } },
        });
        expect(renamed.statusCode).toBe(200);
        const { version } = await publish(slug);
        const builds = exports.cache.builds;
        const load = jest.spyOn(publishing, 'latest');
        try {
          const answers = await Promise.all(
            Array.from({ length: 12 }, (_, index) => get(slug, (['xml', 'json'] as const)[index % 2], { 'accept-encoding': 'identity' })),
          );
          expect(answers.map((answer) => answer.statusCode)).toEqual(Array(12).fill(200));
          expect(new Set(answers.map((answer) => answer.headers.etag))).toEqual(new Set([`"${slug}-v${version}-xml.en"`, `"${slug}-v${version}-json.en"`]));
          expect(answers.every((answer) => answer.text.includes('learning cities for all'))).toBe(true);
          expect(load).toHaveBeenCalledTimes(1);
          expect(exports.cache.builds).toBe(builds + 2);
        } finally {
          load.mockRestore();
        }
      });
    });
  });

  describe('a programme in Berlin across midnight and the night the clocks go back', () => {
    const slug = 'exports-berlin';
    const zone = 'Europe/Berlin';
    const sessions: Record<string, CreatedSession> = {};
    let exported: { xml: string; json: any; ics: string };

    beforeAll(async () => {
      const [saalA, saalB] = await createProgrammeEvent(slug, zone, '2024-10-26', '2024-10-28', ['Saal A', 'Saal B']);
      sessions.opening = await session(slug, { type: 'plenary', title: { en: 'Opening' }, roomId: saalA, start: '2024-10-26T10:00', end: '2024-10-26T11:00' });
      await slot(slug, sessions.opening.id, { title: 'Lernende Städte', start: '2024-10-26T10:00', durationMinutes: 30, speakerIds: [speakerKim] });
      // 02:00 happens twice on 27 October: first at +02:00, then again at +01:00.
      sessions.firstTwo = await session(slug, {
        type: 'social',
        title: { en: 'Night owls (summer time)' },
        roomId: saalA,
        start: '2024-10-27T02:00+02:00',
        end: '2024-10-27T02:45+02:00',
      });
      sessions.secondTwo = await session(slug, {
        type: 'social',
        title: { en: 'Night owls (winter time)' },
        roomId: saalA,
        start: '2024-10-27T02:15+01:00',
        end: '2024-10-27T02:45+01:00',
      });
      // 01:30 summer time to 03:30 winter time: three hours by the clock's two hours.
      sessions.acrossChange = await session(slug, {
        type: 'workshop',
        title: { en: 'The longest night' },
        roomId: saalB,
        start: '2024-10-27T01:30',
        end: '2024-10-27T03:30',
      });
      sessions.midnight = await session(slug, {
        type: 'social',
        title: { en: 'Midnight walk' },
        roomId: saalB,
        start: '2024-10-27T23:30',
        end: '2024-10-28T00:30',
      });
      sessions.closing = await session(slug, { type: 'plenary', title: { en: 'Closing' }, roomId: saalA, start: '2024-10-28T10:00', end: '2024-10-28T11:00' });
      expect((await publish(slug)).version).toBe(1);
      exported = await fetchAll(slug);
    });

    it('schedule.xml validates against the frab XSD, unchanged', async () => {
      expect(await validateAgainstXsd(exported.xml)).toEqual([]);
    });

    it('schedule.json validates against the c3voc JSON schema (draft-06)', () => {
      expect(validateAgainstJsonSchema(exported.json)).toEqual([]);
    });

    it('keeps the consumer rules in both formats', () => {
      for (const read of [readScheduleXml(exported.xml), readScheduleJson(exported.json)]) {
        checkConsumerRules(zone, read.days, read.events, read.timeZoneName);
        expect(read.events).toHaveLength(Object.keys(sessions).length);
      }
    });

    it('runs each day from 04:00 to 04:00, 25 hours on the night the clocks go back, and puts each session on the day it starts', () => {
      for (const read of [readScheduleXml(exported.xml), readScheduleJson(exported.json)]) {
        expect(read.days.map(({ index, date, start, end }) => ({ index, date, start, end }))).toEqual([
          { index: 1, date: '2024-10-26', start: '2024-10-26T04:00:00+02:00', end: '2024-10-27T04:00:00+01:00' },
          { index: 2, date: '2024-10-27', start: '2024-10-27T04:00:00+01:00', end: '2024-10-28T04:00:00+01:00' },
          { index: 3, date: '2024-10-28', start: '2024-10-28T04:00:00+01:00', end: '2024-10-29T04:00:00+01:00' },
        ]);
        const byGuid = new Map(read.events.map((event) => [event.guid, event]));
        const summary = (created: CreatedSession) => {
          const event = byGuid.get(created.id)!;
          return [event.dayIndex, event.date, event.start, event.duration];
        };
        expect(summary(sessions.opening)).toEqual([1, '2024-10-26T10:00:00+02:00', '10:00', '01:00']);
        expect(summary(sessions.firstTwo)).toEqual([1, '2024-10-27T02:00:00+02:00', '02:00', '00:45']);
        expect(summary(sessions.secondTwo)).toEqual([1, '2024-10-27T02:15:00+01:00', '02:15', '00:30']);
        expect(summary(sessions.acrossChange)).toEqual([1, '2024-10-27T01:30:00+02:00', '01:30', '03:00']);
        expect(summary(sessions.midnight)).toEqual([2, '2024-10-27T23:30:00+01:00', '23:30', '01:00']);
        expect(summary(sessions.closing)).toEqual([3, '2024-10-28T10:00:00+01:00', '10:00', '01:00']);
      }
      const json = readScheduleJson(exported.json);
      const midnight = exported.json.schedule.conference.days[1].rooms['Saal B'].find((event: { guid: string }) => event.guid === sessions.midnight.id);
      expect(midnight.end).toBe('2024-10-28T00:30:00+01:00');
      expect(json.timeZoneName).toBe(zone);
    });

    it('schedule.ics gives every session its true instant, writing the repeated hour in UTC', () => {
      const { events } = parseIcs(exported.ics);
      expect(events).toHaveLength(Object.keys(sessions).length);
      const byUid = new Map(events.map((event) => [event.uid, event]));
      for (const created of Object.values(sessions)) {
        const event = byUid.get(`${created.id}@programme.plenary`)!;
        expect([event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()]).toEqual([
          new Date(created.start).toISOString(),
          new Date(created.end).toISOString(),
        ]);
      }
      expect(exported.ics).toContain('DTSTART:20241027T000000Z\r\n');
      expect(exported.ics).toContain('DTSTART:20241027T011500Z\r\n');
      expect(exported.ics).toContain('DTSTART;TZID=Europe/Berlin:20241027T013000\r\n');
      expect(exported.ics).toContain('DTEND;TZID=Europe/Berlin:20241027T033000\r\n');
      expect(exported.ics).toContain('DTSTART;TZID=Europe/Berlin:20241027T233000\r\n');
      expect(exported.ics).toContain('DTEND;TZID=Europe/Berlin:20241028T003000\r\n');
    });
  });
});

/** The bytes as sent, not decoded (fetch would undo the content coding). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ statusCode: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ statusCode: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}
