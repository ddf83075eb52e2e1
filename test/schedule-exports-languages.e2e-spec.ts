import { jest } from '@jest/globals';
import { DEMO_EVENT_SLUG } from '@app/events';
import { type ProgrammeSnapshot, ScheduleExportsService } from '@app/programme';
import { DataSource } from 'typeorm';
import { logSql } from './support/sql-log.js';
import { readScheduleJson, readScheduleXml, validateAgainstJsonSchema, validateAgainstXsd } from './support/schedule-formats.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = DEMO_EVENT_SLUG;
const FORMATS = ['xml', 'json', 'ics'] as const;
type Format = (typeof FORMATS)[number];
/** iCalendar folds long lines (RFC 5545 3.1); the other formats have none of these breaks. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** The demo conference (en, vi, th) as published: its exports in each language, `?lang=` (#17). */
describe('schedule exports in the language asked (?lang=)', () => {
  let t: TestApp;
  let snapshot: ProgrammeSnapshot;

  beforeAll(async () => {
    t = await startTestApp({ LOAD_DEMO: 'true' });
    [{ snapshot }] = await t.app
      .get(DataSource)
      .query(`SELECT snapshot FROM programme_versions v JOIN events e ON e.id = v.event_id WHERE e.slug = $1 ORDER BY number DESC LIMIT 1`, [slug]);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (format: Format, query = '', headers: Record<string, string> = {}) => t.request('GET', `/events/${slug}/schedule.${format}${query}`, { headers });

  /** A session the organisers titled in every language, and the names of the event, rooms and tracks in `language`. */
  function expected(language: 'vi' | 'th') {
    const session = snapshot.sessions.find((candidate) => candidate.title.en && candidate.title.vi && candidate.title.th && candidate.roomId)!;
    const room = snapshot.rooms.find((candidate) => candidate.id === session.roomId)!;
    return {
      eventName: snapshot.event.translations![language].name!,
      title: session.title[language],
      room: room.translations![language].name!,
      tracks: snapshot.tracks.map((track) => track.translations![language].name!),
    };
  }

  it.each(['vi', 'th'] as const)('writes titles, rooms, tracks and the event in %s, valid against the frab XSD and the c3voc JSON schema', async (language) => {
    const words = expected(language);
    const [xml, json, ics] = await Promise.all(FORMATS.map((format) => get(format, `?lang=${language}`)));
    for (const response of [xml, json, ics]) expect(response.statusCode).toBe(200);

    expect(await validateAgainstXsd(xml.text)).toEqual([]);
    expect(validateAgainstJsonSchema(json.body)).toEqual([]);
    const { conference } = json.body.schedule;
    expect(conference.title).toBe(words.eventName);
    expect(conference.rooms.map((room: { name: string }) => room.name)).toContain(words.room);
    expect(conference.tracks.map((track: { name: string }) => track.name)).toEqual(words.tracks);
    expect(readScheduleJson(json.body).events.find((event) => event.title === words.title)).toMatchObject({ room: words.room });
    expect(readScheduleXml(xml.text).events.find((event) => event.title === words.title)).toMatchObject({ room: words.room });
    const events = conference.days.flatMap((day: { rooms: Record<string, unknown[]> }) => Object.values(day.rooms).flat());
    expect(events.find((event: { title: string }) => event.title === words.title)).toMatchObject({ language });
    expect(xml.text).toContain(`<title>${words.eventName}</title>`);
    const unfolded = unfold(ics.text);
    expect(unfolded).toContain(`SUMMARY:${words.title}`);
    expect(unfolded).toContain(`X-WR-CALNAME:${words.eventName}`);
  });

  it('gives the event’s first language without ?lang=, the same bytes and ETag as ?lang=en', async () => {
    for (const format of FORMATS) {
      const plain = await get(format);
      const english = await get(format, '?lang=en');
      expect(plain.text).toBe(english.text);
      expect(plain.headers.etag).toBe(english.headers.etag);
      expect(plain.text).toContain(snapshot.event.name);
    }
  });

  it('tags each language with its own ETag, and never answers one language with another’s 304', async () => {
    for (const format of FORMATS) {
      const etags = Object.fromEntries(
        await Promise.all(['en', 'vi', 'th'].map(async (language) => [language, (await get(format, `?lang=${language}`)).headers.etag as string])),
      );
      expect(new Set(Object.values(etags)).size).toBe(3);
      // Early (from memory) and through Nest (another query keeps a request from the early answer) alike.
      for (const query of ['', '&through=nest']) {
        expect((await get(format, `?lang=vi${query}`, { 'if-none-match': etags.vi })).statusCode).toBe(304);
        const thai = await get(format, `?lang=th${query}`, { 'if-none-match': etags.vi });
        expect(thai.statusCode).toBe(200);
        expect(thai.headers.etag).toBe(etags.th);
        expect(unfold(thai.text)).toContain(expected('th').title);
        const english = await get(format, query.replace('&', '?'), { 'if-none-match': `${etags.vi}, ${etags.th}` });
        expect(english.statusCode).toBe(200);
        expect(english.headers.etag).toBe(etags.en);
      }
    }
  });

  it('answers a cached export from memory before Nest, with the bytes and headers Nest sends', async () => {
    for (const format of FORMATS) {
      const throughNest = await get(format, '?lang=vi&through=nest');
      const sql = logSql();
      // Only the controller asks for the latest version: the early answer knows it.
      const controller = jest.spyOn(t.app.get(ScheduleExportsService), 'latestVersion');
      try {
        const early = await get(format, '?lang=vi');
        expect(controller).not.toHaveBeenCalled();
        expect(sql.statements).toEqual([]);
        expect(early.statusCode).toBe(200);
        expect(early.text).toBe(throughNest.text);
        const comparable = (headers: Record<string, unknown>) => ({ ...headers, date: undefined, 'x-request-id': typeof headers['x-request-id'] });
        expect(comparable(early.headers)).toEqual(comparable(throughNest.headers));
      } finally {
        sql.restore();
        controller.mockRestore();
      }
    }
  });

  it('refuses a language the event does not offer with 422 LANGUAGE_NOT_OFFERED, even to a client holding an ETag', async () => {
    const etag = (await get('xml')).headers.etag as string;
    for (const format of FORMATS) {
      for (const headers of [{}, { 'if-none-match': etag }, { 'if-none-match': '*' }] as Record<string, string>[]) {
        const refused = await get(format, '?lang=fr', headers);
        expect(refused.statusCode).toBe(422);
        expect(refused.headers['content-type']).toContain('application/json');
        expect(refused.body).toMatchObject({ code: 'LANGUAGE_NOT_OFFERED', data: { language: 'fr' } });
      }
    }
  });

  it('documents ?lang= on each export in the OpenAPI document', async () => {
    const docs = await t.request('GET', '/docs-json');
    for (const format of FORMATS) {
      const operation = docs.body.paths[`/events/{slug}/schedule.${format}`].get;
      expect(operation.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'lang', in: 'query', required: false })]));
      expect(Object.keys(operation.responses)).toContain('422');
    }
  });
});
