import { startTestApp, type TestApp } from './support/test-app.js';

const event = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  name: 'Hội nghị Thành phố học tập',
  country: 'VN',
  timeZone: 'Asia/Ho_Chi_Minh',
  startDate: '2025-05-06',
  endDate: '2025-05-07',
  languages: ['vi', 'en'],
  ...extra,
});

const CODES: [RegExp, string][] = [
  [/NUL/, 'NUL_CHARACTER'],
  [/deeper than/, 'JSON_TOO_DEEP'],
  [/not valid JSON/, 'MALFORMED_JSON'],
];

/** The 400 in the one error shape, with the stable code the web app translates. */
function expectBadRequest(response: { statusCode: number; body: any }, message: RegExp) {
  expect(response.statusCode).toBe(400);
  const code = CODES.find(([pattern]) => pattern.test(message.source))?.[1] ?? 'VALIDATION_FAILED';
  expect(response.body).toEqual(
    expect.objectContaining({ statusCode: 400, error: 'Bad Request', code, message: expect.stringMatching(message), requestId: expect.any(String) }),
  );
}

const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('bad input', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    expect((await t.request('POST', '/events', { token: admin, body: event('bad-input') })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  describe('NUL characters', () => {
    it('refuses a NUL in a path parameter with 400', async () => {
      expectBadRequest(await t.request('GET', '/events/%00'), /NUL/);
      expectBadRequest(await t.request('PATCH', '/events/bad%00input', { token: admin, body: { name: 'x' } }), /NUL/);
    });

    it('refuses a NUL in a query string with 400', async () => {
      expectBadRequest(await t.request('GET', '/events/bad-input/registrations?q=a%00b', { token: admin }), /NUL/);
      expectBadRequest(await t.request('GET', '/events?x=a%00b'), /NUL/);
    });

    it('refuses a NUL in a JSON string, at the top or nested, with 400', async () => {
      expectBadRequest(await t.request('POST', '/events', { token: admin, body: event('nul-name', { name: 'a\u0000b' }) }), /NUL/);
      expectBadRequest(await t.request('PATCH', '/events/bad-input', { token: admin, body: { venue: 'Hall\u0000A' } }), /NUL/);
      expectBadRequest(await t.request('POST', '/events', { token: admin, body: event('nul-nested', { languages: ['v\u0000i'] }) }), /NUL/);
      expect((await t.request('GET', '/events/bad-input')).body.name).toBe('Hội nghị Thành phố học tập');
    });

    it('refuses an array where the body must be an object, before validating each item', async () => {
      expectBadRequest(await t.request('POST', '/auth/login', { body: `[${'1,'.repeat(400_000)}1]` }), /must be a JSON object/);
    });

    it('refuses a NUL in a form-encoded body with 400', async () => {
      const response = await t.request('POST', '/auth/login', {
        body: 'email=a%00b%40c.d&password=whatever-password',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectBadRequest(response, /NUL/);
    });
  });

  describe('deeply nested JSON', () => {
    it('refuses 3,000 levels with 400 naming the limit', async () => {
      expectBadRequest(await t.request('POST', '/auth/login', { body: nested(3000) }), /deeper than 32 levels/);
    });

    it('refuses 100,000 levels with 400 naming the limit', async () => {
      expectBadRequest(await t.request('POST', '/events', { token: admin, body: nested(100_000) }), /deeper than 32 levels/);
      expectBadRequest(await t.request('POST', '/auth/login', { body: '['.repeat(100_000) + ']'.repeat(100_000) }), /deeper than 32 levels/);
    });

    it('still reads bodies within the limit, and brackets inside strings do not count', async () => {
      const deepButAllowed = await t.request('POST', '/auth/login', { body: nested(32) });
      expect(deepButAllowed.statusCode).toBe(400);
      expect(deepButAllowed.body.message).toMatch(/^Validation failed/);
      const bracketsInStrings = await t.request('POST', '/auth/login', { body: { email: 'nobody@plenary.test', password: '{"\\[[[['.repeat(12) } });
      expect(bracketsInStrings.statusCode).toBe(401);
    });

    it('keeps refusing __proto__ and malformed JSON as before', async () => {
      expect((await t.request('POST', '/auth/login', { body: '{"__proto__":{"isAdmin":true}}' })).statusCode).toBe(400);
      const malformed = await t.request('POST', '/auth/login', { body: '{"email": ' });
      expectBadRequest(malformed, /not valid JSON/);
    });
  });

  describe('one-line text', () => {
    function expectFieldRefused(response: { statusCode: number; body: any }, field: string) {
      expectBadRequest(response, new RegExp(`${field.split('.').pop()} must be a single line`));
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, messages: [expect.stringMatching(/single line/)] })]));
    }

    it('refuses a line break in a room name, on create and on update', async () => {
      expectFieldRefused(await t.request('POST', '/events/bad-input/rooms', { token: admin, body: { name: 'Grand\r\nBallroom', capacity: 100 } }), 'name');
      const room = await t.request('POST', '/events/bad-input/rooms', { token: admin, body: { name: 'Grand Ballroom', capacity: 100 } });
      expect(room.statusCode).toBe(201);
      expectFieldRefused(await t.request('PATCH', `/events/bad-input/rooms/${room.body.id}`, { token: admin, body: { name: 'Grand\nBallroom' } }), 'name');
    });

    it('refuses a line break in a session title in any language, and in a slot title, but keeps multi-line abstracts', async () => {
      const session = (title: Record<string, string>) => ({
        type: 'plenary',
        title,
        abstract: { en: 'Welcome.\r\nThen the keynote.' },
        start: '2025-05-06T09:00',
        end: '2025-05-06T10:00',
      });
      expectFieldRefused(await t.request('POST', '/events/bad-input/sessions', { token: admin, body: session({ en: 'Opening', vi: 'Khai\r\nmạc' }) }), 'title');
      const created = await t.request('POST', '/events/bad-input/sessions', { token: admin, body: session({ en: 'Opening plenary' }) });
      expect(created.statusCode).toBe(201);
      const slot = { title: 'Keynote\r\nSơn La', start: '2025-05-06T09:00', durationMinutes: 20, speakerIds: [] };
      expectFieldRefused(await t.request('POST', `/events/bad-input/sessions/${created.body.id}/slots`, { token: admin, body: slot }), 'title');
    });

    it('refuses a line break in event, track and user names, with the same rule as registration names', async () => {
      expectFieldRefused(await t.request('PATCH', '/events/bad-input', { token: admin, body: { venue: 'Hall A\nBangkok' } }), 'venue');
      expectFieldRefused(await t.request('POST', '/events/bad-input/tracks', { token: admin, body: { name: 'Track\u2028one', colour: '#1f77b4' } }), 'name');
      expectFieldRefused(await t.request('POST', '/users', { token: admin, body: { email: 'line@plenary.test', displayName: 'Lan\rNguyen' } }), 'displayName');
    });
  });
});
