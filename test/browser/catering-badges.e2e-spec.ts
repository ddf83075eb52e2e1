import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** An organiser lists the meals served and reads the caterer's counts by dietary need, and chooses how badges print, in English and Vietnamese. */
describe('catering and badges in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 12 }));
    admin = await web.adminToken();
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: admin,
      body: { opensAt: '2026-01-01T00:00:00+07:00', closesAt: '2027-12-31T23:59:59+07:00', capacity: 4000, approvalRequired: false },
    });
    expect(settings.status).toBe(200);
    const { privacyNoticeVersion } = (await web.request('GET', `/events/${DEMO}/registration-settings`)).body;
    const category = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body[0].code;
    for (const [fullName, email, dietaryChoices, dietaryNeeds] of [
      ['Siti Aminah', 'siti@catering.test', ['halal'], ''],
      ['Lê Văn Nam', 'nam@catering.test', [], 'No coriander'],
    ] as const) {
      const accessibilityChoices = dietaryNeeds ? ['wheelchair'] : [];
      const body = {
        fullName,
        email,
        country: 'MY',
        language: 'en',
        category,
        dietaryChoices,
        dietaryNeeds,
        accessibilityChoices,
        consent: { privacyNoticeVersion, accepted: true },
      };
      expect((await web.request('POST', `/events/${DEMO}/registrations`, { body })).status).toBe(201);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('adds a lunch and a dinner, shows the plates per dietary need, and removes a meal after asking', async () => {
    const event = (await web.request('GET', `/events/${DEMO}`)).body;
    const expected = (await web.request('GET', `/events/${DEMO}/registration-counts`, { token: admin })).body.byState.confirmed;
    const page = await (await openContext(browser, web, { token: admin })).newPage();
    await page.goto(`/organiser/events/${DEMO}`);
    await page.getByRole('link', { name: 'Catering' }).click();
    await page.getByText('No meal yet').waitFor();

    const form = page.getByRole('form', { name: 'Add a meal' });
    await form.getByLabel(/^Meal/).selectOption({ label: 'Lunch' });
    await form.getByLabel(/^Venue/).fill('Terrace restaurant');
    await form.getByRole('button', { name: 'Add the meal' }).click();
    const lunch = page.getByRole('table', { name: /Lunch · Terrace restaurant/ });
    await lunch.waitFor();
    await form.getByLabel(/^Day/).selectOption(event.endDate);
    await form.getByLabel(/^Meal/).selectOption({ label: 'Dinner' });
    await form.getByRole('button', { name: 'Add the meal' }).click();
    await page.getByRole('table', { name: /Dinner/ }).waitFor();

    await lunch.getByRole('cell', { name: 'No special needs' }).waitFor();
    await lunch.getByRole('cell', { name: 'Halal', exact: true }).waitFor();
    await lunch.getByRole('cell', { name: 'Other (see registrations)' }).waitFor();
    await page.getByRole('table', { name: 'Accessibility needs' }).getByRole('cell', { name: 'Wheelchair access' }).waitFor();
    expect(
      await lunch
        .getByRole('row', { name: /^Total/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe(String(expected));
    await screenshot(page, 'catering-organiser');
    const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the accessibility counts (CSV)' }).click()]);
    expect(sheet.suggestedFilename()).toBe('accessibility.csv');
    expect(readFileSync(await sheet.path(), 'utf8')).toMatch(/^\uFEFFaccessibilityNeed,confirmed\r\n(.+\r\n)*wheelchair,\d+\r\n/);

    await page.getByRole('button', { name: 'Remove' }).last().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('table', { name: /Dinner/ }).waitFor({ state: 'detached' });
    // One meal left, beside the accessibility counts.
    expect(await page.getByRole('table', { name: / · / }).count()).toBe(1);

    const vi = await (await openContext(browser, web, { token: admin, language: 'vi', phone: true })).newPage();
    await vi.goto(`/organiser/events/${DEMO}/catering`);
    await vi.getByRole('heading', { name: 'Ăn uống', level: 1 }).waitFor();
    await vi.getByRole('cell', { name: 'Không có yêu cầu đặc biệt' }).first().waitFor();
    await vi.getByRole('cell', { name: 'Ăn chay' }).first().waitFor();
    await screenshot(vi, 'catering-organiser-vi-phone');
  });

  it('chooses CR80 cards with the title before the name, ten to an A4 sheet', async () => {
    const page = await (await openContext(browser, web, { token: admin })).newPage();
    await page.goto(`/organiser/events/${DEMO}`);
    await page.getByRole('link', { name: 'Badges' }).click();
    const form = page.getByRole('form', { name: 'Badge layout' });
    await form.getByLabel(/^Size/).selectOption({ label: 'Card CR80 (85.6 × 54 mm)' });
    await form.getByLabel('Organisation').uncheck();
    await form.getByLabel(/Title \(H\.E\./).check();
    await form.getByLabel(/Several badges on each A4 sheet/).check();
    await form.getByLabel(/Dietary icons \(V vegetarian/).check();
    await form.getByRole('button', { name: 'Save the layout' }).click();
    await form.getByRole('status').filter({ hasText: 'Layout saved.' }).waitFor();
    await form.getByText('10 badges on each A4 sheet.').waitFor();
    expect((await web.request('GET', `/events/${DEMO}/badge-layout`, { token: admin })).body).toEqual({
      size: 'cr80',
      fields: ['honorific', 'country', 'category', 'qr', 'dietary-icons'],
      sheet: true,
      perSheet: 10,
    });
    await screenshot(page, 'badges-organiser');

    const vi = await (await openContext(browser, web, { token: admin, language: 'vi', phone: true })).newPage();
    await vi.goto(`/organiser/events/${DEMO}/badges`);
    await vi.getByRole('heading', { name: 'Thẻ đại biểu', level: 1 }).waitFor();
    expect(await vi.getByLabel('Khổ thẻ').inputValue()).toBe('cr80');
    await screenshot(vi, 'badges-organiser-vi-phone');
  });
});
