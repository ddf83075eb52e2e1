import { expectEventually, type SmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createUser, delegateInput as delegate, grantRole } from './support/people.js';
import { mailsWithSubject, type MessagingApp, startMessagingApp, theMailWithSubject } from './support/messaging.js';
import type { TestApp } from './support/test-app.js';

const hour = 3600_000;
const manageLink = /\/manage\/([\w-]{43})/;

describe('private links in organisers’ messages, and staff who send (real SMTP)', () => {
  let m: MessagingApp;
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  const slug = 'message-links-2030';

  const send = (body: object, key: string, token?: string) => m.send(body, key, token);
  /** The private link in the one mail with this subject to this address. */
  const linkIn = async (email: string, subject: string) => manageLink.exec((await theMailWithSubject(sink, email, subject)).parsed.text ?? '')?.[1];
  const db = () => t.app.get(DataSource);

  beforeAll(async () => {
    m = await startMessagingApp(slug, 12, [{ code: 'delegate', name: 'Delegate' }]);
    ({ t, sink, admin } = m);
    for (const body of [delegate('lan@links.test', { fullName: 'Nguyễn Thị Lan' }), delegate('john@links.test', { fullName: 'John Smith', language: 'en' })]) {
      expect((await t.request('POST', `/events/${slug}/registrations`, { body })).statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await m?.close();
  });

  const withLinks = (subject: string) => ({
    audience: { states: ['confirmed'] },
    content: [
      { language: 'vi', subject, body: 'Trang đăng ký của Quý vị: {{managementLink}}\n\n[Thẻ đại biểu]({{badgeLink}})' },
      { language: 'en', subject, body: 'Your registration: {{managementLink}}\n\n[Badge]({{badgeLink}})' },
    ],
  });

  it('gives each delegate a working link to their own registration and badge, while their first link keeps working, and stores no usable token', async () => {
    const [firstLink] = await expectEventually(() => {
      const links = sink.to('lan@links.test').flatMap((mail) => manageLink.exec(mail.parsed.text ?? '')?.[1] ?? []);
      expect(links).toHaveLength(1);
      return links;
    });
    const sent = await send(withLinks('Your links'), 'links-1');
    expect(sent.statusCode).toBe(201);
    const lanToken = await linkIn('lan@links.test', 'Your links');
    const johnToken = await linkIn('john@links.test', 'Your links');
    expect(lanToken).not.toBe(firstLink);
    expect(lanToken).not.toBe(johnToken);

    const lan = await t.request('GET', `/registrations/manage/${lanToken}`);
    expect(lan.statusCode).toBe(200);
    expect(lan.body).toEqual(expect.objectContaining({ email: 'lan@links.test', fullName: 'Nguyễn Thị Lan' }));
    expect((await t.request('GET', `/registrations/manage/${johnToken}`)).body.email).toBe('john@links.test');
    expect((await t.request('GET', `/registrations/manage/${firstLink}`)).body.email).toBe('lan@links.test');

    const [mail] = mailsWithSubject(sink, 'lan@links.test', 'Your links');
    expect(mail.parsed.html).toContain(`/registrations/manage/${lanToken}/badge.pdf`);
    const badge = await t.request('GET', `/registrations/manage/${lanToken}/badge.pdf`);
    expect(badge.statusCode).toBe(200);
    expect(badge.headers['content-type']).toContain('application/pdf');

    // Neither the outbox row (once sent) nor what the message keeps per recipient holds the token.
    await expectEventually(async () => {
      const rows = await db().query(`SELECT secret FROM notifications WHERE about->>'messageId' = $1`, [sent.body.id]);
      expect(rows).toEqual([{ secret: null }, { secret: null }]);
    });
    const stored = JSON.stringify(await db().query(`SELECT fields FROM message_recipients WHERE message_id = $1`, [sent.body.id]));
    expect(stored).not.toContain(lanToken);
    expect(stored).not.toContain(johnToken);
  });

  it('withdraws the links of a scheduled message when it is cancelled', async () => {
    const scheduled = await send({ ...withLinks('Later'), sendAt: new Date(Date.now() + hour).toISOString() }, 'links-later');
    expect(scheduled.statusCode).toBe(201);
    const count = async () =>
      (await db().query(`SELECT count(*)::int AS count FROM registration_management_tokens WHERE label = $1`, [`message:${scheduled.body.id}:`]))[0].count;
    expect(await count()).toBe(2);
    expect((await t.request('POST', `/events/${slug}/messages/${scheduled.body.id}/cancel`, { token: admin })).statusCode).toBe(200);
    expect(await count()).toBe(0);
    const [{ secrets }] = await db().query(`SELECT count(secret)::int AS secrets FROM notifications WHERE about->>'messageId' = $1`, [scheduled.body.id]);
    expect(secrets).toBe(0);
  });

  it('refuses a private link for people reached by their role, naming the placeholder', async () => {
    const round = await t.request('POST', `/events/${slug}/awards/rounds`, {
      token: admin,
      body: {
        name: 'Learning City Award 2030',
        year: 2030,
        criteria: [{ name: 'Planning', weight: 1 }],
        nominationDeadline: new Date(Date.now() + hour).toISOString(),
        judgingDeadline: new Date(Date.now() + 2 * hour).toISOString(),
      },
    });
    expect(round.statusCode).toBe(201);
    const jurorId = await createUser(t, 'juror@links.test', 'Somchai Jaidee', 'en');
    expect((await grantRole(t, slug, jurorId, 'juror')).statusCode).toBe(200);
    const added = await t.request('POST', `/events/${slug}/awards/rounds/${round.body.id}/jurors`, { token: admin, body: { userId: jurorId, country: 'TH' } });
    expect(added.statusCode).toBe(201);
    const body = { audience: { roles: ['jurors'] }, content: [{ language: 'vi', subject: 'Thẻ', body: 'Thẻ của Quý vị: {{badgeLink}}' }] };
    for (const response of [await t.request('POST', `/events/${slug}/messages/preview`, { token: admin, body }), await send(body, 'jurors-badge')]) {
      expect(response.statusCode).toBe(422);
      expect(response.body).toEqual(
        expect.objectContaining({
          code: 'MESSAGE_PLACEHOLDER_NOT_FOR_AUDIENCE',
          data: expect.objectContaining({ placeholder: 'badgeLink', roles: ['jurors'] }),
        }),
      );
    }
    const [{ count }] = await db().query(`SELECT count(*)::int AS count FROM messages WHERE idempotency_key = 'jurors-badge'`);
    expect(count).toBe(0);
  });

  it('lets staff send only once the organisers allow it, and only organisers change that', async () => {
    const staffId = await createUser(t, 'staff@links.test', 'Staff Member', 'en', 'staff password 123');
    expect((await grantRole(t, slug, staffId, 'staff')).statusCode).toBe(200);
    const staff = await t.login('staff@links.test', 'staff password 123');
    const notice = { audience: { states: ['confirmed'] }, content: [{ language: 'vi', subject: 'Phòng họp đổi', body: 'Phòng họp chuyển sang tầng 2.' }] };

    expect((await t.request('GET', `/events/${slug}/messages/settings`, { token: admin })).body).toEqual({ staffMaySend: false });
    const refused = await send(notice, 'staff-1', staff);
    expect(refused.statusCode).toBe(403);
    expect(refused.body.code).toBe('MESSAGE_STAFF_NOT_ALLOWED');
    expect((await t.request('POST', `/events/${slug}/messages/preview`, { token: staff, body: notice })).statusCode).toBe(403);
    expect((await t.request('PUT', `/events/${slug}/messages/settings`, { token: staff, body: { staffMaySend: true } })).statusCode).toBe(403);

    const allowed = await t.request('PUT', `/events/${slug}/messages/settings`, { token: admin, body: { staffMaySend: true } });
    expect(allowed.body).toEqual({ staffMaySend: true });
    expect((await t.request('POST', `/events/${slug}/messages/preview`, { token: staff, body: notice })).body.count).toBe(2);
    const sent = await send(notice, 'staff-1', staff);
    expect(sent.statusCode).toBe(201);
    await theMailWithSubject(sink, 'john@links.test', 'Phòng họp đổi');

    await t.request('PUT', `/events/${slug}/messages/settings`, { token: admin, body: { staffMaySend: false } });
    expect((await send(notice, 'staff-2', staff)).statusCode).toBe(403);
  });
});
