import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const hour = 3600_000;

/** The options of a select, as [value, label], without the "choose" placeholder. */
const options = (page: Page, label: string) =>
  page
    .getByLabel(label)
    .first()
    .evaluate((select: HTMLSelectElement) =>
      [...select.options].filter((option) => option.value).map((option): [string, string] => [option.value, option.text.trim()]),
    );

describe('the registration form: UN country names, and only the languages shipped whole', () => {
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 10 }));
    // The demo conference was in 2024: open its registration now so the form shows.
    const now = Date.now();
    const capacity = ((await web.request('GET', `/events/${DEMO}/registration-settings`)).body.confirmedCount ?? 0) + 50;
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: await web.adminToken(),
      body: { opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 24 * hour).toISOString(), capacity, privacyNoticeVersion: '2024-1' },
    });
    expect(settings.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('offers member states by their UN short names, no observer or territory, and only the languages shipped whole (English, Thai, Vietnamese)', async () => {
    const context = await openContext(browser, web);
    const page = await context.newPage();
    await page.goto(`/events/${DEMO}/register`);
    await page.getByLabel('Full name').waitFor();

    const countries = new Map(await options(page, 'Country'));
    expect(countries.size).toBe(193);
    expect(['VN', 'KR', 'LA', 'MM', 'TR'].map((code) => countries.get(code))).toEqual([
      'Viet Nam',
      'Republic of Korea',
      "Lao People's Democratic Republic",
      'Myanmar',
      'Türkiye',
    ]);
    for (const place of ['PS', 'VA', 'TW', 'HK', 'MO']) expect(countries.has(place)).toBe(false);
    expect([...countries.values()]).not.toContain('Vietnam');

    expect(await options(page, 'Preferred language for emails')).toEqual([
      ['en', 'English'],
      ['th', 'ภาษาไทย'],
      ['vi', 'Tiếng Việt'],
    ]);
    await screenshot(page, 'register-countries-desktop-en');
    await context.close();
  });

  it('names the same countries in Vietnamese on a phone', async () => {
    const context = await openContext(browser, web, { language: 'vi', phone: true });
    const page = await context.newPage();
    await page.goto(`/events/${DEMO}/register`);
    await page.getByLabel('Quốc gia').first().waitFor();
    const countries = new Map(await options(page, 'Quốc gia'));
    expect(['VN', 'KR', 'LA', 'TH'].map((code) => countries.get(code))).toEqual(['Việt Nam', 'Hàn Quốc', 'Lào', 'Thái Lan']);
    expect((await options(page, 'Ngôn ngữ nhận email')).map(([value]) => value)).toEqual(['en', 'th', 'vi']);
    expect(await page.getByLabel('Ngôn ngữ nhận email').first().inputValue()).toBe('vi');
    await screenshot(page, 'register-countries-phone-vi');
    await context.close();
  });
});
