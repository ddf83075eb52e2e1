import { expectEventually } from '@app/testing';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEvent, createUser, delegateInput, grantRole } from './support/people.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function expectErrorShape(body: any, statusCode: number) {
  expect(body).toEqual(expect.objectContaining({ statusCode, error: expect.any(String), message: expect.any(String) }));
}

const failedLogin = (t: TestApp, email: string, forwardedFor?: string) =>
  t.request('POST', '/auth/login', {
    body: { email, password: 'wrong-password' },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

/** An event whose registration is open now, with one category, for the tests that register delegates. */
async function openEvent(t: TestApp, admin: string, slug: string) {
  await createEvent(t, slug);
  const now = Date.now();
  const settings = {
    opensAt: new Date(now - 3600_000).toISOString(),
    closesAt: new Date(now + 86400_000).toISOString(),
    capacity: 50,
    privacyNoticeVersion: '2024-1',
  };
  expect((await t.request('PUT', `/events/${slug}/registration-settings`, { token: admin, body: settings })).statusCode).toBe(200);
  expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'Delegate' } })).statusCode).toBe(
    201,
  );
}

describe('security: behind no proxy (TRUSTED_PROXIES unset)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ignores a forged X-Forwarded-For: 40 failed logins, each from a "new" address, meet 429 before the end', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      const response = await failedLogin(t, `nobody-${attempt}@plenary.test`, `203.0.113.${attempt + 1}`);
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
  });
});

