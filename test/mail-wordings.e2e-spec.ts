import { RemindersService } from '@app/messages';
import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { DateTime } from 'luxon';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEvent, delegateInput as delegate } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;
const ZONE = 'Asia/Ho_Chi_Minh';

describe('automatic mails in the organisers’ words, and reminders relative to the event (real SMTP)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  const today = DateTime.now().setZone(ZONE);
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(12), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  async function openEvent(slug: string, startDate?: string, endDate?: string) {
    await createEvent(t, slug, startDate, endDate);
    const now = Date.now();
    const settings = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: { opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 24 * hour).toISOString(), capacity: 50, privacyNoticeVersion: '2024-1' },
    });
    expect(settings.statusCode).toBe(200);
    expect(
      (await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'Delegate' } })).statusCode,
    ).toBe(201);
  }

  async function register(slug: string, email: string, language: string) {
    const response = await t.request('POST', `/events/${slug}/registrations`, { body: delegate(email, { language, fullName: `Delegate ${email}` }) });
    expect(response.statusCode).toBe(201);
    return response.body as { id: string; badgeCode: string };
  }

  const receive = (address: string, count = 1) =>
    expectEventually(() => {
      const received = sink.to(address);
      expect(received).toHaveLength(count);
      return received;
    });

  describe('re-worded automatic mails', () => {
    const slug = 'wordings-2030';
    const words = {
      subject: '{{eventName}}: chào mừng {{name}}',
      body: 'Kính gửi **{{name}}**,\n\nChỗ của Quý vị ({{category}}) đã được giữ. <b>không</b>\n\n[Trang đăng ký]({{manageLink}})',
    };

    beforeAll(() => openEvent(slug));

    it('refuses a placeholder the mail does not have, naming it, and a mail that cannot be re-worded', async () => {
      const unknown = await t.request('PUT', `/events/${slug}/mail-wordings/registration-confirmed/vi`, {
        token: admin,
        body: { subject: 'x', body: 'Kính gửi {{ten}}' },
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.body.code).toBe('MAIL_PLACEHOLDER_UNKNOWN');
      expect(unknown.body.data).toEqual(expect.objectContaining({ placeholder: 'ten', known: expect.arrayContaining(['name', 'manageLink']) }));
      const kind = await t.request('PUT', `/events/${slug}/mail-wordings/password-reset/vi`, { token: admin, body: words });
      expect(kind.statusCode).toBe(404);
      expect(kind.body.code).toBe('MAIL_KIND_NOT_WORDABLE');
      const language = await t.request('PUT', `/events/${slug}/mail-wordings/registration-confirmed/th`, { token: admin, body: words });
      expect(language.statusCode).toBe(422);
      expect(language.body.code).toBe('MAIL_LANGUAGE_UNKNOWN');
    });

    it('previews the words safely and lists the override beside the default', async () => {
      const preview = await t.request('POST', `/events/${slug}/mail-wordings/registration-confirmed/vi/preview`, { token: admin, body: words });
      expect(preview.statusCode).toBe(200);
      expect(preview.body.subject).toBe('Hội nghị Thành phố học tập ASEAN+3: chào mừng Nguyễn Thị Lan');
      expect(preview.body.html).toContain('<strong>Nguyễn Thị Lan</strong>');
      expect(preview.body.html).toContain('&lt;b&gt;không&lt;/b&gt;');

      expect((await t.request('PUT', `/events/${slug}/mail-wordings/registration-confirmed/vi`, { token: admin, body: words })).statusCode).toBe(200);
      const list = await t.request('GET', `/events/${slug}/mail-wordings`, { token: admin });
      expect(list.statusCode).toBe(200);
      const confirmed = list.body.kinds.find((kind: { kind: string }) => kind.kind === 'registration-confirmed');
      expect(confirmed.languages.map((language: { language: string }) => language.language)).toEqual(['vi', 'en']);
      expect(confirmed.languages[0].override).toEqual(expect.objectContaining(words));
      expect(confirmed.languages[1].override).toBeNull();
      expect(confirmed.languages[1].default.subject).toContain('{{eventName}}');
    });

    it('sends the organiser’s words to a Vietnamese delegate and the shipped words in English, and the default again after a reset', async () => {
      await register(slug, 'lan@words.test', 'vi');
      await register(slug, 'john@words.test', 'en');
      const [lan] = await receive('lan@words.test');
      const [john] = await receive('john@words.test');
      expect(lan.parsed.subject).toBe('Hội nghị Thành phố học tập ASEAN+3: chào mừng Delegate lan@words.test');
      expect(lan.parsed.html).toContain('<strong>Delegate lan@words.test</strong>');
      expect(lan.parsed.html).toContain('&lt;b&gt;không&lt;/b&gt;');
      // The shared layout stays around the organiser's words, and the private link is filled in.
      expect(lan.parsed.html).toMatch(/<header data-part="header"/);
      expect(lan.parsed.html).toMatch(/href="http:\/\/[^"]+\/manage\/[^"?]+\?lang=vi"/);
      expect(lan.parsed.text).toContain('Chỗ của Quý vị (Delegate) đã được giữ.');
      expect(john.parsed.subject).toBe('Hội nghị Thành phố học tập ASEAN+3: your place is confirmed');

      expect((await t.request('DELETE', `/events/${slug}/mail-wordings/registration-confirmed/vi`, { token: admin })).statusCode).toBe(204);
      await register(slug, 'minh@words.test', 'vi');
      const [minh] = await receive('minh@words.test');
      expect(minh.parsed.subject).toBe('Hội nghị Thành phố học tập ASEAN+3: đăng ký của Quý vị đã được xác nhận');
    });
  });

  describe('reminders relative to the event', () => {
    const slug = 'reminders-now';
    const thanks = {
      anchor: 'end',
      offsetDays: 1,
      sendTime: '00:00',
      audience: { states: ['confirmed'], checkedIn: true },
      content: [
        { language: 'vi', subject: 'Cảm ơn {{name}}', body: 'Cảm ơn Quý vị đã tham dự.' },
        { language: 'en', subject: 'Thank you, {{name}}', body: 'Thank you for coming.' },
      ],
    };

    // The event runs yesterday and today in its zone; two of three delegates checked in yesterday.
    beforeAll(async () => {
      await openEvent(slug, day(-1), day(0));
      for (const [email, language, checkIn] of [
        ['an@remind.test', 'vi', true],
        ['bob@remind.test', 'en', true],
        ['chi@remind.test', 'vi', false],
      ] as const) {
        const registration = await register(slug, email, language);
        await receive(email);
        if (checkIn) {
          const response = await t.request('POST', `/events/${slug}/check-ins`, {
            token: admin,
            body: { badgeCode: registration.badgeCode, day: day(-1), time: '09:00' },
          });
          expect(response.statusCode).toBe(201);
        }
      }
    });

    it('goes the day after the last day, following a change of the event’s dates, once, only to those checked in, each in their language', async () => {
      const created = await t.request('POST', `/events/${slug}/reminders`, { token: admin, body: thanks });
      expect(created.statusCode).toBe(201);
      expect(created.body.dueAt).toBe(DateTime.fromISO(day(1), { zone: ZONE }).toJSDate().toISOString());
      const later = await t.request('POST', `/events/${slug}/reminders`, { token: admin, body: { ...thanks, offsetDays: 5 } });
      expect(later.statusCode).toBe(201);

      const reminders = t.app.get(RemindersService);
      expect(await reminders.sendDue()).toBe(0);

      // The event turns out to have ended yesterday: the reminder's time follows, and has come.
      const moved = await t.request('PATCH', `/events/${slug}`, { token: admin, body: { startDate: day(-2), endDate: day(-1) } });
      expect(moved.statusCode).toBe(200);
      // Two workers at once (the worker's own sweep may also be running): one message.
      const [first, second] = await Promise.all([reminders.sendDue(), reminders.sendDue()]);
      expect(first + second).toBeLessThanOrEqual(1);

      const [an] = await receive('an@remind.test', 2);
      const [bob] = await receive('bob@remind.test', 2).then((mails) => mails.slice(1));
      expect(sink.to('an@remind.test')[1].parsed.subject).toBe('Cảm ơn Delegate an@remind.test');
      expect(an).toBeDefined();
      expect(bob.parsed.subject).toBe('Thank you, Delegate bob@remind.test');
      // Not transactional: it may be refused.
      expect(bob.raw).toMatch(/^List-Unsubscribe:/im);

      await reminders.sendDue();
      await sleep(1500);
      expect(sink.to('an@remind.test')).toHaveLength(2);
      expect(sink.to('bob@remind.test')).toHaveLength(2);
      expect(sink.to('chi@remind.test')).toHaveLength(1);

      const list = await t.request('GET', `/events/${slug}/reminders`, { token: admin });
      const sent = list.body.items.find((item: { id: string }) => item.id === created.body.id);
      expect(sent.sentAt).not.toBeNull();
      expect(sent.messageId).not.toBeNull();
      expect(list.body.items.find((item: { id: string }) => item.id === later.body.id).sentAt).toBeNull();
      const edit = await t.request('PATCH', `/events/${slug}/reminders/${created.body.id}`, { token: admin, body: { offsetDays: 2 } });
      expect(edit.statusCode).toBe(409);
      expect(edit.body.code).toBe('REMINDER_SENT');
    });

    it('refuses a reminder naming a placeholder that does not exist', async () => {
      const response = await t.request('POST', `/events/${slug}/reminders`, {
        token: admin,
        body: { ...thanks, content: [{ language: 'vi', subject: 'x', body: '{{huyhieu}}' }] },
      });
      expect(response.statusCode).toBe(422);
      expect(response.body.data.placeholder).toBe('huyhieu');
    });
  });
});
