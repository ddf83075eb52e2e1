import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newBadgeCode, newManagementToken } from '@app/registration';
import { DataSource } from 'typeorm';
import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ROOM_STREAM = 'https://stream.example.org/lotus-room-4e2b';
const ROOM_STREAM_LATER = 'https://stream.example.org/lotus-room-8d17';
const OWN_STREAM = 'https://stream.example.org/own-3a9c';
const ROOM_RADIO = 'Lotus radio 5';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PASSWORD = 'speaker password 1';

describe('rooms’ stream and floor note, languages spoken, public slides', () => {
  let t: TestApp;
  let admin: string;
  let db: DataSource;
  let uploads: string;
  const slug = 'room-access-2030';
  let roomId: string;
  let inherits: string;
  let ownStream: string;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'plenary-uploads-'));
    t = await startTestApp({ UPLOADS_DIR: uploads });
    admin = await t.adminToken();
    db = t.app.get(DataSource);
    await createEvent(t, slug);
    await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'Delegate' } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  async function confirmedDelegate(email: string): Promise<string> {
    const { token, hash } = newManagementToken();
    await db.query(
      `INSERT INTO registrations (event_id, category_id, state, full_name, country, email, language, privacy_notice_version,
                                  consented_at, management_token_hash, badge_code, confirmed_at)
       SELECT e.id, c.id, 'confirmed', 'Delegate', 'VN', $2, 'en', '2024-1', now(), $3, $4, now()
         FROM events e JOIN registration_categories c ON c.event_id = e.id WHERE e.slug = $1`,
      [slug, email, hash, newBadgeCode()],
    );
    return token;
  }

  it('keeps a room’s floor note per language and its stream for organisers only', async () => {
    const refused = await t.request('POST', `/events/${slug}/rooms`, {
      token: admin,
      body: { name: 'Bad', capacity: 10, interpretation: [{ language: 'th' }] },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body.code).toBe('INTERPRETATION_NEEDS_LINK_OR_CHANNEL');

    const room = await t.request('POST', `/events/${slug}/rooms`, {
      token: admin,
      body: {
        name: 'Phòng Sen',
        capacity: 80,
        locationNote: 'Tầng 2, cánh đông',
        translations: { en: { name: 'Lotus Room', locationNote: 'Level 2, east wing' } },
        streamUrl: ROOM_STREAM,
        interpretation: [{ language: 'th', channel: ROOM_RADIO }],
      },
    });
    expect(room.statusCode).toBe(201);
    roomId = room.body.id;
    expect(JSON.stringify(room.body)).not.toContain('stream.example.org');

    const english = await t.request('GET', `/events/${slug}?language=en`);
    expect(english.body.rooms).toEqual([expect.objectContaining({ name: 'Lotus Room', locationNote: 'Level 2, east wing' })]);
    expect((await t.request('GET', `/events/${slug}`)).body.rooms[0].locationNote).toBe('Tầng 2, cánh đông');
    for (const path of [`/events/${slug}`, `/events/${slug}/rooms`]) expect((await t.request('GET', path)).text).not.toContain('stream.example.org');

    expect((await t.request('GET', `/events/${slug}/rooms/access`)).statusCode).toBe(401);
    const access = await t.request('GET', `/events/${slug}/rooms/access`, { token: admin });
    expect(access.body).toEqual([{ roomId, streamUrl: ROOM_STREAM, interpretation: [{ language: 'th', channel: ROOM_RADIO }] }]);
  });

  it('refuses a language code that is not ISO 639-1 and keeps the ones given, in order', async () => {
    const base = { type: 'parallel', title: { vi: 'Học tập suốt đời' }, roomId, start: '2030-05-06T09:00', end: '2030-05-06T10:00' };
    for (const languages of [['vi', 'xx'], ['english'], ['vi', 'vi']]) {
      const response = await t.request('POST', `/events/${slug}/sessions`, { token: admin, body: { ...base, languages } });
      expect(`${languages}: ${response.statusCode}`).toBe(`${languages}: 400`);
    }
    expect((await t.request('GET', `/events/${slug}/sessions`, { token: admin })).body).toEqual([]);

    const created = await t.request('POST', `/events/${slug}/sessions`, { token: admin, body: { ...base, languages: ['vi', 'en'] } });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({ languages: ['vi', 'en'], streamUrl: null, interpretation: [] });
    inherits = created.body.id;
    const patched = await t.request('PATCH', `/events/${slug}/sessions/${inherits}`, { token: admin, body: { languages: ['zz'] } });
    expect(patched.statusCode).toBe(400);

    const own = await t.request('POST', `/events/${slug}/sessions`, {
      token: admin,
      body: { ...base, title: { vi: 'Phiên riêng' }, start: '2030-05-06T14:00', end: '2030-05-06T15:00', streamUrl: OWN_STREAM, languages: ['en'] },
    });
    expect(own.statusCode).toBe(201);
    ownStream = own.body.id;
  });

  it('gives a session without its own stream its room’s, to a confirmed delegate only, never in public exports', async () => {
    expect((await t.request('POST', `/events/${slug}/programme/publish`, { token: admin })).statusCode).toBe(201);

    for (const path of ['schedule.xml', 'schedule.json', 'schedule.ics', 'programme']) {
      const response = await t.request('GET', `/events/${slug}/${path}`);
      expect(response.statusCode).toBe(200);
      expect(response.text).toContain('Học tập suốt đời');
      for (const secret of ['stream.example.org', ROOM_RADIO]) expect(`${path}: ${response.text}`).not.toContain(secret);
    }
    const programme = (await t.request('GET', `/events/${slug}/programme`)).body;
    const room = programme.days[0].rooms[0];
    expect(room).toMatchObject({ name: 'Phòng Sen', locationNote: 'Tầng 2, cánh đông' });
    const byId = new Map(room.sessions.map((session: { id: string }) => [session.id, session]));
    expect(byId.get(inherits)).toMatchObject({ languages: ['vi', 'en'], interpretedInto: ['th'] });
    expect(byId.get(ownStream)).toMatchObject({ languages: ['en'], interpretedInto: ['th'] });

    const token = await confirmedDelegate('remote.lotus@hanoi.test');
    for (const sessionId of [inherits, ownStream])
      expect((await t.request('POST', `/registrations/manage/${token}/agenda`, { body: { sessionId } })).statusCode).toBe(201);
    const entries = (await t.request('GET', `/registrations/manage/${token}/agenda`)).body.entries as { sessionId: string; streamUrl: string }[];
    const entry = (id: string) => entries.find((candidate) => candidate.sessionId === id);
    expect(entry(inherits)).toMatchObject({ streamUrl: ROOM_STREAM, interpretation: [{ language: 'th', channel: ROOM_RADIO }] });
    expect(entry(ownStream)).toMatchObject({ streamUrl: OWN_STREAM });
    const ics = (await t.request('GET', `/registrations/manage/${token}/agenda.ics`)).text.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`URL;VALUE=URI:${ROOM_STREAM}`);
    expect(ics).toContain(`URL;VALUE=URI:${OWN_STREAM}`);
    expect(ics).toContain(`Interpretation (th): ${ROOM_RADIO}`);
  });

  it('announces a room’s new stream as an access change of the sessions that use it', async () => {
    const patched = await t.request('PATCH', `/events/${slug}/rooms/${roomId}`, { token: admin, body: { streamUrl: ROOM_STREAM_LATER } });
    expect(patched.statusCode).toBe(200);
    const preview = await t.request('GET', `/events/${slug}/programme/preview`, { token: admin });
    // The session with its own stream keeps it: only the other one changes.
    expect(preview.body.changelog).toEqual([expect.objectContaining({ kind: 'access-changed', sessionId: inherits })]);
    expect(JSON.stringify(preview.body)).not.toContain('stream.example.org');
    expect((await t.request('POST', `/events/${slug}/programme/publish`, { token: admin })).statusCode).toBe(201);
    expect((await t.request('GET', `/events/${slug}/schedule.json`)).text).not.toContain('stream.example.org');
  });

  it('lists a talk’s slides for everyone once its speaker shared them and the talk is over', async () => {
    const past = 'slides-past-2024';
    await createEvent(t, past, '2024-05-06', '2024-05-07');
    const speakerId = await createUser(t, 'lan.slides@hanoi.test', 'Nguyễn Thị Lan', 'vi', PASSWORD);
    expect((await grantRole(t, past, speakerId, 'speaker')).statusCode).toBeLessThan(300);
    const speaker = await t.login('lan.slides@hanoi.test', PASSWORD);
    const session = await t.request('POST', `/events/${past}/sessions`, {
      token: admin,
      body: { type: 'parallel', title: { vi: 'Thành phố học tập' }, start: '2024-05-06T09:00', end: '2024-05-06T10:00' },
    });
    const slot = await t.request('POST', `/events/${past}/sessions/${session.body.id}/slots`, {
      token: admin,
      body: { title: 'Sơn La', start: '2024-05-06T09:00', durationMinutes: 20, speakerIds: [speakerId] },
    });
    const slotId = slot.body.slots[0].id as string;
    const publicSlides = async () => t.request('GET', `/events/${past}/sessions/${session.body.id}/public-slides`);

    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'slides.pdf');
    const base = t.baseUrl.replace('[::1]', '127.0.0.1');
    const uploaded = await fetch(`${base}/events/${past}/slots/${slotId}/slides`, {
      method: 'POST',
      headers: { authorization: `Bearer ${speaker}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    expect((await publicSlides()).body).toEqual([]);

    expect((await t.request('PUT', `/events/${past}/slots/${slotId}/slides/public`, { token: speaker, body: { public: true } })).statusCode).toBe(204);
    const listed = await publicSlides();
    expect(listed.statusCode).toBe(200);
    expect(listed.body).toEqual([expect.objectContaining({ slotId, title: 'Sơn La', speakers: ['Nguyễn Thị Lan'], extension: 'pdf' })]);
    const download = await fetch(`${base}/events/${past}/slots/${slotId}/slides/current`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);

    // A session with nothing shared lists nothing; an unknown one is 404.
    expect((await t.request('GET', `/events/${slug}/sessions/${inherits}/public-slides`)).body).toEqual([]);
    expect((await t.request('GET', `/events/${past}/sessions/00000000-0000-4000-8000-000000000000/public-slides`)).statusCode).toBe(404);

    expect((await t.request('PUT', `/events/${past}/slots/${slotId}/slides/public`, { token: speaker, body: { public: false } })).statusCode).toBe(204);
    expect((await publicSlides()).body).toEqual([]);
  });
});
