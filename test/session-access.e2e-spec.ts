import { newBadgeCode, newManagementToken } from '@app/registration';
import { DataSource } from 'typeorm';
import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const STREAM = 'https://stream.example.org/opening-7f3a';
const STREAM_LATER = 'https://stream.example.org/opening-9c1d';
const INTERPRETER = 'https://interpret.example.org/vi-51be';
const RADIO = 'Radio channel 7b';

describe('hybrid sessions and speaker availability', () => {
  let t: TestApp;
  let admin: string;
  let db: DataSource;
  const slug = 'hybrid-access';
  let sessionId: string;
  let roomId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    db = t.app.get(DataSource);
    await createEvent(t, slug);
    roomId = (await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Phòng Sen', capacity: 40 } })).body.id;
    expect(
      (await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'Delegate' } })).statusCode,
    ).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A delegate straight into the database in the given state: registration itself is tested elsewhere. */
  async function delegate(state: 'confirmed' | 'cancelled', email: string): Promise<string> {
    const { token, hash } = newManagementToken();
    await db.query(
      `INSERT INTO registrations (event_id, category_id, state, full_name, country, email, language, privacy_notice_version,
                                  consented_at, management_token_hash, badge_code, confirmed_at)
       SELECT e.id, c.id, $2, 'Delegate', 'VN', $3, 'en', '2024-1', now(), $4, $5, now()
         FROM events e JOIN registration_categories c ON c.event_id = e.id WHERE e.slug = $1`,
      [slug, state, email, hash, newBadgeCode()],
    );
    return token;
  }

  it('refuses a stream that is not https and a channel with neither link nor radio channel', async () => {
    const base = { type: 'plenary', title: { en: 'Opening' }, roomId, start: '2030-05-06T09:00', end: '2030-05-06T10:00' };
    const http = await t.request('POST', `/events/${slug}/sessions`, { token: admin, body: { ...base, streamUrl: 'http://stream.example.org/x' } });
    expect(http.statusCode).toBe(400);
    const empty = await t.request('POST', `/events/${slug}/sessions`, { token: admin, body: { ...base, interpretation: [{ language: 'vi' }] } });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toMatchObject({ code: 'INTERPRETATION_NEEDS_LINK_OR_CHANNEL', data: { language: 'vi' } });
    expect((await t.request('GET', `/events/${slug}/sessions`, { token: admin })).body).toEqual([]);
  });

  it('keeps stream and interpretation out of every public export and gives them to a confirmed delegate’s agenda and .ics', async () => {
    const created = await t.request('POST', `/events/${slug}/sessions`, {
      token: admin,
      body: {
        type: 'plenary',
        title: { en: 'Opening plenary', vi: 'Phiên toàn thể khai mạc' },
        roomId,
        start: '2030-05-06T09:00',
        end: '2030-05-06T10:30',
        streamUrl: STREAM,
        interpretation: [
          { language: 'vi', link: INTERPRETER },
          { language: 'th', channel: RADIO },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    sessionId = created.body.id;
    expect(created.body).toMatchObject({
      streamUrl: STREAM,
      interpretation: [
        { language: 'vi', link: INTERPRETER },
        { language: 'th', channel: RADIO },
      ],
    });
    expect((await t.request('POST', `/events/${slug}/programme/publish`, { token: admin })).statusCode).toBe(201);

    for (const path of ['schedule.xml', 'schedule.json', 'schedule.ics', 'programme']) {
      const response = await t.request('GET', `/events/${slug}/${path}`);
      expect(response.statusCode).toBe(200);
      expect(response.text).toMatch(/Opening plenary|Phiên toàn thể khai mạc/);
      for (const secret of ['stream.example.org', 'interpret.example.org', RADIO]) expect(`${path}: ${response.text}`).not.toContain(secret);
    }

    const confirmed = await delegate('confirmed', 'remote@hanoi.test');
    expect((await t.request('POST', `/registrations/manage/${confirmed}/agenda`, { body: { sessionId } })).statusCode).toBe(201);
    const agenda = await t.request('GET', `/registrations/manage/${confirmed}/agenda`);
    expect(agenda.body.entries[0]).toMatchObject({
      streamUrl: STREAM,
      interpretation: [
        { language: 'vi', link: INTERPRETER },
        { language: 'th', channel: RADIO },
      ],
    });
    const ics = await t.request('GET', `/registrations/manage/${confirmed}/agenda.ics`);
    expect(ics.statusCode).toBe(200);
    const unfolded = ics.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`URL;VALUE=URI:${STREAM}`);
    expect(unfolded).toContain(`Watch online: ${STREAM}`);
    expect(unfolded).toContain(`Interpretation (th): ${RADIO}`);

    // A registration that is no longer confirmed keeps its list but not the links.
    await db.query(`UPDATE registrations SET state = 'cancelled' WHERE email = 'remote@hanoi.test'`);
    const after = await t.request('GET', `/registrations/manage/${confirmed}/agenda.ics`);
    expect(after.text).not.toContain('stream.example.org');
    expect((await t.request('GET', `/registrations/manage/${confirmed}/agenda`)).body.entries[0]).toMatchObject({ streamUrl: null, interpretation: [] });
  });

  it('announces a changed stream as a programme change without putting the link in the changelog', async () => {
    const patched = await t.request('PATCH', `/events/${slug}/sessions/${sessionId}`, { token: admin, body: { streamUrl: STREAM_LATER } });
    expect(patched.statusCode).toBe(200);
    expect(patched.body.streamUrl).toBe(STREAM_LATER);
    const preview = await t.request('GET', `/events/${slug}/programme/preview`, { token: admin });
    expect(preview.body.changelog.map((entry: { kind: string }) => entry.kind)).toEqual(['access-changed']);
    expect(JSON.stringify(preview.body)).not.toContain('stream.example.org');
    const published = await t.request('POST', `/events/${slug}/programme/publish`, { token: admin });
    expect(published.statusCode).toBe(201);
    expect((await t.request('GET', `/events/${slug}/schedule.json`)).text).not.toContain('stream.example.org');
  });

  it('warns when a talk falls in a time its speaker cannot speak; the speaker and organisers set those times', async () => {
    const speakerId = await createUser(t, 'kim.availability@suwon.test', 'Kim Min-jun', 'en', 'speaker-password-1');
    expect((await grantRole(t, slug, speakerId, 'speaker')).statusCode).toBeLessThan(300);
    const speaker = await t.login('kim.availability@suwon.test', 'speaker-password-1');

    const overlapping = await t.request('PUT', `/events/${slug}/speaker-availability/me`, {
      token: speaker,
      body: {
        times: [
          { start: '2030-05-06T09:00', end: '2030-05-06T11:00' },
          { start: '2030-05-06T10:00', end: '2030-05-06T12:00' },
        ],
      },
    });
    expect(overlapping.statusCode).toBe(422);
    expect(overlapping.body.code).toBe('UNAVAILABLE_TIMES_OVERLAP');
    const mine = await t.request('PUT', `/events/${slug}/speaker-availability/me`, {
      token: speaker,
      body: { times: [{ start: '2030-05-06T09:00', end: '2030-05-06T11:00' }] },
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toEqual({ userId: speakerId, times: [{ start: '2030-05-06T09:00:00+07:00', end: '2030-05-06T11:00:00+07:00' }] });
    // Another speaker's list is the organisers' to change, not theirs.
    expect((await t.request('PUT', `/events/${slug}/speaker-availability/${speakerId}`, { token: speaker, body: { times: [] } })).statusCode).toBe(403);

    const slot = await t.request('POST', `/events/${slug}/sessions/${sessionId}/slots`, {
      token: admin,
      body: { title: 'Keynote', start: '2030-05-06T09:30', durationMinutes: 30, speakerIds: [speakerId] },
    });
    expect(slot.statusCode).toBe(201);
    const warnings = async () =>
      ((await t.request('GET', `/events/${slug}/programme/warnings`, { token: admin })).body as { kind: string; data: Record<string, string> }[]).filter(
        (warning) => warning.kind === 'speaker-unavailable',
      );
    expect(await warnings()).toEqual([expect.objectContaining({ data: { speaker: 'Kim Min-jun', slot: 'Keynote', title: 'Phiên toàn thể khai mạc' } })]);

    // The organiser sees it and moves it off the talk: the warning goes.
    const all = await t.request('GET', `/events/${slug}/speaker-availability`, { token: admin });
    expect(all.body).toEqual([mine.body]);
    const edited = await t.request('PUT', `/events/${slug}/speaker-availability/${speakerId}`, {
      token: admin,
      body: { times: [{ start: '2030-05-06T14:00', end: '2030-05-06T18:00' }] },
    });
    expect(edited.statusCode).toBe(200);
    expect(await warnings()).toEqual([]);
  });
});
