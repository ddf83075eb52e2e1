import { expect } from '@jest/globals';
import { expectEventually, freshRedisUrl, type ReceivedMail, type SmtpSink, startSmtpSink } from '@app/testing';
import { createEvent } from './people.js';
import { startTestApp, type TestApp } from './test-app.js';

const hour = 3600_000;

export interface MessagingApp {
  t: TestApp;
  sink: SmtpSink;
  admin: string;
  /** Sends an organiser's message (as the admin unless another token is given), with an Idempotency-Key when given one. */
  send(body: object, key?: string, token?: string): ReturnType<TestApp['request']>;
  close(): Promise<void>;
}

/**
 * The api with its worker mailing a real SMTP sink, and an event whose registration is open from an hour ago
 * for a day (privacy notice 2024-1) with these categories: what a test of organisers' messages starts from.
 */
export async function startMessagingApp(slug: string, redisDatabase: number, categories: { code: string; name: string }[]): Promise<MessagingApp> {
  const sink = await startSmtpSink();
  const t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(redisDatabase), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
  try {
    const admin = await t.adminToken();
    await createEvent(t, slug);
    const now = Date.now();
    const settings = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: { opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 24 * hour).toISOString(), capacity: 50, privacyNoticeVersion: '2024-1' },
    });
    expect(settings.statusCode).toBe(200);
    for (const category of categories) {
      expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: category })).statusCode).toBe(201);
    }
    return messaging(t, sink, admin, slug);
  } catch (error) {
    await t.close();
    await sink.stop();
    throw error;
  }
}

function messaging(t: TestApp, sink: SmtpSink, admin: string, slug: string): MessagingApp {
  return {
    t,
    sink,
    admin,
    send: (body, key, token = admin) => t.request('POST', `/events/${slug}/messages`, { token, body, headers: key ? { 'idempotency-key': key } : {} }),
    async close() {
      await t.close();
      await sink.stop();
    },
  };
}

export function mailsWithSubject(sink: SmtpSink, email: string, subject: string): ReceivedMail[] {
  return sink.to(email).filter((mail) => mail.parsed.subject === subject);
}

/** Waits for the one mail with this subject to this address, and fails if a second one comes with it. */
export function theMailWithSubject(sink: SmtpSink, email: string, subject: string): Promise<ReceivedMail> {
  return expectEventually(() => {
    const received = mailsWithSubject(sink, email, subject);
    expect(received).toHaveLength(1);
    return received[0];
  });
}
