import { Outbox } from '@app/notifications';
import { DisposableRedis, expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createEvent, createUser, grantRole, notificationLog } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const pipelineEnv = (redisUrl: string, smtpUrl: string) => ({
  RUN_WORKER: 'true',
  REDIS_URL: redisUrl,
  SMTP_URL: smtpUrl,
  MAIL_BACKOFF_MS: '100',
  MAIL_MAX_ATTEMPTS: '3',
  OUTBOX_POLL_MS: '100',
});

describe('notification pipeline (Redis queue, real SMTP)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const slug = 'pipeline-2030';

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(pipelineEnv(await freshRedisUrl(10), sink.url));
    await createEvent(t, slug);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  afterEach(() => {
    sink.mode = { kind: 'accept' };
  });

  it('tells a person of their new role in their own language, with the event in its time zone', async () => {
    const userId = await createUser(t, 'lan@hanoi.test', 'Nguyễn Thị Lan', 'vi');
    expect((await grantRole(t, slug, userId, 'speaker')).statusCode).toBe(200);

    const [mail] = await expectEventually(() => {
      const received = sink.to('lan@hanoi.test');
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail.parsed.subject).toBe('Hội nghị Thành phố học tập ASEAN+3: Quý vị được giao vai trò diễn giả');
    expect(mail.parsed.text).toContain('Kính gửi Ông/Bà Nguyễn Thị Lan');
    expect(mail.parsed.text).toContain('Quý vị đã được giao vai trò diễn giả');
    expect(mail.parsed.text).toContain('giờ Ho Chi Minh, GMT+7');
    expect(mail.parsed.text).toContain('Trân trọng,\nBan Tổ chức Hội nghị Thành phố học tập ASEAN+3');
    expect(mail.parsed.text).not.toMatch(/\bbạn\b/);
    expect(mail.parsed.html).toContain('<strong>diễn giả</strong>');
    expect(mail.parsed.headers.get('content-language')).toBe('vi');

    const log = await expectEventually(async () => {
      const found = await notificationLog(t, slug, '?kind=role-granted&recipient=lan@hanoi.test');
      expect(found.items[0].state).toBe('sent');
      return found;
    });
    expect(log.items[0]).toEqual(expect.objectContaining({ attempts: 1, smtpMessageId: mail.parsed.messageId, lastError: null }));
  });

  it('sends nothing for a change that rolled back', async () => {
    const dataSource = t.app.get(DataSource);
    const outbox = t.app.get(Outbox);
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.add(manager, {
          eventId: null,
          kind: 'role-granted',
          recipientEmail: 'ghost@hanoi.test',
          recipientName: 'Ghost',
          language: 'en',
          about: {},
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE recipient_email = 'ghost@hanoi.test'`);
    expect(count).toBe(0);

    const missing = await grantRole(t, slug, '00000000-0000-4000-8000-000000000000', 'delegate');
    expect(missing.statusCode).toBe(404);
    const [{ total }] = await dataSource.query(
      `SELECT count(*)::int AS total FROM notifications WHERE about->>'userId' = '00000000-0000-4000-8000-000000000000'`,
    );
    expect(total).toBe(0);
  });

  it('refuses a CR/LF typed into a name, and keeps one already stored out of the headers and the recipients', async () => {
    const evil = 'Evil\r\nBcc: attacker@evil.test\r\nX-Injected: yes';
    const refused = await t.request('POST', '/users', { token: await t.adminToken(), body: { email: 'crlf@hanoi.test', displayName: evil } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'displayName' })]);
    // A name stored before that rule (or by a path without it): the mail transport still keeps it out of the headers.
    const userId = await createUser(t, 'crlf@hanoi.test', 'Evil', 'en');
    await t.app.get(DataSource).query(`UPDATE users SET display_name = $2 WHERE id = $1`, [userId, evil]);
    await grantRole(t, slug, userId, 'delegate');
    const [mail] = await expectEventually(() => {
      const received = sink.to('crlf@hanoi.test');
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail.envelope.to).toEqual(['crlf@hanoi.test']);
    expect(sink.received.some((m) => m.envelope.to.includes('attacker@evil.test'))).toBe(false);
    expect(mail.parsed.headers.has('bcc')).toBe(false);
    expect(mail.parsed.headers.has('x-injected')).toBe(false);
    const headerBlock = mail.raw.split(/\r?\n\r?\n/)[0];
    expect(headerBlock).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(mail.parsed.to).toEqual(expect.objectContaining({ value: [expect.objectContaining({ address: 'crlf@hanoi.test' })] }));
  });

  it('fails a message the server refuses with 550 at once, and sends it when an organiser retries', async () => {
    sink.mode = { kind: 'reject', code: 550, message: 'Mailbox unavailable' };
    const userId = await createUser(t, 'refused@hanoi.test', 'Refused Person', 'en');
    await grantRole(t, slug, userId, 'juror');
    const failed = await expectEventually(async () => {
      const [item] = (await notificationLog(t, slug, '?recipient=refused@hanoi.test&kind=role-granted')).items;
      expect(item.state).toBe('failed');
      return item;
    });
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('Mailbox unavailable');
    expect((await notificationLog(t, slug, '?state=failed')).items.map((item) => item.id)).toContain(failed.id);

    sink.mode = { kind: 'accept' };
    const admin = await t.adminToken();
    const retried = await t.request('POST', `/notifications/${failed.id}/retry`, { token: admin });
    expect(retried.statusCode).toBe(200);
    await expectEventually(() => expect(sink.to('refused@hanoi.test')).toHaveLength(1));
    await expectEventually(async () => expect((await t.request('GET', `/notifications/${failed.id}`, { token: admin })).body.state).toBe('sent'));
    expect((await t.request('POST', `/notifications/${failed.id}/retry`, { token: admin })).statusCode).toBe(409);
  });

  it('retries a message the server defers with 451, then delivers it once', async () => {
    sink.mode = { kind: 'reject', code: 451, message: 'Try again later' };
    const userId = await createUser(t, 'deferred@hanoi.test', 'Deferred Person', 'en');
    await grantRole(t, slug, userId, 'juror');
    await expectEventually(async () => {
      const [item] = (await notificationLog(t, slug, '?recipient=deferred@hanoi.test&kind=role-granted')).items;
      expect(item.attempts).toBeGreaterThanOrEqual(1);
      expect(item.lastError).toContain('Try again later');
    });
    sink.mode = { kind: 'accept' };
    const [item] = await expectEventually(async () => {
      const items = (await notificationLog(t, slug, '?recipient=deferred@hanoi.test&kind=role-granted')).items;
      expect(items[0].state).toBe('sent');
      return items;
    });
    expect(item.attempts).toBeGreaterThanOrEqual(2);
    expect(sink.to('deferred@hanoi.test')).toHaveLength(1);
  });

  it('marks a message failed after its last attempt, visible in the log', async () => {
    sink.mode = { kind: 'reject', code: 421, message: 'Service not available' };
    const userId = await createUser(t, 'exhausted@hanoi.test', 'Exhausted Person', 'en');
    await grantRole(t, slug, userId, 'juror');
    const [item] = await expectEventually(async () => {
      const items = (await notificationLog(t, slug, '?recipient=exhausted@hanoi.test&kind=role-granted')).items;
      expect(items[0].state).toBe('failed');
      return items;
    }, 20_000);
    expect(item.attempts).toBe(3);
    expect(sink.to('exhausted@hanoi.test')).toHaveLength(0);
  });

  it('holds a kind for review: held messages are edited, then released or discarded in bulk', async () => {
    const admin = await t.adminToken();
    const holdSlug = 'held-2030';
    await createEvent(t, holdSlug);
    expect((await t.request('PUT', `/events/${holdSlug}/notification-holds`, { token: admin, body: { kinds: ['role-granted'] } })).body).toEqual({
      kinds: ['role-granted'],
    });
    const first = await createUser(t, 'held1@hanoi.test', 'Held One', 'en');
    const second = await createUser(t, 'held2@hanoi.test', 'Held Two', 'en');
    await grantRole(t, holdSlug, first, 'delegate');
    await grantRole(t, holdSlug, second, 'delegate');

    const held = await notificationLog(t, holdSlug, '?state=held');
    expect(held.total).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.to('held1@hanoi.test')).toHaveLength(0);

    const one = held.items.find((item) => item.recipientEmail === 'held1@hanoi.test');
    const edited = await t.request('PATCH', `/notifications/${one.id}`, { token: admin, body: { subject: 'Chào mừng: updated welcome' } });
    expect(edited.statusCode).toBe(200);
    expect(edited.body.subjectOverride).toBe('Chào mừng: updated welcome');

    const released = await t.request('POST', `/events/${holdSlug}/notifications/release`, { token: admin, body: { recipient: 'held1@hanoi.test' } });
    expect(released.body).toEqual({ affected: 1 });
    const discarded = await t.request('POST', `/events/${holdSlug}/notifications/discard`, { token: admin, body: { kind: 'role-granted' } });
    expect(discarded.body).toEqual({ affected: 1 });

    const [mail] = await expectEventually(() => {
      const received = sink.to('held1@hanoi.test');
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail.parsed.subject).toBe('Chào mừng: updated welcome');
    expect((await notificationLog(t, holdSlug, '?state=discarded')).items.map((item) => item.recipientEmail)).toEqual(['held2@hanoi.test']);
    expect(sink.to('held2@hanoi.test')).toHaveLength(0);
  });

  it('resends a sent message as a new notification', async () => {
    const admin = await t.adminToken();
    const userId = await createUser(t, 'again@hanoi.test', 'Again Person', 'en');
    await grantRole(t, slug, userId, 'delegate');
    const sent = await expectEventually(async () => {
      const [item] = (await notificationLog(t, slug, '?recipient=again@hanoi.test&kind=role-granted')).items;
      expect(item.state).toBe('sent');
      return item;
    });
    const resent = await t.request('POST', `/notifications/${sent.id}/resend`, { token: admin });
    expect(resent.statusCode).toBe(201);
    expect(resent.body.resentFrom).toBe(sent.id);
    await expectEventually(() => expect(sink.to('again@hanoi.test')).toHaveLength(2));
  });

  it('schedules a reminder for the day before, moves it with the event, and withdraws it with the role', async () => {
    const admin = await t.adminToken();
    const reminderSlug = 'reminder-2030';
    await createEvent(t, reminderSlug, '2030-10-29', '2030-10-30');
    const userId = await createUser(t, 'remind@hanoi.test', 'Remind Person', 'vi');
    await grantRole(t, reminderSlug, userId, 'speaker');

    const scheduled = (await notificationLog(t, reminderSlug, '?kind=event-reminder')).items;
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toEqual(expect.objectContaining({ state: 'pending', sendAfter: '2030-10-28T02:00:00.000Z' }));

    await t.request('PATCH', `/events/${reminderSlug}`, { token: admin, body: { startDate: '2030-11-03', endDate: '2030-11-04' } });
    expect((await notificationLog(t, reminderSlug, '?kind=event-reminder')).items[0].sendAfter).toBe('2030-11-02T02:00:00.000Z');

    await t.request('DELETE', `/events/${reminderSlug}/roles/${userId}/speaker`, { token: admin });
    expect((await notificationLog(t, reminderSlug, '?kind=event-reminder')).items[0].state).toBe('discarded');
  });

  it('sends a reminder when it falls due', async () => {
    const dataSource = t.app.get(DataSource);
    const outbox = t.app.get(Outbox);
    const userId = await createUser(t, 'due@hanoi.test', 'Due Person', 'en');
    await grantRole(t, slug, userId, 'delegate');
    const [{ id: eventId }] = await dataSource.query(`SELECT id FROM events WHERE slug = $1`, [slug]);
    const sendAt = new Date(Date.now() + 1500);
    await dataSource.transaction((manager) =>
      outbox.schedule(manager, {
        eventId,
        kind: 'event-reminder',
        recipientEmail: 'due@hanoi.test',
        recipientName: 'Due Person',
        language: 'en',
        about: { eventId, userId },
        dedupKey: `test-reminder:${userId}`,
        sendAt,
      }),
    );
    const [mail] = await expectEventually(() => {
      const received = sink.to('due@hanoi.test').filter((m) => m.parsed.subject?.startsWith('Reminder'));
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail.parsed.date!.getTime()).toBeGreaterThanOrEqual(sendAt.getTime() - 1000);
    expect(mail.parsed.subject).toBe('Reminder: Hội nghị Thành phố học tập ASEAN+3 starts Monday, 6 May 2030');
  });

  it('lets only organisers read the log', async () => {
    const userId = await createUser(t, 'nosy@hanoi.test', 'Nosy Delegate', 'en', 'nosy-password');
    await grantRole(t, slug, userId, 'delegate');
    const token = await t.login('nosy@hanoi.test', 'nosy-password');
    expect((await t.request('GET', `/events/${slug}/notifications`, { token })).statusCode).toBe(403);
    const [item] = (await notificationLog(t, slug)).items;
    expect((await t.request('POST', `/notifications/${item.id}/resend`, { token })).statusCode).toBe(403);
    expect((await t.request('GET', `/events/${slug}/notifications?state=lost`, { token: await t.adminToken() })).statusCode).toBe(400);
  });
});

describe('notification pipeline when Redis is down', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let redis: DisposableRedis;
  const slug = 'redis-down-2030';

  beforeAll(async () => {
    sink = await startSmtpSink();
    redis = await new DisposableRedis().start();
    t = await startTestApp(pipelineEnv(redis.url, sink.url));
    await createEvent(t, slug);
  });
  afterAll(async () => {
    await redis.start(); // the app closes its queue connections cleanly only with Redis up
    await t.close();
    await redis.stop();
    await sink.stop();
  });

  it('keeps answering, keeps the messages in the outbox, and delivers them all once Redis is back', async () => {
    await redis.stop();
    const emails = ['down1@hanoi.test', 'down2@hanoi.test', 'down3@hanoi.test'];
    for (const email of emails) {
      const userId = await createUser(t, email, email, 'en');
      expect((await grantRole(t, slug, userId, 'delegate')).statusCode).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const waiting = await notificationLog(t, slug, '?kind=role-granted');
    expect(waiting.items.map((item) => item.state)).toEqual(['pending', 'pending', 'pending']);
    expect(sink.received).toHaveLength(0);

    await redis.start();
    await expectEventually(() => expect(sink.received).toHaveLength(3), 30_000);
    expect(sink.received.map((mail) => mail.envelope.to[0]).sort()).toEqual(emails);
    await expectEventually(async () => expect((await notificationLog(t, slug, '?kind=role-granted&state=sent')).total).toBe(3));
  });
});
