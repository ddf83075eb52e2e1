import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { createEvent, eventInput } from './people.js';
import type { TestApp } from './test-app.js';

const hour = 3600_000;
// Fixed when the suite loads, so that a run across midnight keeps to one calendar.
const today = DateTime.now().setZone(eventInput('x').timeZone);

/** A day counted from today where the test events are (in their time zone), as YYYY-MM-DD. */
export const eventDay = (offset: number) => today.plus({ days: offset }).toISODate()!;

export interface OpenEventOptions {
  startDate?: string;
  endDate?: string;
  capacity?: number;
  categories?: { code: string; name: string }[];
}

/** An event open for registration since an hour ago and for a day more, with room to spare: each registration is confirmed at once. */
export async function openForRegistration(t: TestApp, slug: string, options: OpenEventOptions = {}): Promise<void> {
  const { startDate, endDate, capacity = 50, categories = [{ code: 'delegate', name: 'Delegate' }] } = options;
  await createEvent(t, slug, startDate, endDate);
  const token = await t.adminToken();
  const now = Date.now();
  const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
    token,
    body: { opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 24 * hour).toISOString(), capacity, privacyNoticeVersion: '2024-1' },
  });
  expect(put.statusCode).toBe(200);
  for (const category of categories)
    expect((await t.request('POST', `/events/${slug}/registration-categories`, { token, body: category })).statusCode).toBe(201);
}

export interface ConfirmedDelegate {
  id: string;
  badgeCode: string;
  fullName: string;
  /** The delegate's private link, read from the outbox: no worker delivers mail in these suites. */
  token: string;
}

/** Registers a delegate (see delegateInput) and checks they were confirmed at once. */
export async function registerConfirmed(t: TestApp, slug: string, body: Record<string, unknown>): Promise<ConfirmedDelegate> {
  const response = await t.request('POST', `/events/${slug}/registrations`, { body });
  expect(response.statusCode).toBe(201);
  expect(response.body.state).toBe('confirmed');
  const [{ secret }] = await t.app
    .get(DataSource)
    .query(`SELECT secret FROM notifications WHERE about->>'registrationId' = $1 AND secret IS NOT NULL ORDER BY created_at DESC LIMIT 1`, [response.body.id]);
  return { id: response.body.id, badgeCode: response.body.badgeCode, fullName: response.body.fullName, token: secret };
}
