import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createEvent } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('speaker messages through the worker (Redis queue, real SMTP)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let db: DataSource;
  const slug = 'speaker-mail-2030';
  const slots: string[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      RUN_WORKER: 'true',
      REDIS_URL: await freshRedisUrl(5),
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      PUBLIC_URL: 'https://plenary.example.org',
    });
    admin = await t.adminToken();
    db = t.app.get(DataSource);
    await createEvent(t, slug, '2030-05-06', '2030-05-07');
    const session = await t.request('POST', `/events/${slug}/sessions`, {
      token: admin,
      body: { type: 'plenary', title: { en: 'Opening', vi: 'Khai mạc' }, start: '2030-05-06T09:00', end: '2030-05-06T10:00' },
    });
    for (const start of ['09:00', '09:30']) {
      const response = await t.request('POST', `/events/${slug}/sessions/${session.body.id}/slots`, {
        token: admin,
        body: { title: `Talk ${start}`, start: `2030-05-06T${start}`, durationMinutes: 20, speakerIds: [] },
      });
      slots.push(response.body.slots.find((slot: any) => slot.title === `Talk ${start}`).id);
    }
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('mails the invitation in Vietnamese with a working single-use link, then reminds about slides when due', async () => {
    const invited = await t.request('POST', `/events/${slug}/speaker-invitations`, {
      token: admin,
      body: { email: 'lan@hanoi.test', name: 'Nguyễn Thị Lan', language: 'vi', slotIds: [slots[0]] },
    });
    expect(invited.statusCode).toBe(201);
    const [mail] = await expectEventually(() => {
      const received = sink.to('lan@hanoi.test');
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail.parsed.subject).toContain('thư mời tham gia trình bày');
    const text = mail.parsed.text ?? '';
    expect(text).toContain('Talk 09:00 (Khai mạc)');
    expect(text).toContain('trân trọng kính mời Ông/Bà tham gia trình bày');
    expect(text).toContain('Trân trọng,\nBan Tổ chức');
    const link = /https:\/\/plenary\.example\.org\/events\/speaker-mail-2030\/speaker-invitations\/([A-Za-z0-9_-]+)/.exec(text);
    expect(link).not.toBeNull();
    // The token went out once and is no longer kept anywhere.
    await expectEventually(async () => {
      const [row] = await db.query(`SELECT secret FROM notifications WHERE kind = 'speaker-invitation'`);
      expect(row.secret).toBeNull();
    });
    const accepted = await t.request('POST', `/events/${slug}/speaker-invitations/${link![1]}/accept`, { body: { password: 'lan password 1' } });
    expect(accepted.statusCode).toBe(200);

    // Make the "slides due" reminder due now: it is sent; the last call is withdrawn once slides arrive.
    await db.query(`UPDATE notifications SET send_after = now() WHERE dedup_key LIKE 'slides-due:%'`);
    const [reminder] = await expectEventually(() => {
      const received = sink.to('lan@hanoi.test').filter((message) => message.parsed.subject?.includes('hạn nộp bài trình chiếu'));
      expect(received).toHaveLength(1);
      return received;
    });
    expect(reminder.parsed.text).toContain('Talk 09:00');
    expect(reminder.parsed.text).toContain('Đã đến hạn nộp bài trình chiếu (slide) cho bài trình bày sau');
  });

  it('tells the organiser when an invitation is declined', async () => {
    const invited = await t.request('POST', `/events/${slug}/speaker-invitations`, {
      token: admin,
      body: { email: 'kim@suwon.test', name: 'Kim Min-jun', slotIds: [slots[1]] },
    });
    const [mail] = await expectEventually(() => {
      const received = sink.to('kim@suwon.test');
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail.parsed.subject).toContain('you are invited to speak');
    const token = /speaker-invitations\/([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1];
    expect((await t.request('POST', `/events/${slug}/speaker-invitations/${token}/decline`)).statusCode).toBe(204);
    const [told] = await expectEventually(() => {
      const received = sink.to('admin@plenary.test').filter((message) => message.parsed.subject?.includes('declined'));
      expect(received).toHaveLength(1);
      return received;
    });
    expect(told.parsed.text).toContain('Talk 09:30');
    expect(invited.body.id).toBeDefined();
  });
});
