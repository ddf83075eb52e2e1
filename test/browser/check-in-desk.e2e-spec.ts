import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const SLUG = 'desk-today';
const ZONE = 'Asia/Bangkok';
const LOCAL = "yyyy-MM-dd'T'HH:mm";

/** A desk whose network fails: scans recorded offline reach the server once the network is back. */
describe('the check-in desk offline', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  const codes: string[] = [];

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 8 }));
    admin = await web.adminToken();
    const today = DateTime.now().setZone(ZONE);
    const event = await web.request('POST', '/events', {
      token: admin,
      body: {
        slug: SLUG,
        name: 'Learning Cities Forum',
        city: 'Bangkok',
        country: 'TH',
        timeZone: ZONE,
        startDate: today.minus({ days: 1 }).toISODate(),
        endDate: today.plus({ days: 1 }).toISODate(),
        languages: ['en', 'vi'],
      },
    });
    expect(event.status).toBe(201);
    const settings = await web.request('PUT', `/events/${SLUG}/registration-settings`, {
      token: admin,
      body: { opensAt: today.minus({ days: 2 }).toISO(), closesAt: today.plus({ days: 2 }).toISO(), capacity: 50, privacyNoticeVersion: '2024-1' },
    });
    expect(settings.status).toBe(200);
    expect(
      (await web.request('POST', `/events/${SLUG}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'City delegate' } })).status,
    ).toBe(201);
    for (const [fullName, email] of [
      ['Nguyễn Văn Đức', 'duc@desk.test'],
      ['Somchai Prasert', 'somchai@desk.test'],
      ['Kim Min-jun', 'minjun@desk.test'],
    ]) {
      const registered = await web.request('POST', `/events/${SLUG}/registrations`, {
        body: { fullName, email, country: 'VN', language: 'en', category: 'delegate', consent: { privacyNoticeVersion: '2024-1', accepted: true } },
      });
      expect(registered.status).toBe(201);
      codes.push(registered.body.badgeCode);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('records three scans offline, finds a name typed without diacritics, and counts them once the network is back', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${SLUG}/check-in`);
    await page.getByLabel(/^Name of this desk/).fill('Desk B');
    await page.getByRole('button', { name: 'Prepare this desk' }).click();
    await page.getByRole('heading', { name: 'Desk: Desk B' }).waitFor();
    await page.getByText(/List of badges from .* \(3 badges\)/).waitFor();

    await context.setOffline(true);
    await page.getByText('Offline: scans are kept on this device').waitFor();
    const code = page.getByRole('textbox', { name: /^Badge code/ });
    for (const badgeCode of codes.slice(0, 2)) {
      await code.fill(badgeCode);
      await page.getByRole('button', { name: 'Check in', exact: true }).click();
      await page.getByText(/^Recorded offline at/).waitFor();
    }
    // The same badge again at this desk: said so, and not queued twice.
    await code.fill(codes[0]);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText(/Already scanned at this desk/).waitFor();
    // The third by name, typed without diacritics, from the desk's own list.
    await code.fill('kim min');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByRole('button', { name: 'Check in Kim Min-jun' }).click();
    await page.getByText('3 scans waiting to be sent').waitFor();
    await screenshot(page, 'check-in-desk-offline');
    const whileOffline = await web.request('GET', `/events/${SLUG}/check-ins/summary`, { token: admin });
    expect(whileOffline.body.checkedInAnyDay).toBe(0);

    await context.setOffline(false);
    await page.getByText('0 scans waiting to be sent').waitFor();
    await page.getByText('3 sent from this desk').waitFor();
    await expectEventually(async () => expect((await web.request('GET', `/events/${SLUG}/check-ins/summary`, { token: admin })).body.checkedInAnyDay).toBe(3));
    // Online again, a scan names the desk that was first.
    await code.fill(codes[1]);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText(/First checked in at .* at Desk B\./).waitFor();
    await screenshot(page, 'check-in-desk-back-online');
    await context.close();
  });

  it('reloads offline through the service worker, scans at a session’s door, syncs, and prints a replacement badge', async () => {
    const now = DateTime.now().setZone(ZONE).startOf('minute');
    const session = await web.request('POST', `/events/${SLUG}/sessions`, {
      token: admin,
      body: {
        type: 'workshop',
        title: { en: 'Cities that learn', vi: 'Thành phố học tập' },
        start: now.minus({ minutes: 30 }).toFormat(LOCAL),
        end: now.plus({ hours: 1 }).toFormat(LOCAL),
      },
    });
    expect([session.status, session.status === 201 ? '' : JSON.stringify(session.body)]).toEqual([201, '']);
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${SLUG}/check-in`);
    await page.getByLabel(/^Name of this desk/).fill('Door 3');
    await page.getByRole('button', { name: 'Prepare this desk' }).click();
    await page.getByRole('heading', { name: 'Desk: Door 3' }).waitFor();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await expectEventually(async () =>
      expect(await page.evaluate(async () => !!(await caches.match('/__desk/shell')) && !!(await caches.match('/auth/me')))).toBe(true),
    );
    await page.getByLabel('Scanning at').selectOption(session.body.id);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Desk: Door 3' }).waitFor();
    await page.getByText('Offline: scans are kept on this device').waitFor();
    const code = page.getByRole('textbox', { name: /^Badge code/ });
    await code.fill(codes[2]);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText(/^Attendance recorded at .*: Cities that learn/).waitFor();
    await page.getByText('1 scan waiting to be sent').waitFor();
    await screenshot(page, 'check-in-desk-door-offline');

    await context.setOffline(false);
    await page.getByText('0 scans waiting to be sent').waitFor();
    await expectEventually(async () =>
      expect((await web.request('GET', `/events/${SLUG}/check-ins/sessions`, { token: admin })).body.items[0]).toMatchObject({ attended: 1 }),
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Print a replacement badge' }).click();
    expect((await download).suggestedFilename()).toMatch(/^badge-.*\.pdf$/);
    await page.getByText('Replacement badge printed (1 so far).').waitFor();
    await page.getByRole('heading', { name: 'Attendance per session' }).waitFor();
    await screenshot(page, 'check-in-desk-door-back-online');
    await context.close();
  });
});
