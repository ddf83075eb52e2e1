import { expect } from '@jest/globals';
import { DateTime } from 'luxon';
import type { TestApp } from './test-app.js';

/** A two-day Bangkok conference held in English, Vietnamese and Thai, as the award and translation suites need one. */
export async function createTrilingualEvent(t: TestApp, token: string, slug: string, startDate: string): Promise<void> {
  const created = await t.request('POST', '/events', {
    token,
    body: {
      slug,
      name: 'ASEAN+3 Regional Conference on Learning Cities',
      city: 'Bangkok',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
      startDate,
      endDate: DateTime.fromISO(startDate).plus({ days: 1 }).toISODate(),
      languages: ['en', 'vi', 'th'],
    },
  });
  expect(created.statusCode).toBe(201);
}
