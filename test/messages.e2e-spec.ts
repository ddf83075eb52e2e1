import { AppConfig } from '@app/config';
import { expectEventually, type SmtpSink } from '@app/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { createEvent, createUser, delegateInput as delegate, grantRole } from './support/people.js';
import { mailsWithSubject as mailsOf, type MessagingApp, startMessagingApp, theMailWithSubject } from './support/messaging.js';
import type { TestApp } from './support/test-app.js';

const hour = 3600_000;

describe('organisers’ messages (real SMTP)', () => {
  let m: MessagingApp;
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  const slug = 'messages-2030';

  const visaAudience = { states: ['confirmed'], categories: ['city'], countries: ['VN'], visaLetterNeeded: true };
  const send = (body: object, key?: string, token?: string) => m.send(body, key, token);
  const mailsWithSubject = (email: string, subject: string) => mailsOf(sink, email, subject);

  beforeAll(async () => {
    m = await startMessagingApp(slug, 11, [
      { code: 'delegate', name: 'Delegate' },
      { code: 'city', name: 'City delegate' },
    ]);
    ({ t, sink, admin } = m);
    const delegation = await t.request('POST', `/events/${slug}/delegations`, {
      body: {
        city: 'Huế',
        country: 'VN',
        gnlcMember: true,
        head: delegate('lan@hue.test', { category: 'city', visaLetterNeeded: true, fullName: 'Nguyễn Thị Lan', title: 'Phó Giám đốc' }),
        members: [delegate('john@hue.test', { category: 'city', visaLetterNeeded: true, fullName: 'John Smith', title: 'Adviser', language: 'en' })],
      },
    });
    expect(delegation.statusCode).toBe(201);
    for (const body of [
      delegate('novisa@hue.test', { category: 'city', visaLetterNeeded: false }),
      delegate('thai@bangkok.test', { category: 'city', visaLetterNeeded: true, country: 'TH', city: 'Bangkok' }),
      delegate('plain@hanoi.test', { category: 'delegate', visaLetterNeeded: true }),
    ]) {
      expect((await t.request('POST', `/events/${slug}/registrations`, { body })).statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await m?.close();
  });

  const shuttle = {
    audience: visaAudience,
    content: [
      {
        language: 'vi',
        subject: 'Xe đưa đón cho đoàn {{delegation}}',
        body: 'Kính gửi {{title}} {{name}},\n\nXe đưa đón khởi hành lúc **08:00**. <script>alert(1)</script>\n\n[Chương trình]({{programmeLink}})',
      },
      {
        language: 'en',
        subject: 'Shuttle for the {{delegation}} delegation',
        body: 'Dear {{title}} {{name}},\n\nThe shuttle leaves at **08:00**. <script>alert(1)</script>\n\n[Programme]({{programmeLink}})',
      },
    ],
  };

  it('previews the count and a sample of exactly the confirmed city delegates from Viet Nam who need a visa letter', async () => {
    const preview = await t.request('POST', `/events/${slug}/messages/preview`, { token: admin, body: shuttle });
    expect(preview.statusCode).toBe(200);
    expect(preview.body.count).toBe(2);
    expect(preview.body.sample.map((person: { email: string }) => person.email).sort()).toEqual(['john@hue.test', 'lan@hue.test']);
    expect(preview.body.rendered.map((text: { language: string }) => text.language)).toEqual(['vi', 'en']);
    expect(preview.body.rendered[0].html).toContain('<strong>08:00</strong>');
  });

  it('reaches exactly those people, each in their language, once, however often the send request is repeated', async () => {
    const [first, twin] = await Promise.all([send(shuttle, 'shuttle-1'), send(shuttle, 'shuttle-1')]);
    expect([first.statusCode, twin.statusCode].sort()).toEqual([200, 201]);
    expect(twin.body.id).toBe(first.body.id);
    const again = await send(shuttle, 'shuttle-1');
    expect(again.statusCode).toBe(200);
    expect(again.body).toEqual(expect.objectContaining({ id: first.body.id, status: 'sent', recipientCount: 2 }));

    const lan = await theMailWithSubject(sink, 'lan@hue.test', 'Xe đưa đón cho đoàn Huế');
    const john = await theMailWithSubject(sink, 'john@hue.test', 'Shuttle for the Huế delegation');
    expect(lan.parsed.text).toContain('Kính gửi Phó Giám đốc Nguyễn Thị Lan');
    expect(lan.parsed.headers.get('content-language')).toBe('vi');
    expect(lan.parsed.html).toContain('<strong>08:00</strong>');
    expect(lan.parsed.html).toContain(`href="${t.app.get(AppConfig).PUBLIC_URL}/events/${slug}/timetable?lang=vi"`);
    // Organisers' messages may be refused: the footer's opt-out link survives the language being added.
    expect(lan.parsed.html).toMatch(/\/unsubscribe\?token&#x3D;[\w.-]+&amp;lang=vi"/);
    // Raw HTML typed into the body arrives as text, never as markup.
    expect(lan.parsed.html).not.toContain('<script>');
    expect(lan.parsed.html).toContain('&lt;script&gt;');
    expect(john.parsed.text).toContain('Dear Adviser John Smith');
    expect(john.parsed.headers.get('content-language')).toBe('en');

    // Time for a duplicate to show up, were there one.
    await sleep(1500);
    const shuttleMails = sink.received.filter((mail) => /Xe đưa đón|Shuttle/.test(mail.parsed.subject ?? ''));
    expect(shuttleMails.map((mail) => mail.envelope.to[0]).sort()).toEqual(['john@hue.test', 'lan@hue.test']);

    const detail = await expectEventually(async () => {
      const response = await t.request('GET', `/events/${slug}/messages/${first.body.id}`, { token: admin });
      expect(response.body.counts).toEqual({ delivered: 2, failed: 0, waiting: 0 });
      return response.body;
    });
    expect(detail.recipients.map((recipient: { email: string; language: string }) => [recipient.email, recipient.language])).toEqual([
      ['john@hue.test', 'en'],
      ['lan@hue.test', 'vi'],
    ]);
    const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM notifications WHERE about->>'messageId' = $1`, [first.body.id]);
    expect(count).toBe(2);
  });

  it('sends a scheduled message at its time, in the event’s first language to whoever has no text in theirs, and never a cancelled one', async () => {
    const sendAt = new Date(Date.now() + 4000);
    const vietnameseOnly = (subject: string) => ({
      audience: visaAudience,
      content: [{ language: 'vi', subject, body: 'Hạn nộp hồ sơ thị thực là thứ Sáu.' }],
      sendAt: sendAt.toISOString(),
    });
    const scheduled = await send(vietnameseOnly('Nhắc hạn thị thực'), 'visa-reminder');
    expect(scheduled.statusCode).toBe(201);
    expect(scheduled.body).toEqual(expect.objectContaining({ status: 'scheduled', sendAt: sendAt.toISOString() }));
    const dropped = await send(vietnameseOnly('Thông báo đã hủy'), 'visa-dropped');
    const cancelled = await t.request('POST', `/events/${slug}/messages/${dropped.body.id}/cancel`, { token: admin });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');

    // Still editable before its time: the new words are the ones sent.
    const edited = await t.request('PATCH', `/events/${slug}/messages/${scheduled.body.id}`, {
      token: admin,
      body: { content: [{ language: 'vi', subject: 'Nhắc hạn nộp hồ sơ thị thực', body: 'Hạn nộp hồ sơ thị thực là thứ Sáu, {{name}}.' }] },
    });
    expect(edited.statusCode).toBe(200);

    await sleep(Math.max(0, sendAt.getTime() - Date.now() - 1000));
    expect(mailsWithSubject('lan@hue.test', 'Nhắc hạn nộp hồ sơ thị thực')).toHaveLength(0);

    const john = await theMailWithSubject(sink, 'john@hue.test', 'Nhắc hạn nộp hồ sơ thị thực');
    expect(Date.now()).toBeGreaterThanOrEqual(sendAt.getTime());
    expect(john.parsed.text).toContain('Hạn nộp hồ sơ thị thực là thứ Sáu, John Smith.');
    await expectEventually(() => expect(mailsWithSubject('lan@hue.test', 'Nhắc hạn nộp hồ sơ thị thực')).toHaveLength(1));

    await sleep(1500);
    expect(sink.received.filter((mail) => mail.parsed.subject === 'Thông báo đã hủy')).toHaveLength(0);
    const late = await t.request('PATCH', `/events/${slug}/messages/${scheduled.body.id}`, {
      token: admin,
      body: { sendAt: new Date(Date.now() + hour).toISOString() },
    });
    expect(late.statusCode).toBe(409);
    expect(late.body.code).toBe('MESSAGE_NOT_EDITABLE');
    const list = await t.request('GET', `/events/${slug}/messages`, { token: admin });
    const status = Object.fromEntries(list.body.items.map((item: { id: string; status: string }) => [item.id, item.status]));
    expect([status[scheduled.body.id], status[dropped.body.id]]).toEqual(['sent', 'cancelled']);
  });

  it('holds a message for review and sends it when released', async () => {
    const held = await send({ ...shuttle, content: [{ language: 'vi', subject: 'Thông báo chờ duyệt', body: 'Nội dung.' }], hold: true }, 'held-1');
    expect(held.body).toEqual(expect.objectContaining({ status: 'held', recipientCount: 0 }));
    await sleep(1000);
    expect(sink.received.filter((mail) => mail.parsed.subject === 'Thông báo chờ duyệt')).toHaveLength(0);
    const released = await t.request('POST', `/events/${slug}/messages/${held.body.id}/release`, { token: admin, body: {} });
    expect(released.body).toEqual(expect.objectContaining({ status: 'sent', recipientCount: 2 }));
    await expectEventually(() => expect(sink.received.filter((mail) => mail.parsed.subject === 'Thông báo chờ duyệt')).toHaveLength(2));
  });

  it('addresses jurors by role, in their account’s language, and narrows them by registration when asked', async () => {
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
    const jurorId = await createUser(t, 'juror@jury.test', 'Somchai Jaidee', 'en');
    const registeredJurorId = await createUser(t, 'lan@hue.test', 'Nguyễn Thị Lan', 'vi');
    for (const [userId, country] of [
      [jurorId, 'TH'],
      [registeredJurorId, 'VN'],
    ]) {
      expect((await grantRole(t, slug, userId, 'juror')).statusCode).toBe(200);
      const added = await t.request('POST', `/events/${slug}/awards/rounds/${round.body.id}/jurors`, { token: admin, body: { userId, country } });
      expect(added.statusCode).toBe(201);
    }
    const content = [
      { language: 'vi', subject: 'Thư gửi Ban giám khảo', body: 'Kính gửi {{name}}.' },
      { language: 'en', subject: 'To the jury', body: 'Dear {{name}}.' },
    ];
    const jurors = await t.request('POST', `/events/${slug}/messages/preview`, { token: admin, body: { audience: { roles: ['jurors'] }, content } });
    expect(jurors.body.sample).toEqual([
      { name: 'Nguyễn Thị Lan', email: 'lan@hue.test', language: 'vi' },
      { name: 'Somchai Jaidee', email: 'juror@jury.test', language: 'en' },
    ]);
    const registered = await t.request('POST', `/events/${slug}/messages/preview`, {
      token: admin,
      body: { audience: { roles: ['jurors'], countries: ['VN'] }, content },
    });
    expect(registered.body.sample.map((person: { email: string }) => person.email)).toEqual(['lan@hue.test']);

    expect((await send({ audience: { roles: ['jurors'] }, content }, 'jury-1')).statusCode).toBe(201);
    const mail = await theMailWithSubject(sink, 'juror@jury.test', 'To the jury');
    expect(mail.parsed.text).toContain('Dear Somchai Jaidee.');
    await expectEventually(() => expect(mailsWithSubject('lan@hue.test', 'Thư gửi Ban giám khảo')).toHaveLength(1));
  });

  it('refuses an unknown placeholder by name, a message too large, an empty audience and a missing key, writing nothing', async () => {
    const unknown = await send({ ...shuttle, content: [{ language: 'vi', subject: 'Chào', body: 'Kính gửi {{nmae}}' }] }, 'bad-1');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body.code).toBe('MESSAGE_PLACEHOLDER_UNKNOWN');
    expect(unknown.body.data).toEqual(expect.objectContaining({ placeholder: 'nmae', language: 'vi', field: 'body' }));

    const large = await send({ ...shuttle, content: [{ language: 'vi', subject: 'Chào', body: 'x'.repeat(20_001) }] }, 'bad-2');
    expect(large.statusCode).toBe(413);
    expect(large.body.code).toBe('MESSAGE_TOO_LARGE');

    const nobody = { states: ['confirmed'], countries: ['JP'] };
    const empty = await send({ ...shuttle, audience: nobody }, 'bad-3');
    expect(empty.statusCode).toBe(422);
    expect(empty.body.code).toBe('MESSAGE_AUDIENCE_EMPTY');
    expect(empty.body.data).toEqual({ audience: nobody });

    const noFirstLanguage = await send({ ...shuttle, content: [shuttle.content[1]] }, 'bad-4');
    expect(noFirstLanguage.statusCode).toBe(422);
    expect(noFirstLanguage.body.code).toBe('MESSAGE_LANGUAGE_MISSING');

    const keyless = await send(shuttle);
    expect(keyless.statusCode).toBe(400);
    expect(keyless.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');

    const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM messages WHERE idempotency_key LIKE 'bad-%'`);
    expect(count).toBe(0);
  });

  it('lets only the event’s organisers send, preview or read messages', async () => {
    const staffId = await createUser(t, 'staff@messages.test', 'Staff Member', 'en', 'staff password 123');
    expect((await grantRole(t, slug, staffId, 'staff')).statusCode).toBe(200);
    const otherOrganiserId = await createUser(t, 'other@messages.test', 'Other Organiser', 'en', 'other password 123');
    await createEvent(t, 'messages-other');
    expect((await grantRole(t, 'messages-other', otherOrganiserId, 'organiser')).statusCode).toBe(200);
    for (const token of [await t.login('staff@messages.test', 'staff password 123'), await t.login('other@messages.test', 'other password 123')]) {
      expect((await send(shuttle, 'forbidden-1', token)).statusCode).toBe(403);
      expect((await t.request('POST', `/events/${slug}/messages/preview`, { token, body: shuttle })).statusCode).toBe(403);
      expect((await t.request('GET', `/events/${slug}/messages`, { token })).statusCode).toBe(403);
    }
    expect((await t.request('POST', `/events/${slug}/messages`, { body: shuttle, headers: { 'idempotency-key': 'anon' } })).statusCode).toBe(401);

    const organiserId = await createUser(t, 'organiser@messages.test', 'Organiser', 'en', 'organiser password 1');
    expect((await grantRole(t, slug, organiserId, 'organiser')).statusCode).toBe(200);
    const organiser = await t.login('organiser@messages.test', 'organiser password 1');
    expect((await t.request('POST', `/events/${slug}/messages/preview`, { token: organiser, body: shuttle })).body.count).toBe(2);
  });
});
