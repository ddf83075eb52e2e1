import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createUser } from './support/people.js';
import { startTestApp, type TestApp, type TestResponse } from './support/test-app.js';

const PASSWORD = 'first password 1';

/** The refresh cookie a response set, as a browser would send it back; undefined when it was cleared. */
function refreshCookie(response: TestResponse): string | undefined {
  const header = String(response.headers['set-cookie'] ?? '');
  const value = /plenary_refresh=([^;]*)/.exec(header)?.[1];
  return value ? `plenary_refresh=${value}` : undefined;
}

describe('accounts: sessions that last a working day, password change and reset', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let db: DataSource;
  let clients = 0;
  /** Each test speaks from its own client address (the app trusts loopback as a proxy), so the per-client limits of one test never touch another. */
  const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++clients}` });

  const signIn = async (email: string, password = PASSWORD, client = newClient()) => {
    const response = await t.request('POST', '/auth/login', { body: { email, password }, headers: client });
    expect(response.statusCode).toBe(200);
    return { token: response.body.accessToken as string, cookie: refreshCookie(response)!, response };
  };
  const refresh = (cookie: string) => t.request('POST', '/auth/refresh', { headers: { cookie } });
  const me = (token: string) => t.request('GET', '/auth/me', { token });
  const resetLink = async (email: string, count = 1) => {
    const mails = await expectEventually(() => {
      const received = sink.to(email);
      expect(received).toHaveLength(count);
      return received;
    });
    const mail = mails[count - 1];
    const token = /https:\/\/plenary\.example\.org\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')?.[1];
    expect(token).toBeDefined();
    return { mail, token: token! };
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      RUN_WORKER: 'true',
      REDIS_URL: await freshRedisUrl(11),
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      PUBLIC_URL: 'https://plenary.example.org',
      TRUSTED_PROXIES: 'loopback',
      LOGIN_LIMIT_PER_IP: '6',
    });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('sets the refresh token as an httpOnly, same-site cookie for /auth only', async () => {
    await createUser(t, 'cookie@hanoi.test', 'Cookie', 'en', PASSWORD);
    const { response } = await signIn('cookie@hanoi.test');
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/^plenary_refresh=[A-Za-z0-9_-]{43}; /);
    expect(header).toContain('Path=/auth');
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Strict');
    expect(header).toContain('Secure');
    // A working day: the cookie lasts as long as the token does unused.
    expect(Number(/Max-Age=(\d+)/.exec(header)?.[1])).toBeGreaterThan(12 * 3600 - 60);
    expect(Number(/Max-Age=(\d+)/.exec(header)?.[1])).toBeLessThanOrEqual(12 * 3600);
  });

  it('rotates the refresh token on each use, and a reused one revokes every token of its sign-in', async () => {
    await createUser(t, 'rotate@hanoi.test', 'Rotate', 'en', PASSWORD);
    const first = await signIn('rotate@hanoi.test');
    const otherDevice = await signIn('rotate@hanoi.test');

    const second = await refresh(first.cookie);
    expect(second.statusCode).toBe(200);
    expect(second.body).toMatchObject({ tokenType: 'Bearer', user: { email: 'rotate@hanoi.test' } });
    const secondCookie = refreshCookie(second)!;
    expect(secondCookie).not.toBe(first.cookie);
    expect((await me(second.body.accessToken)).statusCode).toBe(200);
    const third = await refresh(secondCookie);
    expect(third.statusCode).toBe(200);

    // The first token again: someone holds a copy. Its whole family ends, the newest token included.
    const reused = await refresh(first.cookie);
    expect(reused.statusCode).toBe(401);
    expect(reused.body.code).toBe('REFRESH_TOKEN_INVALID');
    expect(refreshCookie(reused)).toBeUndefined();
    expect(String(reused.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await refresh(refreshCookie(third)!)).body.code).toBe('REFRESH_TOKEN_INVALID');

    // Another sign-in of the same person is another family, untouched.
    expect((await refresh(otherDevice.cookie)).statusCode).toBe(200);
  });

  it('refuses a refresh without a cookie, with an unknown token, and after a working day unused', async () => {
    expect((await t.request('POST', '/auth/refresh')).body.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await refresh('plenary_refresh=not-a-token')).body.code).toBe('REFRESH_TOKEN_INVALID');
    await createUser(t, 'idle@hanoi.test', 'Idle', 'en', PASSWORD);
    const session = await signIn('idle@hanoi.test');
    await db.query(`UPDATE refresh_tokens SET expires_at = now() WHERE user_id = (SELECT id FROM users WHERE email = 'idle@hanoi.test')`);
    const idle = await refresh(session.cookie);
    expect(idle.statusCode).toBe(401);
    expect(idle.body.code).toBe('REFRESH_TOKEN_INVALID');

    // A token issued before the account's sessions were ended (a sign-out everywhere racing this very refresh) is refused.
    const racing = await signIn('idle@hanoi.test');
    await db.query(`UPDATE users SET session_generation = session_generation + 1 WHERE email = 'idle@hanoi.test'`);
    expect((await refresh(racing.cookie)).body.code).toBe('REFRESH_TOKEN_INVALID');

    // A sign-in past its 7 days is deleted at the account's next sign-in.
    await db.query(
      `UPDATE refresh_tokens SET expires_at = now(), family_expires_at = now() WHERE user_id = (SELECT id FROM users WHERE email = 'idle@hanoi.test')`,
    );
    await signIn('idle@hanoi.test');
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM refresh_tokens WHERE user_id = (SELECT id FROM users WHERE email = 'idle@hanoi.test')`,
    );
    expect(count).toBe(1);
  });

  it('signs out one browser, or every device at once', async () => {
    await createUser(t, 'leave@hanoi.test', 'Leave', 'en', PASSWORD);
    const here = await signIn('leave@hanoi.test');
    const laptop = await signIn('leave@hanoi.test');
    const phone = await signIn('leave@hanoi.test');

    const out = await t.request('POST', '/auth/logout', { headers: { cookie: here.cookie } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await refresh(here.cookie)).statusCode).toBe(401);
    expect((await refresh(laptop.cookie)).statusCode).toBe(200);

    const everywhere = await t.request('POST', '/auth/logout-everywhere', { token: phone.token });
    expect(everywhere.statusCode).toBe(204);
    // Access tokens stop at once, not when they expire.
    for (const token of [phone.token, laptop.token]) expect((await me(token)).body.code).toBe('TOKEN_INVALID');
    expect((await refresh(phone.cookie)).statusCode).toBe(401);
    expect((await signIn('leave@hanoi.test')).token).toBeDefined();
  });

  it('changes the password with the current one; other sessions end and this one goes on', async () => {
    await createUser(t, 'change@hanoi.test', 'Change', 'en', PASSWORD);
    const here = await signIn('change@hanoi.test');
    const elsewhere = await signIn('change@hanoi.test');

    const wrong = await t.request('POST', '/auth/password', {
      token: here.token,
      body: { currentPassword: 'not the password', newPassword: 'second password 2' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body.code).toBe('CURRENT_PASSWORD_WRONG');
    const short = await t.request('POST', '/auth/password', { token: here.token, body: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(short.statusCode).toBe(400);

    const changed = await t.request('POST', '/auth/password', { token: here.token, body: { currentPassword: PASSWORD, newPassword: 'second password 2' } });
    expect(changed.statusCode).toBe(200);
    expect((await me(changed.body.accessToken)).statusCode).toBe(200);
    expect((await refresh(refreshCookie(changed)!)).statusCode).toBe(200);
    expect((await me(here.token)).body.code).toBe('TOKEN_INVALID');
    expect((await me(elsewhere.token)).body.code).toBe('TOKEN_INVALID');
    expect((await refresh(elsewhere.cookie)).statusCode).toBe(401);
    expect((await t.request('POST', '/auth/login', { body: { email: 'change@hanoi.test', password: PASSWORD }, headers: newClient() })).statusCode).toBe(401);
    await signIn('change@hanoi.test', 'second password 2');
  });

  it('mails a single-use reset link in the account language, answering an unknown email the same way', async () => {
    await createUser(t, 'lan@hanoi.test', 'Nguyễn Thị Lan', 'vi', PASSWORD);
    const session = await signIn('lan@hanoi.test');
    const client = newClient();

    const unknown = await t.request('POST', '/auth/password-reset', { body: { email: 'nobody@hanoi.test' }, headers: client });
    const known = await t.request('POST', '/auth/password-reset', { body: { email: 'LAN@hanoi.test' }, headers: client });
    expect([unknown.statusCode, unknown.body]).toEqual([202, { accepted: true }]);
    expect([known.statusCode, known.text]).toEqual([unknown.statusCode, unknown.text]);

    const { mail, token } = await resetLink('lan@hanoi.test');
    expect(mail.parsed.subject).toBe('Plenary: đặt lại mật khẩu');
    expect(mail.parsed.text).toContain('Quý vị');
    expect(sink.to('nobody@hanoi.test')).toHaveLength(0);
    // The token went out once and is kept nowhere but in the mail (the table holds its hash).
    await expectEventually(async () => expect((await db.query(`SELECT secret FROM notifications WHERE kind = 'password-reset'`))[0].secret).toBeNull());

    const confirm = (body: object) => t.request('POST', '/auth/password-reset/confirm', { body });
    expect((await confirm({ token, password: 'short' })).statusCode).toBe(400);
    expect((await confirm({ token: 'not-a-real-token', password: 'new password 3' })).body).toMatchObject({
      statusCode: 404,
      code: 'PASSWORD_RESET_NOT_FOUND',
    });
    expect((await confirm({ token, password: 'new password 3' })).statusCode).toBe(204);
    expect((await confirm({ token, password: 'another password 4' })).body).toMatchObject({ statusCode: 410, code: 'PASSWORD_RESET_USED' });

    // Every earlier session ends; only the new password signs in.
    expect((await me(session.token)).body.code).toBe('TOKEN_INVALID');
    expect((await refresh(session.cookie)).statusCode).toBe(401);
    expect((await t.request('POST', '/auth/login', { body: { email: 'lan@hanoi.test', password: PASSWORD }, headers: newClient() })).statusCode).toBe(401);
    await signIn('lan@hanoi.test', 'new password 3');
  });

  it('refuses an expired reset link with 410', async () => {
    await createUser(t, 'late@hanoi.test', 'Late', 'en', PASSWORD);
    expect((await t.request('POST', '/auth/password-reset', { body: { email: 'late@hanoi.test' }, headers: newClient() })).statusCode).toBe(202);
    const { mail, token } = await resetLink('late@hanoi.test');
    expect(mail.parsed.subject).toBe('Plenary: choose a new password');
    await db.query(
      `UPDATE password_resets SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM users WHERE email = 'late@hanoi.test')`,
    );
    const expired = await t.request('POST', '/auth/password-reset/confirm', { body: { token, password: 'new password 3' } });
    expect(expired.body).toMatchObject({ statusCode: 410, code: 'PASSWORD_RESET_EXPIRED' });
    await signIn('late@hanoi.test');
  });

  it('limits reset mails per address silently and reset requests per client with 429', async () => {
    await createUser(t, 'flood@hanoi.test', 'Flood', 'en', PASSWORD);
    const ask = (email: string, client: Record<string, string>) => t.request('POST', '/auth/password-reset', { body: { email }, headers: client });
    // From many clients: every answer the same 202, but only three mails reach the address.
    for (let i = 0; i < 5; i++) expect((await ask('flood@hanoi.test', newClient())).statusCode).toBe(202);
    await resetLink('flood@hanoi.test', 3);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM password_resets WHERE user_id = (SELECT id FROM users WHERE email = 'flood@hanoi.test')`,
    );
    expect(count).toBe(3);

    // One client asking about many addresses is held after LOGIN_LIMIT_PER_IP requests.
    const client = newClient();
    for (let i = 0; i < 6; i++) expect((await ask(`someone${i}@hanoi.test`, client)).statusCode).toBe(202);
    const held = await ask('someone-else@hanoi.test', client);
    expect(held.statusCode).toBe(429);
    expect(held.body.code).toBe('RATE_LIMITED');
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
  });
});