describe('security: behind a trusted proxy (TRUSTED_PROXIES=127.0.0.1)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Served at an https address too, as such a deployment would be.
    t = await startTestApp({
      TRUSTED_PROXIES: '127.0.0.1',
      LOGIN_LIMIT_PER_IP: '20',
      LOGIN_LIMIT_PER_ACCOUNT: '10',
      PUBLIC_URL: 'https://plenary.example.org',
    });
  });
  afterAll(() => t.close());

  it('sends Strict-Transport-Security when PUBLIC_URL is https', async () => {
    for (const response of [await t.request('GET', '/health'), await t.request('GET', '/no/such/route')]) {
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it("counts logins by the proxy's X-Forwarded-For: another client is not held by one client's limit", async () => {
    const first = [];
    for (let attempt = 0; attempt < 21; attempt++) first.push((await failedLogin(t, `someone-${attempt}@plenary.test`, '198.51.100.7')).statusCode);
    expect(first).toEqual([...Array(20).fill(401), 429]);
    const other = await failedLogin(t, 'someone-else@plenary.test', '198.51.100.8');
    expect(other.statusCode).toBe(401);
  });

  it("lets the owner in from their own client while another client's failures on the account answer that client 429", async () => {
    const attacker = '192.0.2.10';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 15; attempt++) statuses.push((await failedLogin(t, ADMIN_EMAIL, attacker)).statusCode);
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(5).fill(429)]);

    const owner = await t.request('POST', '/auth/login', {
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      headers: { 'x-forwarded-for': '192.0.2.20' },
    });
    expect(owner.statusCode).toBe(200);
    expect(owner.body.accessToken).toEqual(expect.any(String));

    const held = await t.request('POST', '/auth/login', { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, headers: { 'x-forwarded-for': attacker } });
    expect(held.statusCode).toBe(429);
    expectErrorShape(held.body, 429);
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts only failed logins: many successful logins from one address stay within its limit', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25; attempt++) {
      const response = await t.request('POST', '/auth/login', {
        body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
        headers: { 'x-forwarded-for': '192.0.2.30' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual(Array(25).fill(200));
  });
});

describe('security hardening', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  describe('headers', () => {
    it('sends X-Content-Type-Options: nosniff on every answer, errors and 404s included, and no HSTS over http', async () => {
      const answers = [
        await t.request('GET', '/health'),
        await t.request('GET', '/events'),
        await t.request('GET', '/no/such/route'),
        await t.request('GET', '/auth/me'),
        await t.request('POST', '/auth/login', { body: '{"email": ', headers: { 'content-type': 'application/json' } }),
        await t.request('POST', '/auth/login', { body: { email: 'x' } }),
        await t.request('GET', '/docs-json'),
      ];
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 404, 401, 400, 400, 200]);
      for (const answer of answers) {
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(answer.headers['strict-transport-security']).toBeUndefined();
      }
    });
  });

  describe('people', () => {
    it("leaves granting by user id to platform admins, and lists an event's roles without anyone's email", async () => {
      const slug = 'roles-private';
      await createEvent(t, slug);
      const organiserId = await createUser(t, 'organiser@roles.test', 'Organiser', 'en', 'organiser password 1');
      expect((await grantRole(t, slug, organiserId, 'organiser')).statusCode).toBe(200);
      const organiser = await t.login('organiser@roles.test', 'organiser password 1');
      // Someone with no tie to this event, whose id the organiser learnt elsewhere (speaker ids are public).
      const strangerId = await createUser(t, 'stranger.private@elsewhere.test', 'Lê Thị Hoa');

      const refused = await t.request('POST', `/events/${slug}/roles`, { token: organiser, body: { userId: strangerId, role: 'delegate' } });
      expect(refused.statusCode).toBe(403);
      expect(refused.body.code).toBe('PLATFORM_ADMIN_REQUIRED');
      expect((await grantRole(t, slug, strangerId, 'delegate')).statusCode).toBe(200);
      const listed = await t.request('GET', `/events/${slug}/roles`, { token: organiser });
      expect(listed.statusCode).toBe(200);
      expect(listed.body).toContainEqual({ userId: strangerId, displayName: 'Lê Thị Hoa', role: 'delegate' });
      expect(listed.text).not.toContain('stranger.private@elsewhere.test');
      expect(listed.text).not.toContain('organiser@roles.test');
      for (const entry of listed.body) expect(Object.keys(entry).sort()).toEqual(['displayName', 'role', 'userId']);
    });
  });

  describe('access tokens', () => {
    it('refuses the token of an account that no longer exists with 401', async () => {
      const id = await createUser(t, 'leaving@plenary.test', 'Leaving soon', 'en', 'leaving password 1');
      const token = await t.login('leaving@plenary.test', 'leaving password 1');
      expect((await t.request('GET', '/auth/me', { token })).statusCode).toBe(200);
      await t.app.get(DataSource).query(`DELETE FROM users WHERE id = $1`, [id]);
      const after = await t.request('GET', '/auth/me', { token });
      expect(after.statusCode).toBe(401);
      expectErrorShape(after.body, 401);
    });

    it('takes the admin flag from the database: a revoked admin loses admin access with the same token', async () => {
      const id = await createUser(t, 'second.admin@plenary.test', 'Second admin', 'en', 'second admin password');
      const db = t.app.get(DataSource);
      await db.query(`UPDATE users SET is_platform_admin = true WHERE id = $1`, [id]);
      const token = await t.login('second.admin@plenary.test', 'second admin password');
      const body = { email: 'made.by.second@plenary.test', displayName: 'Made by the second admin' };
      expect((await t.request('POST', '/users', { token, body })).statusCode).toBe(201);

      await db.query(`UPDATE users SET is_platform_admin = false WHERE id = $1`, [id]);
      const refused = await t.request('POST', '/users', { token, body: { ...body, email: 'refused@plenary.test' } });
      expect(refused.statusCode).toBe(403);
      expectErrorShape(refused.body, 403);
      expect((await t.request('GET', '/auth/me', { token })).body.isPlatformAdmin).toBe(false);
    });
  });

  describe('CSV exports', () => {
    it('escapes cells a spreadsheet would run as formulas in registrations.csv, keeping numbers and plain names', async () => {
      const slug = 'csv-formulas';
      await openEvent(t, admin, slug);
      const names = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];
      for (const [index, fullName] of names.entries()) {
        const response = await t.request('POST', `/events/${slug}/registrations`, {
          body: delegateInput(`formula-${index}@hanoi.test`, { fullName, organisation: '=1+1', city: '-2', dietaryNeeds: '\t=cmd' }),
        });
        expect(response.statusCode).toBe(201);
      }
      expect((await t.request('POST', `/events/${slug}/registrations`, { body: delegateInput('plain@hanoi.test') })).statusCode).toBe(201);

      const response = await t.request('GET', `/events/${slug}/registrations.csv`, { token: admin });
      expect(response.statusCode).toBe(200);
      const rows: Record<string, string>[] = parse(response.text, { bom: true, columns: true });
      const byEmail = new Map(rows.map((row) => [row.email, row]));
      for (const [index, fullName] of names.entries()) {
        const row = byEmail.get(`formula-${index}@hanoi.test`)!;
        expect(row.fullName).toBe(`'${fullName}`);
        expect(row.organisation).toBe("'=1+1");
        expect(row.city).toBe("'-2");
        expect(row.dietaryNeeds).toBe("'\t=cmd");
      }
      const plain = byEmail.get('plain@hanoi.test')!;
      expect(plain).toEqual(expect.objectContaining({ fullName: 'Nguyễn Thị Lan', city: 'Hà Nội', visaLetterNeeded: 'no' }));
    });
  });
});

