import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('people by invitation (real SMTP, links from the mail)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let organiser: string;
  let db: DataSource;
  const slug = 'people-2030';
  const other = 'people-other-2030';

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      RUN_WORKER: 'true',
      REDIS_URL: await freshRedisUrl(6),
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      PUBLIC_URL: 'https://plenary.example.org',
    });
    admin = await t.adminToken();
    db = t.app.get(DataSource);
    await createEvent(t, slug, '2030-05-06', '2030-05-07');
    await createEvent(t, other, '2030-06-06', '2030-06-07');
    const organiserId = await createUser(t, 'mai@people.test', 'Trần Thị Mai', 'en', 'mai password 1');
    await grantRole(t, slug, organiserId, 'organiser');
    organiser = await t.login('mai@people.test', 'mai password 1');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const invite = (body: Record<string, unknown>, token = organiser) => t.request('POST', `/events/${slug}/invitations`, { token, body });
  /** Waits for the nth mail to the address and returns the token of its link. */
  const linkInMail = async (email: string, nth = 1): Promise<{ token: string; text: string; subject: string }> => {
    const mail = await expectEventually(() => {
      const received = sink.to(email);
      expect(received.length).toBeGreaterThanOrEqual(nth);
      return received[nth - 1];
    });
    const text = mail.parsed.text ?? '';
    const link = new RegExp(`https://plenary\\.example\\.org/events/${slug}/invitations/([A-Za-z0-9_-]+)`).exec(text);
    expect(link).not.toBeNull();
    return { token: link![1], text, subject: mail.parsed.subject ?? '' };
  };

  it('mails a single-use link; a new person sets a password, holds the role and is signed in; the link then answers 410', async () => {
    const invited = await invite({ email: 'Lan@Example.org', role: 'staff', name: 'Nguyễn Thị Lan', language: 'vi' });
    expect(invited.statusCode).toBe(201);
    expect(invited.body).toMatchObject({ email: 'lan@example.org', role: 'staff', city: null, language: 'vi' });
    const { token, subject, text } = await linkInMail('lan@example.org');
    expect(subject).toContain('thư mời tham gia');
    expect(text).toContain('Quý vị');

    const view = await t.request('GET', `/events/${slug}/invitations/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toMatchObject({ eventSlug: slug, email: 'lan@example.org', role: 'staff', accountExists: false });

    const incomplete = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { body: { password: 'lan password 1' } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.body).toMatchObject({ code: 'ACCOUNT_DETAILS_REQUIRED', data: { accountExists: false } });

    const accepted = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, {
      body: { displayName: 'Nguyễn Thị Lan', password: 'lan password 1' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body).toMatchObject({ tokenType: 'Bearer', role: 'staff', user: { email: 'lan@example.org', language: 'vi' } });
    const me = await t.request('GET', '/auth/me', { token: accepted.body.accessToken });
    expect(me.body.roles).toContainEqual({ eventSlug: slug, role: 'staff' });
    // Signed in as a login signs in: the session lasts, through the refresh cookie.
    const cookie = /plenary_refresh=[A-Za-z0-9_-]+/.exec(String(accepted.headers['set-cookie']))?.[0];
    expect(cookie).toBeDefined();
    expect((await t.request('POST', '/auth/refresh', { headers: { cookie: cookie! } })).statusCode).toBe(200);

    const reused = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { body: { displayName: 'X', password: 'another password' } });
    expect(reused.statusCode).toBe(410);
    expect(reused.body.code).toBe('ROLE_INVITATION_USED');
    expect((await t.request('GET', `/events/${slug}/invitations/${token}`)).statusCode).toBe(410);
  });

  it('answers 404 to a link used on another event and to an unknown link', async () => {
    await invite({ email: 'elsewhere@people.test', role: 'speaker' });
    const { token } = await linkInMail('elsewhere@people.test');
    const wrong = await t.request('GET', `/events/${other}/invitations/${token}`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body.code).toBe('ROLE_INVITATION_NOT_FOUND');
    const accept = await t.request('POST', `/events/${other}/invitations/${token}/accept`, { body: { displayName: 'E', password: 'elsewhere pw 1' } });
    expect(accept.statusCode).toBe(404);
    expect((await t.request('GET', `/events/${slug}/invitations/${'x'.repeat(43)}`)).statusCode).toBe(404);
    // Still good on its own event.
    expect((await t.request('GET', `/events/${slug}/invitations/${token}`)).statusCode).toBe(200);
  });

  it('answers 410 to an expired link, and a resend replaces the link (the old one answers 410)', async () => {
    const invited = await invite({ email: 'late@people.test', role: 'juror' });
    const first = await linkInMail('late@people.test');
    await db.query(`UPDATE role_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invited.body.id]);
    const expired = await t.request('GET', `/events/${slug}/invitations/${first.token}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toMatchObject({ code: 'ROLE_INVITATION_EXPIRED', data: { expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) } });

    const resent = await t.request('POST', `/events/${slug}/invitations/${invited.body.id}/resend`, { token: organiser });
    expect(resent.statusCode).toBe(201);
    expect(resent.body.id).not.toBe(invited.body.id);
    const second = await linkInMail('late@people.test', 2);
    expect(second.token).not.toBe(first.token);
    const replaced = await t.request('GET', `/events/${slug}/invitations/${first.token}`);
    expect(replaced.statusCode).toBe(410);
    expect(replaced.body.code).toBe('ROLE_INVITATION_REPLACED');
    expect((await t.request('GET', `/events/${slug}/invitations/${second.token}`)).body).toMatchObject({ role: 'juror' });
  });

  it('answers 410 to a revoked link, and the organiser sees it no more among pending invitations', async () => {
    const invited = await invite({ email: 'withdrawn@people.test', role: 'organiser' });
    const { token } = await linkInMail('withdrawn@people.test');
    expect((await t.request('DELETE', `/events/${slug}/invitations/${invited.body.id}`, { token: organiser })).statusCode).toBe(204);
    const revoked = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { body: { displayName: 'W', password: 'withdrawn pw 1' } });
    expect(revoked.statusCode).toBe(410);
    expect(revoked.body.code).toBe('ROLE_INVITATION_REVOKED');
    expect((await t.request('DELETE', `/events/${slug}/invitations/${invited.body.id}`, { token: organiser })).statusCode).toBe(410);
    const people = await t.request('GET', `/events/${slug}/people`, { token: organiser });
    expect(people.body.invitations.map((row: any) => row.email)).not.toContain('withdrawn@people.test');
  });

  it('refuses a second pending invitation and one to a role already held, with 409', async () => {
    expect((await invite({ email: 'twice@people.test', role: 'speaker' })).statusCode).toBe(201);
    const again = await invite({ email: 'TWICE@people.test', role: 'speaker' });
    expect(again.statusCode).toBe(409);
    expect(again.body.code).toBe('ROLE_INVITATION_PENDING');
    const held = await invite({ email: 'mai@people.test', role: 'organiser' });
    expect(held.statusCode).toBe(409);
    expect(held.body).toMatchObject({ code: 'ROLE_ALREADY_HELD', data: { email: 'mai@people.test', role: 'organiser' } });
  });

  it('lets someone with an account accept only as themselves: with its password, or signed in as that email', async () => {
    const hoaId = await createUser(t, 'hoa@people.test', 'Lê Thị Hoa', 'en', 'hoa password 1');
    await invite({ email: 'hoa@people.test', role: 'speaker' });
    const { token } = await linkInMail('hoa@people.test');
    expect((await t.request('GET', `/events/${slug}/invitations/${token}`)).body.accountExists).toBe(true);
    const bare = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { body: {} });
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toMatchObject({ code: 'ACCOUNT_DETAILS_REQUIRED', data: { accountExists: true } });
    const asSomeoneElse = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { token: organiser, body: {} });
    expect(asSomeoneElse.statusCode).toBe(400);
    const wrong = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { body: { password: 'not hoa password' } });
    expect(wrong.statusCode).toBe(401);
    const hoa = await t.login('hoa@people.test', 'hoa password 1');
    const accepted = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { token: hoa, body: {} });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body.user).toMatchObject({ id: hoaId, displayName: 'Lê Thị Hoa' });
    // Granted as an organiser's grant is: told by mail, with the day-before reminder scheduled.
    const [reminder] = await db.query(`SELECT 1 FROM notifications WHERE kind = 'event-reminder' AND recipient_email = 'hoa@people.test'`);
    expect(reminder).toBeDefined();
  });

  it('lets an account made without a password take the password chosen from the link', async () => {
    const id = await createUser(t, 'nopassword@people.test', 'Phạm Văn Đức');
    await invite({ email: 'nopassword@people.test', role: 'staff' });
    const { token } = await linkInMail('nopassword@people.test');
    expect((await t.request('GET', `/events/${slug}/invitations/${token}`)).body.accountExists).toBe(false);
    const accepted = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, { body: { displayName: 'Đức', password: 'duc password 1' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body.user).toMatchObject({ id, displayName: 'Phạm Văn Đức' });
    expect(await t.login('nopassword@people.test', 'duc password 1')).toEqual(expect.any(String));
  });

  it('invites a city representative for a registry city and links them on accepting; the people page lists roles and cities', async () => {
    const city = await t.request('POST', `/events/${slug}/awards/cities`, { token: admin, body: { name: 'Sơn La', country: 'VN', region: 'asia-pacific' } });
    expect(city.statusCode).toBe(201);
    const missing = await invite({ email: 'rep@people.test', role: 'representative' });
    expect(missing.statusCode).toBe(400);
    const foreign = await invite({ email: 'rep@people.test', role: 'representative', cityId: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.statusCode).toBe(404);
    const invited = await invite({ email: 'rep@people.test', role: 'representative', cityId: city.body.id, name: 'Đỗ Văn Nam' });
    expect(invited.body).toMatchObject({ role: 'representative', cityId: city.body.id, city: 'Sơn La' });
    const { token, text } = await linkInMail('rep@people.test');
    expect(text).toContain('representing Sơn La (VN)');
    const accepted = await t.request('POST', `/events/${slug}/invitations/${token}/accept`, {
      body: { displayName: 'Đỗ Văn Nam', password: 'nam password 1' },
    });
    expect(accepted.statusCode).toBe(200);

    const people = await t.request('GET', `/events/${slug}/people`, { token: organiser });
    expect(people.statusCode).toBe(200);
    expect(people.body.people).toContainEqual({
      userId: accepted.body.user.id,
      displayName: 'Đỗ Văn Nam',
      email: 'rep@people.test',
      roles: ['representative'],
      cities: [{ id: city.body.id, name: 'Sơn La', country: 'VN' }],
    });
    expect(people.body.invitations.map((row: any) => row.email)).toContain('twice@people.test');
  });

  it('keeps people and invitations to the organisers of the event', async () => {
    const lan = await t.login('lan@example.org', 'lan password 1');
    expect((await t.request('GET', `/events/${slug}/people`, { token: lan })).statusCode).toBe(403);
    expect((await invite({ email: 'x@people.test', role: 'staff' }, lan)).statusCode).toBe(403);
    expect((await t.request('GET', `/events/${other}/people`, { token: organiser })).statusCode).toBe(403);
    const [pending] = (await t.request('GET', `/events/${slug}/invitations`, { token: organiser })).body;
    expect((await t.request('DELETE', `/events/${other}/invitations/${pending.id}`, { token: admin })).statusCode).toBe(404);
  });
});
