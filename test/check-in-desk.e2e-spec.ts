import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { createUser, delegateInput as delegate, eventInput, grantRole } from './support/people.js';
import { eventDay as day, openForRegistration, registerConfirmed } from './support/confirmed-delegates.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ZONE = eventInput('x').timeZone;
const PASSWORD = 'a long enough password for tests';

describe('the check-in desk: offline sync, look-up by name, rehearsal', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await openEvent('desk', day(-1), day(1));
    await openEvent('desk-later', day(3), day(4));
    const id = await createUser(t, 'desk.staff@desk.test', 'Desk Staff', 'en', PASSWORD);
    for (const slug of ['desk', 'desk-later']) expect((await grantRole(t, slug, id, 'staff')).statusCode).toBeLessThan(300);
    staff = await t.login('desk.staff@desk.test', PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  const openEvent = (slug: string, startDate: string, endDate: string) => openForRegistration(t, slug, { startDate, endDate });
  const register = (slug: string, email: string, extra: Record<string, unknown> = {}) => registerConfirmed(t, slug, delegate(email, extra));

  const sync = (desk: string, scans: { clientId: string; badgeCode: string; at: string }[], slug = 'desk') =>
    t.request('POST', `/events/${slug}/check-ins/sync`, { token: staff, body: { desk, scans } });

  it('records scans made offline at the moment they were made, once, whatever is replayed from however many desks', async () => {
    const people = [await register('desk', 'a@desk.test'), await register('desk', 'b@desk.test'), await register('desk', 'c@desk.test')];
    // Twenty minutes ago, or midnight where the event is if that was later: the scans stay on today.
    const early = DateTime.max(DateTime.now().minus({ minutes: 20 }), DateTime.now().setZone(ZONE).startOf('day'));
    const scans = people.map((person, i) => ({ clientId: randomUUID(), badgeCode: person.badgeCode, at: early.plus({ minutes: i }).toISO()! }));

    const first = await sync('Desk A', scans);
    expect(first.statusCode).toBe(200);
    expect(first.body.results.map((result: { outcome: string }) => result.outcome)).toEqual(['checked-in', 'checked-in', 'checked-in']);
    expect(first.body.results[1]).toMatchObject({ clientId: scans[1].clientId, desk: 'Desk A', fullName: 'Nguyễn Thị Lan' });
    expect(Date.parse(first.body.results[1].checkedInAt)).toBe(Date.parse(scans[1].at));

    // The same batch sent 20 times at once (a desk retrying on a flaky network): nothing is recorded twice.
    const replays = await Promise.all(Array.from({ length: 20 }, () => sync('Desk A', scans)));
    for (const replay of replays) {
      expect(replay.statusCode).toBe(200);
      expect(replay.body.results.map((result: { outcome: string }) => result.outcome)).toEqual(['replayed', 'replayed', 'replayed']);
    }
    // A second desk scanned the first person too, later: one check-in, and it learns where and when the first was.
    const other = await sync('Desk B', [{ clientId: randomUUID(), badgeCode: people[0].badgeCode, at: early.plus({ minutes: 5 }).toISO()! }]);
    expect(other.body.results[0]).toMatchObject({ outcome: 'already-checked-in', desk: 'Desk A', checkedInAt: first.body.results[0].checkedInAt });
    // Online, the same badge answers "already checked in at HH:MM (Desk A)".
    const online = await t.request('POST', '/events/desk/check-ins', { token: staff, body: { badgeCode: people[0].badgeCode, desk: 'Desk C' } });
    expect(online.statusCode).toBe(200);
    expect(online.body).toMatchObject({ alreadyCheckedIn: true, desk: 'Desk A' });
    expect(online.body.message).toContain(`already checked in at ${early.setZone(ZONE).toFormat('HH:mm')} (Desk A)`);

    const [{ rows }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS rows FROM check_ins WHERE registration_id = ANY($1)`, [people.map((person) => person.id)]);
    expect(rows).toBe(3);
    const summary = await t.request('GET', '/events/desk/check-ins/summary', { token: staff });
    expect(summary.body.days.find((d: { day: string }) => d.day === day(0)).checkedIn).toBe(3);
  });

  it('flags, at sync, badges that open no door: unknown, cancelled after the snapshot, outside the event, in the future', async () => {
    const gone = await register('desk', 'gone@desk.test');
    const [{ secret }] = await t.app
      .get(DataSource)
      .query(`SELECT secret FROM notifications WHERE about->>'registrationId' = $1 AND secret IS NOT NULL ORDER BY created_at DESC LIMIT 1`, [gone.id]);
    expect((await t.request('POST', `/registrations/manage/${secret}/cancel`)).statusCode).toBeLessThan(300);
    const fine = await register('desk', 'fine@desk.test');
    const now = DateTime.now();
    const response = await sync('Desk A', [
      { clientId: randomUUID(), badgeCode: 'ZZZZZZZZZZ', at: now.toISO()! },
      { clientId: randomUUID(), badgeCode: gone.badgeCode, at: now.toISO()! },
      { clientId: randomUUID(), badgeCode: fine.badgeCode, at: now.minus({ days: 5 }).toISO()! },
      { clientId: randomUUID(), badgeCode: fine.badgeCode, at: now.plus({ hours: 2 }).toISO()! },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.body.results.map((result: { outcome: string; state: string | null }) => [result.outcome, result.state])).toEqual([
      ['unknown-badge', null],
      ['not-confirmed', 'cancelled'],
      ['outside-event', 'confirmed'],
      ['in-future', 'confirmed'],
    ]);
    const bad = await sync('Desk A', [{ clientId: 'not-a-uuid', badgeCode: fine.badgeCode, at: now.toISO()! }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field)).toEqual(['scans.0.clientId']);
    expect((await sync('', [{ clientId: randomUUID(), badgeCode: fine.badgeCode, at: now.toISO()! }])).statusCode).toBe(400);
  });

  it('finds a delegate by a name typed without diacritics, with the delegation and category to tell namesakes apart', async () => {
    await register('desk', 'nguyen.hanoi@desk.test', { fullName: 'Nguyễn Văn Đức' });
    await register('desk', 'nguyen.hue@desk.test', { fullName: 'Nguyễn Văn Đức', city: 'Huế' });
    await register('desk', 'tran@desk.test', { fullName: 'Trần Thị Bình' });
    const found = await t.request('GET', '/events/desk/check-ins/lookup?q=nguyen%20van%20duc', { token: staff });
    expect(found.statusCode).toBe(200);
    expect(found.body.items).toHaveLength(2);
    expect(found.body.items[0]).toEqual({
      registrationId: expect.any(String),
      badgeCode: expect.stringMatching(/^[2-9A-HJ-NP-Z]{10}$/),
      fullName: 'Nguyễn Văn Đức',
      delegation: null,
      category: 'delegate',
      country: 'VN',
      state: 'confirmed',
      checkedInToday: false,
    });
    // "%" is a letter like any other, not a wildcard.
    expect((await t.request('GET', '/events/desk/check-ins/lookup?q=%25%25', { token: staff })).body.items).toEqual([]);
    expect((await t.request('GET', '/events/desk/check-ins/lookup?q=x', { token: staff })).statusCode).toBe(400);
    expect((await t.request('GET', '/events/desk-later/check-ins/lookup?q=nguyen', { token: staff })).body.items).toEqual([]);
  });

  it('keeps practice scans before the event apart, clears them, and refuses practice once the event has begun', async () => {
    const early = await register('desk-later', 'early@desk.test');
    const plain = await t.request('POST', '/events/desk-later/check-ins', { token: staff, body: { badgeCode: early.badgeCode } });
    expect(plain.statusCode).toBe(409);
    expect(plain.body.code).toBe('CHECK_IN_OUTSIDE_EVENT');
    const practice = await t.request('POST', '/events/desk-later/check-ins', { token: staff, body: { badgeCode: early.badgeCode, rehearsal: true } });
    expect(practice.statusCode).toBe(201);
    expect(practice.body).toMatchObject({ rehearsal: true, day: day(0), alreadyCheckedIn: false });
    const again = await t.request('POST', '/events/desk-later/check-ins', { token: staff, body: { badgeCode: early.badgeCode, rehearsal: true } });
    expect(again.statusCode).toBe(200);

    const summary = await t.request('GET', '/events/desk-later/check-ins/summary', { token: staff });
    expect(summary.body).toMatchObject({ checkedInAnyDay: 0, rehearsal: { open: true, checkedIn: 1 } });
    expect(summary.body.days.every((d: { checkedIn: number }) => d.checkedIn === 0)).toBe(true);
    const [{ real }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS real FROM check_ins WHERE registration_id = $1`, [early.id]);
    expect(real).toBe(0);

    expect((await t.request('DELETE', '/events/desk-later/check-ins/rehearsal', { token: staff })).statusCode).toBe(403);
    const cleared = await t.request('DELETE', '/events/desk-later/check-ins/rehearsal', { token: admin });
    expect(cleared.body).toEqual({ cleared: 1 });
    expect((await t.request('GET', '/events/desk-later/check-ins/summary', { token: staff })).body.rehearsal).toEqual({ open: true, checkedIn: 0 });

    const during = await register('desk', 'during@desk.test');
    const late = await t.request('POST', '/events/desk/check-ins', { token: staff, body: { badgeCode: during.badgeCode, rehearsal: true } });
    expect(late.statusCode).toBe(409);
    expect(late.body).toMatchObject({ code: 'CHECK_IN_REHEARSAL_OVER', data: { startDate: day(-1) } });
  });

  it('records the time an organiser gives for an earlier day, and refuses a time that has not come', async () => {
    const person = await register('desk', 'backdated@desk.test');
    const future = await t.request('POST', '/events/desk/check-ins', { token: admin, body: { badgeCode: person.badgeCode, time: '23:59' } });
    // Only in the last minute of the day has 23:59 come.
    expect(future.body.code ?? 'checked in').toBe(DateTime.now().setZone(ZONE).toFormat('HH:mm') < '23:59' ? 'CHECK_IN_TIME_NOT_COME' : 'checked in');
    const response = await t.request('POST', '/events/desk/check-ins', { token: admin, body: { badgeCode: person.badgeCode, day: day(-1), time: '07:05' } });
    expect(response.statusCode).toBe(201);
    expect(DateTime.fromISO(response.body.checkedInAt).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm')).toBe(`${day(-1)} 07:05`);
    const malformed = await t.request('POST', '/events/desk/check-ins', { token: admin, body: { badgeCode: person.badgeCode, day: day(-1), time: '7h' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body.details.map((detail: { field: string }) => detail.field)).toEqual(['time']);
  });

  it('gives a desk the confirmed badges to work offline with, and nothing a desk does not need', async () => {
    const snapshot = await t.request('GET', '/events/desk-later/check-ins/desk-snapshot', { token: staff });
    expect(snapshot.statusCode).toBe(200);
    expect(snapshot.body).toMatchObject({ today: day(0), startDate: day(3), endDate: day(4), generatedAt: expect.any(String) });
    expect(snapshot.body.badges).toEqual([
      { badgeCode: expect.any(String), fullName: 'Nguyễn Thị Lan', delegation: null, category: 'delegate', country: 'VN' },
    ]);
    await createUser(t, 'nobody@desk.test', 'Nobody', 'en', PASSWORD);
    const nobody = await t.login('nobody@desk.test', PASSWORD);
    expect((await t.request('GET', '/events/desk-later/check-ins/desk-snapshot', { token: nobody })).statusCode).toBe(403);
    expect((await t.request('GET', '/events/desk-later/check-ins/desk-snapshot')).statusCode).toBe(401);
  });
});