describe('security: private links stay out of the log (LOG_LEVEL=log), mail and uploads stay private', () => {
  let t: TestApp;
  let admin: string;
  let output = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-security-'));
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };

  beforeAll(async () => {
    for (const stream of ['stdout', 'stderr'] as const) {
      const original = writes[stream].bind(process[stream]);
      process[stream].write = ((chunk: string | Uint8Array, ...rest: any[]) => {
        output += String(chunk);
        return original(chunk, ...rest);
      }) as typeof process.stdout.write;
    }
    // No SMTP_URL: mail goes to .eml files in DATA_DIR/mail, delivered by the in-process worker (queue on PostgreSQL).
    t = await startTestApp({ LOG_LEVEL: 'log', DATA_DIR: dataDir, RUN_WORKER: 'true', OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function mailedManagementToken(email: string): Promise<string> {
    return expectEventually(() => {
      const mailDir = join(dataDir, 'mail');
      const files = existsSync(mailDir) ? readdirSync(mailDir) : [];
      const tokens = files.map((file) => /\/manage\/([\w-]{43})/.exec(readFileSync(join(mailDir, file), 'utf8').replace(/=\r\n/g, ''))?.[1]);
      const found = tokens.find((token, index) => token && readFileSync(join(mailDir, files[index]), 'utf8').includes(email));
      expect(found).toBeDefined();
      return found!;
    }, 20_000);
  }

  it('logs each request with the management token and query secrets redacted', async () => {
    const slug = 'private-links';
    await openEvent(t, admin, slug);
    expect((await t.request('POST', `/events/${slug}/registrations`, { body: delegateInput('private@hanoi.test') })).statusCode).toBe(201);
    const token = await mailedManagementToken('private@hanoi.test');

    expect((await t.request('GET', `/registrations/manage/${token}`)).statusCode).toBe(200);
    expect((await t.request('GET', `/registrations/manage/${token}/agenda.ics`)).statusCode).toBe(200);
    const invitation = 'Zk3mQ9xT1vB7nL0pR4sW8yC2dF6hJ5gA-_eU3iO9aKq';
    await t.request('GET', `/events/${slug}/speaker-invitations/${invitation}`);
    await t.request('GET', `/events/${slug}/invitations/${invitation}`);
    await t.request('GET', `/events/${slug}/registrations.csv?state=confirmed&token=${token}`, { token: admin });

    await expectEventually(() => expect(output).toContain('GET /registrations/manage/[redacted]/agenda.ics 200'));
    expect(output).toContain('GET /registrations/manage/[redacted] 200');
    expect(output).toContain(`GET /events/${slug}/speaker-invitations/[redacted] `);
    expect(output).toContain(`GET /events/${slug}/invitations/[redacted] `);
    expect(output).toContain(`GET /events/${slug}/registrations.csv?state=confirmed&token=[redacted] `);
    expect(output).not.toContain(token);
    expect(output).not.toContain(invitation);
  });

  function modesUnder(root: string): { folders: string[]; files: string[] } {
    const entries = readdirSync(root, { recursive: true, withFileTypes: true });
    const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
    return {
      folders: [mode(root), ...entries.filter((entry) => entry.isDirectory()).map((entry) => mode(join(entry.parentPath, entry.name)))],
      files: entries.filter((entry) => entry.isFile()).map((entry) => mode(join(entry.parentPath, entry.name))),
    };
  }

  it('writes the .eml mail spool as 0600 files in a 0700 folder', async () => {
    await mailedManagementToken('private@hanoi.test');
    const { folders, files } = modesUnder(join(dataDir, 'mail'));
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(folders)).toEqual(new Set(['700']));
    expect(new Set(files)).toEqual(new Set(['600']));
  });

  it('keeps uploaded slides as 0600 files in 0700 folders', async () => {
    const slug = 'private-uploads';
    await createEvent(t, slug, '2030-05-06', '2030-05-07');
    const speakerId = await createUser(t, 'slides@hanoi.test', 'Nguyễn Văn Bình', 'en', 'speaker password 1');
    expect((await grantRole(t, slug, speakerId, 'speaker')).statusCode).toBeLessThan(300);
    const roomId = (await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Hall A', capacity: 100 } })).body.id;
    const session = await t.request('POST', `/events/${slug}/sessions`, {
      token: admin,
      body: { type: 'parallel', title: { en: 'Learning cities' }, roomId, start: '2030-05-06T09:00', end: '2030-05-06T10:30' },
    });
    const slots = await t.request('POST', `/events/${slug}/sessions/${session.body.id}/slots`, {
      token: admin,
      body: { title: 'Private decks', start: '2030-05-06T09:00', durationMinutes: 20, speakerIds: [speakerId] },
    });
    expect(slots.statusCode).toBe(201);
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'slides.pdf');
    const uploaded = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/slots/${slots.body.slots[0].id}/slides`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);

    const { folders, files } = modesUnder(join(dataDir, 'uploads'));
    expect(files).toHaveLength(1);
    expect(new Set(folders)).toEqual(new Set(['700']));
    expect(files).toEqual(['600']);
  });
});
