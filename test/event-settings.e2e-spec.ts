import { freshRedisUrl } from '@app/testing';
import { createEvent, delegateInput } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'settings-hanoi-2030';

describe('event settings', () => {
  let t: TestApp;
  let admin: string;
  const as = (method: string, url: string, body?: object) => t.request(method, `/events/${slug}${url}`, { token: admin, body });

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: await freshRedisUrl(6) });
    admin = await t.adminToken();
    await createEvent(t, slug, '2030-05-06', '2030-05-07');
    await createEvent(t, 'settings-other-2030', '2030-05-06', '2030-05-07');
  });
  afterAll(() => t.close());

  describe('rooms', () => {
    it('refuses to remove a room where sessions are planned, naming it, and removes it once they are gone', async () => {
      const room = (await as('POST', '/rooms', { name: 'Hội trường A', capacity: 120 })).body.id;
      const session = await as('POST', '/sessions', {
        type: 'plenary',
        title: { vi: 'Khai mạc' },
        roomId: room,
        start: '2030-05-06T09:00',
        end: '2030-05-06T10:00',
      });
      expect(session.statusCode).toBe(201);

      const refused = await as('DELETE', `/rooms/${room}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toEqual(expect.objectContaining({ code: 'ROOM_IN_USE', data: { room: 'Hội trường A' } }));
      expect((await as('GET', '/rooms')).body).toHaveLength(1);

      expect((await as('DELETE', `/sessions/${session.body.id}`)).statusCode).toBe(204);
      expect((await as('DELETE', `/rooms/${room}`)).statusCode).toBe(204);
    });
  });

  describe('categories', () => {
    let delegate: string;

    beforeAll(async () => {
      await as('PUT', '/registration-settings', {
        opensAt: '2020-01-01T00:00:00Z',
        closesAt: '2030-05-01T00:00:00Z',
        capacity: 100,
        privacyNoticeVersion: '2024-1',
      });
      delegate = (await as('POST', '/registration-categories', { code: 'delegate', name: 'Đại biểu', quota: 10 })).body.id;
      for (const email of ['a@hanoi.test', 'b@hanoi.test']) {
        expect((await t.request('POST', `/events/${slug}/registrations`, { body: delegateInput(email) })).statusCode).toBe(201);
      }
    });

    it('renames a category and changes or removes its quota', async () => {
      const renamed = await as('PATCH', `/registration-categories/${delegate}`, { name: 'Đại biểu thành phố', quota: 2 });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.body).toEqual(expect.objectContaining({ code: 'delegate', name: 'Đại biểu thành phố', quota: 2, confirmedCount: 2 }));
      expect((await as('PATCH', `/registration-categories/${delegate}`, { quota: null })).body.quota).toBeNull();
      expect((await as('PATCH', `/registration-categories/${delegate}`, { name: 'Đại biểu' })).body).toEqual(
        expect.objectContaining({ name: 'Đại biểu', quota: null }),
      );
    });

    it('refuses a quota below the places already confirmed, and keeps the old one', async () => {
      await as('PATCH', `/registration-categories/${delegate}`, { quota: 5 });
      const refused = await as('PATCH', `/registration-categories/${delegate}`, { quota: 1 });
      expect(refused.statusCode).toBe(409);
      expect(refused.body.code).toBe('CATEGORY_QUOTA_BELOW_CONFIRMED');
      expect((await as('GET', '/registration-categories')).body[0].quota).toBe(5);
    });

    it('answers 404 for a category of another event and 400 for a bad quota, by its field', async () => {
      const other = (await t.request('POST', '/events/settings-other-2030/registration-categories', { token: admin, body: { code: 'press', name: 'Báo chí' } }))
        .body.id;
      const foreign = await as('PATCH', `/registration-categories/${other}`, { quota: 3 });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.body.code).toBe('CATEGORY_NOT_FOUND');
      const bad = await as('PATCH', `/registration-categories/${delegate}`, { quota: 0, name: '' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['name', 'quota']);
    });

    it('lets only organisers change a category', async () => {
      expect((await t.request('PATCH', `/events/${slug}/registration-categories/${delegate}`, { body: { quota: 9 } })).statusCode).toBe(401);
    });
  });
});
