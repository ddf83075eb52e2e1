import { Outbox } from '@app/notifications';
import { expectEventually, freshRedisUrl, type ReceivedMail, type SmtpSink, startSmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createEvent, createUser, grantRole, notificationLog } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'mail-layout-2030';
const ORGANISER = 'UNESCO Bangkok';

/** Every link into the app in a message part. */
const appLinks = (content: string) =>
  [...content.matchAll(/https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])[^\s"'<>]*/g)].map((match) => match[0].replace(/&amp;/g, '&'));

/** A header as sent (mailparser folds every List-* header into one object). */
function rawHeader(mail: ReceivedMail, name: string): string | undefined {
  const block = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'im').exec(block)?.[1].trim();
}

function expectTidyText(mail: ReceivedMail) {
  const text = mail.parsed.text ?? '';
  expect(text).not.toMatch(/\n[ \t]*\n[ \t]*\n/);
  // Only the signature separator ends in a space.
  expect(text.replace(/^-- $/m, '--')).not.toMatch(/[ \t]\n/);
  expect(text.startsWith('\n')).toBe(false);
}

describe('mail that looks like the event, in the reader language, with opt-outs (real SMTP)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let dataSource: DataSource;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      RUN_WORKER: 'true',
      REDIS_URL: await freshRedisUrl(11),
      SMTP_URL: sink.url,
      MAIL_BACKOFF_MS: '100',
      OUTBOX_POLL_MS: '100',
    });
    await createEvent(t, slug);
    dataSource = t.app.get(DataSource);
    await dataSource.query(`UPDATE events SET organiser = $2 WHERE slug = $1`, [slug, ORGANISER]);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const receive = (address: string, count: number) =>
    expectEventually(() => {
      const received = sink.to(address);
      expect(received).toHaveLength(count);
      return received;
    });

  async function remind(email: string, name: string, userId: string, language: string) {
    const [{ id: eventId }] = await dataSource.query(`SELECT id FROM events WHERE slug = $1`, [slug]);
    await dataSource.transaction((manager) =>
      t.app.get(Outbox).add(manager, { eventId, kind: 'event-reminder', recipientEmail: email, recipientName: name, language, about: { eventId, userId } }),
    );
  }

  it('frames a transactional message in the event layout, in Vietnamese, with every link in Vietnamese and no List-Unsubscribe', async () => {
    const userId = await createUser(t, 'lan@layout.test', 'Nguyễn Thị Lan', 'vi');
    await grantRole(t, slug, userId, 'speaker');
    const [mail] = await receive('lan@layout.test', 1);
    const html = mail.parsed.html as string;

    expect(html).toMatch(/<header data-part="header"[\s\S]*Hội nghị Thành phố học tập ASEAN\+3[\s\S]*<\/header>/);
    expect(html).toMatch(/<p data-part="button"[^>]*><a href="http:\/\/[^"]+\/events\/mail-layout-2030\?lang=vi"[^>]*>Xem thông tin sự kiện<\/a>/);
    expect(html).toMatch(/<footer data-part="footer"[\s\S]*Đơn vị tổ chức: UNESCO Bangkok[\s\S]*Quý vị nhận được thư này vì[\s\S]*<\/footer>/);
    expect(html).not.toContain('/unsubscribe');
    expect(rawHeader(mail, 'List-Unsubscribe')).toBeUndefined();
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBeUndefined();

    expectTidyText(mail);
    expect(mail.parsed.text).toContain('Đơn vị tổ chức: UNESCO Bangkok');
    const links = [...appLinks(html), ...appLinks(mail.parsed.text ?? '')];
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) expect(new URL(link).searchParams.get('lang')).toBe('vi');
  });

  it('writes a message about no event (a password reset) in the same layout, without an event header, its link in English', async () => {
    await createUser(t, 'reset@layout.test', 'Reset Person', 'en', 'a first password 2030');
    expect((await t.request('POST', '/auth/password-reset', { body: { email: 'reset@layout.test' } })).statusCode).toBe(202);
    const [mail] = await receive('reset@layout.test', 1);
    const html = mail.parsed.html as string;
    expect(html).not.toContain('data-part="header"');
    expect(html).toContain('You receive this message because of your Plenary account.');
    expectTidyText(mail);
    const reset = appLinks(mail.parsed.text ?? '').find((link) => link.includes('/reset-password'))!;
    expect(new URL(reset).searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new URL(reset).searchParams.get('lang')).toBe('en');
  });

  it('gives a reminder List-Unsubscribe with one-click, and after the one-click opt-out discards the next reminder but not a transactional message', async () => {
    const userId = await createUser(t, 'minh@layout.test', 'Trần Văn Minh', 'vi');
    await grantRole(t, slug, userId, 'delegate');
    await receive('minh@layout.test', 1);

    await remind('minh@layout.test', 'Trần Văn Minh', userId, 'vi');
    const [, reminder] = await receive('minh@layout.test', 2);
    expect(rawHeader(reminder, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const header = rawHeader(reminder, 'List-Unsubscribe')!;
    const unsubscribe = new URL(/^<(.+)>$/.exec(header)![1]);
    expect(unsubscribe.pathname).toBe('/unsubscribe');
    expect(unsubscribe.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(unsubscribe.searchParams.get('lang')).toBe('vi');
    const html = reminder.parsed.html as string;
    expect(html).toMatch(/<footer data-part="footer"[\s\S]*Quý vị nhận được thư này với tư cách người tham dự[\s\S]*Ngừng nhận loại thư này<\/a>/);
    expect(reminder.parsed.text).toContain(`Ngừng nhận loại thư này: ${unsubscribe.href}`);
    expectTidyText(reminder);

    const path = `${unsubscribe.pathname}${unsubscribe.search}`;
    const before = await t.request('GET', path);
    expect(before.statusCode).toBe(200);
    expect(before.body).toEqual({ kind: 'event-reminder', eventName: 'Hội nghị Thành phố học tập ASEAN+3', email: 'mi…@layout.test', optedOut: false });
    // What a mail program sends for RFC 8058 one-click; twice, as a retrying one might.
    for (let i = 0; i < 2; i++) {
      const clicked = await t.request('POST', path, { body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(clicked.statusCode).toBe(200);
      expect(clicked.body.optedOut).toBe(true);
    }
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM notification_opt_outs WHERE email = 'minh@layout.test'`))[0].n).toBe(1);

    await remind('minh@layout.test', 'Trần Văn Minh', userId, 'vi');
    const discarded = await expectEventually(async () => {
      const [item] = (await notificationLog(t, slug, '?kind=event-reminder&recipient=minh@layout.test')).items;
      expect(item.state).toBe('discarded');
      return item;
    });
    expect(discarded.lastError).toBe('The recipient opted out of this kind of message');

    // A transactional message still arrives, and so do reminders to someone else.
    await grantRole(t, slug, userId, 'juror');
    const received = await receive('minh@layout.test', 3);
    expect(received[2].parsed.subject).toContain('giám khảo');
    const otherId = await createUser(t, 'other@layout.test', 'Other Person', 'en');
    await grantRole(t, slug, otherId, 'delegate');
    await remind('other@layout.test', 'Other Person', otherId, 'en');
    const [, otherReminder] = await receive('other@layout.test', 2);
    expect(otherReminder.parsed.html).toContain('Stop receiving messages of this kind');
    expect(sink.to('minh@layout.test')).toHaveLength(3);
  });

  it('refuses an unsubscribe link that was tampered with', async () => {
    const userId = await createUser(t, 'tamper@layout.test', 'Tamper', 'en');
    await grantRole(t, slug, userId, 'delegate');
    await receive('tamper@layout.test', 1);
    await remind('tamper@layout.test', 'Tamper', userId, 'en');
    const [, reminder] = await receive('tamper@layout.test', 2);
    const token = new URL(/^<(.+)>$/.exec(rawHeader(reminder, 'List-Unsubscribe')!)![1]).searchParams.get('token')!;
    const [, mac] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify(['lan@layout.test', null, 'event-reminder'])).toString('base64url')}.${mac}`;
    for (const bad of [forged, 'nonsense', `${token}x`]) {
      const answer = await t.request('POST', `/unsubscribe?token=${encodeURIComponent(bad)}`);
      expect(answer.statusCode).toBe(404);
      expect(answer.body.code).toBe('UNSUBSCRIBE_LINK_INVALID');
    }
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM notification_opt_outs WHERE email IN ('lan@layout.test', 'tamper@layout.test')`))[0].n).toBe(
      0,
    );
  });

  it('keeps the language a signed-in person chooses, for their pages and their next messages', async () => {
    await createUser(t, 'switch@layout.test', 'Switch Person', 'en', 'a switch password 2030');
    const login = await t.request('POST', '/auth/login', { body: { email: 'switch@layout.test', password: 'a switch password 2030' } });
    const token = login.body.accessToken;
    const changed = await t.request('PUT', '/auth/me/language', { token, body: { language: 'vi' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.body.language).toBe('vi');
    expect((await t.request('GET', '/auth/me', { token })).body.language).toBe('vi');
    const refused = await t.request('PUT', '/auth/me/language', { token, body: { language: 'xx' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'language' })]);
  });
});
