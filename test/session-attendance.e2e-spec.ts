import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { readPdf } from './support/pdf.js';
import { createUser, delegateInput as delegate, grantRole } from './support/people.js';
import { type ConfirmedDelegate, eventDay as day, openForRegistration, registerConfirmed } from './support/confirmed-delegates.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'a long enough password for tests';

describe('attendance at session doors, replacement badges, certificates of attendance', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let staff: string;
  let base: string;
  const people: Record<string, ConfirmedDelegate> = {};
  let sessionId: string;
  let otherSessionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    base = t.baseUrl.replace('[::1]', '127.0.0.1');
    admin = await t.adminToken();
    await openEvent('doors', day(-1), day(1));
    await openEvent('doors-later', day(3), day(4));
    const id = await createUser(t, 'door.staff@doors.test', 'Door Staff', 'en', PASSWORD);
    for (const slug of ['doors', 'doors-later']) expect((await grantRole(t, slug, id, 'staff')).statusCode).toBeLessThan(300);
    staff = await t.login('door.staff@doors.test', PASSWORD);

    const room = await t.request('POST', '/events/doors/rooms', { token: admin, body: { name: 'Phòng Sen', capacity: 2 } });
    expect(room.statusCode).toBe(201);
    sessionId = await createSession('doors', { en: 'Learning in the city', vi: 'Học tập trong thành phố', th: 'การเรียนรู้ในเมือง' }, room.body.id);
    otherSessionId = await createSession('doors-later', { en: 'Elsewhere' }, null, '3 days 12 hours');
    people.lan = await register('doors', 'lan@doors.test', { language: 'vi' });
    people.anna = await register('doors', 'anna@doors.test', { fullName: 'Anna Smith', language: 'en', country: 'GB' });
    people.somchai = await register('doors', 'somchai@doors.test', { fullName: 'สมชาย ใจดี', language: 'th', country: 'TH' });
    people.absent = await register('doors', 'absent@doors.test', { fullName: 'Absent Person', language: 'en', country: 'GB' });
  });
  afterAll(async () => {
    await t.close();
  });

  const openEvent = (slug: string, startDate: string, endDate: string) => openForRegistration(t, slug, { startDate, endDate });

  // The programme's own API is another library's; a session around now is made directly in the database.
  async function createSession(slug: string, title: Record<string, string>, roomId: string | null, startsIn = '-30 minutes'): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO sessions (event_id, type, title, during, seat_limit, room_id)
       SELECT e.id, 'workshop', $2, tstzrange(now() + $4::interval, now() + $4::interval + interval '90 minutes'), 10, $3 FROM events e WHERE e.slug = $1 RETURNING id`,
      [slug, title, roomId, startsIn],
    );
    return id;
  }

  const register = (slug: string, email: string, extra: Record<string, unknown> = {}) => registerConfirmed(t, slug, delegate(email, extra));

  const sync = (desk: string, scans: { clientId: string; badgeCode: string; at: string; sessionId?: string }[]) =>
    t.request('POST', '/events/doors/check-ins/sync', { token: staff, body: { desk, scans } });
  const outcomes = (response: { body: { results: { outcome: string }[] } }) => response.body.results.map((result) => result.outcome);

  async function download(path: string, token?: string, init: RequestInit = {}) {
    const response = await fetch(`${base}${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) } });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(bytes.toString('utf8')) : undefined;
    return { status: response.status, headers: response.headers, bytes, json };
  }

  it('counts each delegate once per session, whichever door scanned them and however often a desk replays', async () => {
    expect((await t.request('POST', `/registrations/manage/${people.lan.token}/agenda`, { body: { sessionId } })).statusCode).toBe(201);
    expect((await t.request('POST', `/registrations/manage/${people.anna.token}/agenda`, { body: { sessionId } })).statusCode).toBe(201);
    const now = DateTime.now();
    const scans = [people.lan, people.anna, people.somchai].map((person, i) => ({
      clientId: randomUUID(),
      badgeCode: person.badgeCode,
      at: now.minus({ minutes: 10 - i }).toISO()!,
      sessionId,
    }));
    const first = await sync('Door 1', scans);
    expect(first.statusCode).toBe(200);
    expect(outcomes(first)).toEqual(['checked-in', 'checked-in', 'checked-in']);
    expect(first.body.results[0]).toMatchObject({ sessionId, desk: 'Door 1', fullName: 'Nguyễn Thị Lan' });

    const replays = await Promise.all(Array.from({ length: 20 }, () => sync('Door 1', scans)));
    for (const replay of replays) expect(outcomes(replay)).toEqual(['replayed', 'replayed', 'replayed']);
    const other = await sync('Door 2', [{ clientId: randomUUID(), badgeCode: people.lan.badgeCode, at: now.toISO()!, sessionId }]);
    expect(other.body.results[0]).toMatchObject({ outcome: 'already-checked-in', desk: 'Door 1', checkedInAt: first.body.results[0].checkedInAt });

    // A door scan is not a check-in for the day, and one batch may hold both, answered in order.
    const mixed = await sync('Door 2', [
      { clientId: randomUUID(), badgeCode: people.anna.badgeCode, at: now.toISO()! },
      { clientId: randomUUID(), badgeCode: people.anna.badgeCode, at: now.toISO()!, sessionId: otherSessionId },
      { clientId: randomUUID(), badgeCode: people.anna.badgeCode, at: now.minus({ hours: 3 }).toISO()!, sessionId },
      { clientId: randomUUID(), badgeCode: 'ZZZZZZZZZZ', at: now.toISO()!, sessionId },
    ]);
    expect(outcomes(mixed)).toEqual(['checked-in', 'unknown-session', 'outside-session', 'unknown-badge']);
    expect(mixed.body.results[0].sessionId).toBeNull();
    const [{ rows }] = await db.query(`SELECT count(*)::int AS rows FROM session_attendances WHERE session_id = $1`, [sessionId]);
    expect(rows).toBe(3);
  });

  it('shows organisers attendance against sign-ups and the room’s seats, also as CSV', async () => {
    const list = await t.request('GET', '/events/doors/check-ins/sessions?language=vi', { token: staff });
    expect(list.statusCode).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        sessionId,
        title: 'Học tập trong thành phố',
        room: 'Phòng Sen',
        roomCapacity: 2,
        seatLimit: 10,
        signedUp: 2,
        attended: 3,
        attendedSignedUp: 2,
        overCapacity: 1,
      }),
    ]);
    expect((await t.request('GET', '/events/doors/check-ins/sessions?language=xx', { token: staff })).statusCode).toBe(400);
    const csv = await download('/events/doors/check-ins/sessions.csv?language=en', admin);
    expect(csv.status).toBe(200);
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('number,title,room,room_capacity,seat_limit,starts_at,ends_at,signed_up,attended,attended_signed_up,over_capacity');
    expect(lines[1]).toMatch(/,Learning in the city,Phòng Sen,2,10,.*,2,3,2,1$/);
    expect((await download('/events/doors/check-ins/sessions.csv', staff)).status).toBe(403);
  });

  it('prints a replacement badge at the desk, the same code, every reprint recorded', async () => {
    const reprint = (badgeCode: string) =>
      download('/events/doors/check-ins/reprint', staff, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ badgeCode, desk: 'Desk B' }),
      });
    const first = await reprint(people.anna.badgeCode.toLowerCase());
    expect([first.status, first.headers.get('content-type'), first.headers.get('x-badge-reprints')]).toEqual([200, 'application/pdf', '1']);
    expect(readPdf(first.bytes).pageTexts[0]).toContain(people.anna.badgeCode);
    expect((await reprint(people.anna.badgeCode)).headers.get('x-badge-reprints')).toBe('2');
    expect(await db.query(`SELECT desk FROM badge_reprints WHERE registration_id = $1`, [people.anna.id])).toEqual([{ desk: 'Desk B' }, { desk: 'Desk B' }]);
    expect((await reprint('ZZZZZZZZZZ')).json).toMatchObject({ statusCode: 404, code: 'BADGE_NOT_FOUND' });
    expect((await reprint('bad')).status).toBe(400);
  });

  it('gives a certificate of attendance only after a check-in, in the delegate’s language; practice scans never count', async () => {
    // A practice scan recorded before the event began: it earns nothing.
    await db.query(`INSERT INTO check_in_rehearsals (registration_id, event_id) SELECT id, event_id FROM registrations WHERE id = $1`, [people.absent.id]);
    const refused = await download(`/registrations/manage/${people.absent.token}/certificate.pdf`);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('CERTIFICATE_NOT_ATTENDED');

    expect((await t.request('POST', '/events/doors/check-ins', { token: staff, body: { badgeCode: people.lan.badgeCode } })).statusCode).toBe(201);
    const lan = await download(`/registrations/manage/${people.lan.token}/certificate.pdf`);
    expect([lan.status, lan.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const lanText = readPdf(lan.bytes).pageTexts[0];
    expect(lanText).toContain('GIẤY CHỨNG NHẬN THAM DỰ');
    expect(lanText).toContain('Nguyễn Thị Lan');
    expect(lanText).toContain('Học tập trong thành phố');
    const english = readPdf((await download(`/registrations/manage/${people.lan.token}/certificate.pdf?language=en`)).bytes).pageTexts[0];
    expect(english).toContain('CERTIFICATE OF ATTENDANCE');
    // Somchai came to a session only: that is attendance too, in Thai.
    const somchai = readPdf((await download(`/registrations/manage/${people.somchai.token}/certificate.pdf`)).bytes).pageTexts[0];
    expect(somchai).toContain('เกียรติบัตรการเข้าร่วม');
    expect(somchai).toContain('การเรียนรู้ในเมือง');

    const bulk = await download('/events/doors/certificates-of-attendance.pdf', admin);
    expect(bulk.status).toBe(200);
    const pages = readPdf(bulk.bytes);
    expect(pages.pages).toBe(3);
    expect(pages.pageTexts.join('\n')).not.toContain('Absent Person');
    expect((await download('/events/doors/certificates-of-attendance.pdf', staff)).status).toBe(403);
    expect((await download('/events/doors-later/certificates-of-attendance.pdf', admin)).json).toMatchObject({
      statusCode: 409,
      code: 'NO_CERTIFICATES_TO_ISSUE',
    });
  });
});
