import { ADMIN_EMAIL, startTestApp, type TestApp } from './support/test-app.js';

const validEvent = (slug: string) => ({
  slug,
  name: 'Hội nghị Thành phố học tập',
  country: 'VN',
  timeZone: 'Asia/Ho_Chi_Minh',
  startDate: '2025-05-06',
  endDate: '2025-05-07',
  languages: ['vi', 'en'],
});

function expectErrorShape(body: any, statusCode: number, code?: string) {
  expect(body).toEqual(
    expect.objectContaining({ statusCode, error: expect.any(String), code: code ?? expect.stringMatching(/^[A-Z][A-Z_]+$/), message: expect.any(String) }),
  );
}

describe('foundation API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_ACCOUNT: '5', LOGIN_LIMIT_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  async function userWithRole(email: string, slug: string | undefined, role?: string): Promise<{ id: string; token: string }> {
    const admin = await t.adminToken();
    const created = await t.request('POST', '/users', { token: admin, body: { email, displayName: 'Trần Văn Minh', password: 'delegate-password' } });
    expect(created.statusCode).toBe(201);
    if (slug && role) {
      const granted = await t.request('POST', `/events/${slug}/roles`, { token: admin, body: { userId: created.body.id, role } });
      expect(granted.statusCode).toBe(200);
    }
    return { id: created.body.id, token: await t.login(email, 'delegate-password') };
  }

  describe('errors', () => {
    it('answers malformed JSON with 400 in the error shape', async () => {
      const response = await t.request('POST', '/auth/login', { body: '{"email": ', headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
      expectErrorShape(response.body, 400, 'MALFORMED_JSON');
    });

    it('answers a JSON body over 1 MiB with 413 in the error shape', async () => {
      const response = await t.request('POST', '/auth/login', {
        body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1024 * 1024 + 10) }),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(413);
      expectErrorShape(response.body, 413, 'BODY_TOO_LARGE');
    });

    it('answers an unknown route with 404 in the error shape, carrying the request id', async () => {
      const response = await t.request('GET', '/no/such/route', { headers: { 'x-request-id': 'trace-123' } });
      expect(response.statusCode).toBe(404);
      expectErrorShape(response.body, 404, 'ROUTE_NOT_FOUND');
      expect(response.body.requestId).toBe('trace-123');
      expect(response.headers['x-request-id']).toBe('trace-123');
    });

    it('answers a malformed id in the path with 400, not 500', async () => {
      const admin = await t.adminToken();
      await t.request('POST', '/events', { token: admin, body: validEvent('path-ids') });
      const response = await t.request('PATCH', '/events/path-ids/rooms/not-a-uuid', { token: admin, body: { capacity: 3 } });
      expect(response.statusCode).toBe(400);
      expectErrorShape(response.body, 400);
    });
  });

  describe('auth', () => {
    it('logs the admin in and tells who they are', async () => {
      const token = await t.adminToken();
      const me = await t.request('GET', '/auth/me', { token });
      expect(me.statusCode).toBe(200);
      expect(me.body).toEqual(expect.objectContaining({ email: ADMIN_EMAIL, isPlatformAdmin: true, roles: expect.any(Array) }));
    });

    it('answers the same for an unknown account and a wrong password', async () => {
      const unknown = await t.request('POST', '/auth/login', { body: { email: 'nobody@plenary.test', password: 'whatever-password' } });
      const wrong = await t.request('POST', '/auth/login', { body: { email: ADMIN_EMAIL, password: 'wrong-password' } });
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(unknown.body.message).toBe(wrong.body.message);
    });

    it('accepts passwords of 8 to 128 characters only', async () => {
      const short = await t.request('POST', '/auth/login', { body: { email: ADMIN_EMAIL, password: 'x'.repeat(7) } });
      const long = await t.request('POST', '/auth/login', { body: { email: ADMIN_EMAIL, password: 'x'.repeat(129) } });
      expect(short.statusCode).toBe(400);
      expect(long.statusCode).toBe(400);
      expect(short.body.details[0].field).toBe('password');
    });

    it('rate-limits logins per account with 429 and Retry-After', async () => {
      await userWithRole('limited@plenary.test', undefined);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 7; attempt++) {
        const response = await t.request('POST', '/auth/login', { body: { email: 'limited@plenary.test', password: 'wrong-password' } });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) {
          expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
          expectErrorShape(response.body, 429, 'RATE_LIMITED');
        }
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    });

    it('refuses a tampered, expired or unsigned token with 401', async () => {
      const token = await t.adminToken();
      const [header, payload] = token.split('.');
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      for (const bad of [`${token}x`, unsigned, `${header}.${payload}.${'a'.repeat(43)}`]) {
        const response = await t.request('GET', '/auth/me', { token: bad });
        expect(response.statusCode).toBe(401);
      }
    });
  });

  describe('events, rooms and tracks', () => {
    it('lets the admin create an event and shows it publicly', async () => {
      const admin = await t.adminToken();
      const created = await t.request('POST', '/events', { token: admin, body: validEvent('hanoi-2025') });
      expect(created.statusCode).toBe(201);
      expect(created.body).toEqual(
        expect.objectContaining({ slug: 'hanoi-2025', name: 'Hội nghị Thành phố học tập', timeZone: 'Asia/Ho_Chi_Minh', rooms: [], tracks: [] }),
      );

      const room = await t.request('POST', '/events/hanoi-2025/rooms', { token: admin, body: { name: 'Hội trường A', capacity: 120 } });
      expect(room.statusCode).toBe(201);
      const track = await t.request('POST', '/events/hanoi-2025/tracks', { token: admin, body: { name: 'Học tập suốt đời', colour: '#2E8B57' } });
      expect(track.statusCode).toBe(201);
      expect(track.body.colour).toBe('#2e8b57');

      const shown = await t.request('GET', '/events/hanoi-2025');
      expect(shown.statusCode).toBe(200);
      expect(shown.body.rooms).toEqual([expect.objectContaining({ name: 'Hội trường A', capacity: 120 })]);
      expect(shown.body.tracks).toEqual([expect.objectContaining({ name: 'Học tập suốt đời' })]);
      const listed = await t.request('GET', '/events');
      expect(listed.body.map((event: { slug: string }) => event.slug)).toContain('hanoi-2025');

      const me = await t.request('GET', '/auth/me', { token: admin });
      expect(me.body.roles).toContainEqual({ eventSlug: 'hanoi-2025', role: 'organiser' });
    });

    it.each([
      ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      ['an end before the start', { startDate: '2025-05-07', endDate: '2025-05-06' }, 'endDate'],
      ['a slug with spaces', { slug: 'learning cities' }, 'slug'],
      ['an unknown field', { sponsor: 'ACME' }, 'sponsor'],
      ['a date that does not exist', { startDate: '2025-02-30' }, 'startDate'],
      ['a country that is not ISO 3166-1', { country: 'XX' }, 'country'],
    ])('rejects %s with a 400 naming the field', async (_label, change, field) => {
      const admin = await t.adminToken();
      const response = await t.request('POST', '/events', { token: admin, body: { ...validEvent('bad-input'), ...change } });
      expect(response.statusCode).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
      expect((await t.request('GET', '/events/bad-input')).statusCode).toBe(404);
    });

    it.each([0, -5])('rejects a room capacity of %i with 400', async (capacity) => {
      const admin = await t.adminToken();
      await t.request('POST', '/events', { token: admin, body: validEvent('capacity-check') });
      const response = await t.request('POST', '/events/capacity-check/rooms', { token: admin, body: { name: `Room ${capacity}`, capacity } });
      expect(response.statusCode).toBe(400);
      expect(response.body.details[0].field).toBe('capacity');
    });

    it('rejects an edit that puts the end before the stored start', async () => {
      const admin = await t.adminToken();
      await t.request('POST', '/events', { token: admin, body: validEvent('edit-dates') });
      const response = await t.request('PATCH', '/events/edit-dates', { token: admin, body: { endDate: '2025-05-01' } });
      expect(response.statusCode).toBe(400);
      expectErrorShape(response.body, 400);
    });

    it('gives a taken slug to exactly one of two simultaneous creators', async () => {
      const admin = await t.adminToken();
      const answers = await Promise.all([1, 2, 3].map(() => t.request('POST', '/events', { token: admin, body: validEvent('race-slug') })));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
    });

    it('refuses a second room of the same name in one event with 409', async () => {
      const admin = await t.adminToken();
      await t.request('POST', '/events', { token: admin, body: validEvent('room-names') });
      expect((await t.request('POST', '/events/room-names/rooms', { token: admin, body: { name: 'Hall', capacity: 10 } })).statusCode).toBe(201);
      const second = await t.request('POST', '/events/room-names/rooms', { token: admin, body: { name: 'Hall', capacity: 20 } });
      expect(second.statusCode).toBe(409);
      expectErrorShape(second.body, 409, 'ROOM_NAME_TAKEN');
    });
  });

  describe('roles', () => {
    beforeAll(async () => {
      const admin = await t.adminToken();
      await t.request('POST', '/events', { token: admin, body: validEvent('roles-a') });
      await t.request('POST', '/events', { token: admin, body: validEvent('roles-b') });
    });

    it('answers 401 without a token on organiser endpoints', async () => {
      const response = await t.request('POST', '/events/roles-a/rooms', { body: { name: 'Room', capacity: 10 } });
      expect(response.statusCode).toBe(401);
      expectErrorShape(response.body, 401, 'UNAUTHENTICATED');
    });

    it('answers 403 to a delegate on organiser endpoints', async () => {
      const delegate = await userWithRole('delegate@plenary.test', 'roles-a', 'delegate');
      for (const [method, url, body] of [
        ['POST', '/events/roles-a/rooms', { name: 'Room', capacity: 10 }],
        ['PATCH', '/events/roles-a', { name: 'Renamed' }],
        ['GET', '/events/roles-a/roles', undefined],
        ['POST', '/events', validEvent('delegate-made')],
      ] as const) {
        const response = await t.request(method, url, { token: delegate.token, body });
        expect(response.statusCode).toBe(403);
        expectErrorShape(response.body, 403);
      }
    });

    it('treats an organiser of one event as nobody on another', async () => {
      const organiser = await userWithRole('organiser@plenary.test', 'roles-a', 'organiser');
      const own = await t.request('POST', '/events/roles-a/rooms', { token: organiser.token, body: { name: 'Own room', capacity: 10 } });
      expect(own.statusCode).toBe(201);
      const other = await t.request('POST', '/events/roles-b/rooms', { token: organiser.token, body: { name: 'Other room', capacity: 10 } });
      expect(other.statusCode).toBe(403);
    });

    it('lets an organiser grant and revoke roles', async () => {
      const admin = await t.adminToken();
      const speaker = await userWithRole('speaker@plenary.test', undefined);
      const granted = await t.request('POST', '/events/roles-b/roles', { token: admin, body: { userId: speaker.id, role: 'speaker' } });
      expect(granted.body).toContainEqual(expect.objectContaining({ userId: speaker.id, role: 'speaker' }));
      const revoked = await t.request('DELETE', `/events/roles-b/roles/${speaker.id}/speaker`, { token: admin });
      expect(revoked.statusCode).toBe(204);
      const again = await t.request('DELETE', `/events/roles-b/roles/${speaker.id}/speaker`, { token: admin });
      expect(again.statusCode).toBe(404);
      const badRole = await t.request('POST', '/events/roles-b/roles', { token: admin, body: { userId: speaker.id, role: 'king' } });
      expect(badRole.statusCode).toBe(400);
    });
  });

  describe('health and documentation', () => {
    it('reports the database and the queue', async () => {
      const response = await t.request('GET', '/health');
      expect(response.statusCode).toBe(200);
      expect(response.body.info.database.status).toBe('up');
      expect(response.body.info.queue.status).toBe('up');
    });

    it('describes every endpoint in the OpenAPI document', async () => {
      const response = await t.request('GET', '/docs-json');
      expect(response.statusCode).toBe(200);
      const paths = Object.keys(response.body.paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/auth/login',
          '/auth/me',
          '/users',
          '/events',
          '/events/{slug}',
          '/events/{slug}/rooms',
          '/events/{slug}/rooms/{roomId}',
          '/events/{slug}/tracks',
          '/events/{slug}/roles',
          '/health',
        ]),
      );
      for (const [path, operations] of Object.entries<Record<string, { summary?: string }>>(response.body.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          expect({ path, method, summary: operation.summary }).toEqual({ path, method, summary: expect.any(String) });
        }
      }
    });
  });
});
