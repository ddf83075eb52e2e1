import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser, Page } from 'playwright-core';
import { strings, untranslated, visibleTexts } from './support/untranslated.js';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const hour = 3600_000;
const EMAIL = 'somchai.jaidee@bangkok.example.org';

/**
 * A Thai delegate follows the link in their Thai mail from a browser set to English, and reads the
 * event, the timetable and their private page in Thai: every text node that differs from nothing but
 * names and numbers, compared with the English rendering of the same pages.
 */
describe('a Thai delegate reads the event in Thai (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let token: string;
  let link: URL;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 8 }));
    const admin = await web.adminToken();
    const now = Date.now();
    const taken = (await web.request('GET', `/events/${DEMO}/registration-settings`)).body.confirmedCount ?? 0;
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: admin,
      body: {
        opensAt: new Date(now - hour).toISOString(),
        closesAt: new Date(now + 24 * hour).toISOString(),
        capacity: taken + 50,
        approvalRequired: false,
        privacyNoticeVersion: '2024-1',
      },
    });
    expect(settings.status).toBe(200);
    const categories = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body as { code: string }[];
    if (!categories.some((category) => category.code === 'delegate'))
      expect(
        (await web.request('POST', `/events/${DEMO}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'City delegate' } })).status,
      ).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('mails a Thai delegate in Thai, with a link that opens the pages in Thai', async () => {
    const registered = await web.request('POST', `/events/${DEMO}/registrations`, {
      body: {
        fullName: 'สมชาย ใจดี',
        title: 'ผู้อำนวยการกองการศึกษา',
        organisation: 'กรุงเทพมหานคร',
        city: 'กรุงเทพมหานคร',
        country: 'TH',
        email: EMAIL,
        language: 'th',
        category: 'delegate',
        consent: { privacyNoticeVersion: '2024-1', accepted: true },
      },
    });
    expect(registered.status).toBe(201);
    const mail = await expectEventually(() => {
      const [received] = web.smtp.to(EMAIL);
      expect(received).toBeDefined();
      return received;
    });
    expect(mail.parsed.headers.get('content-language')).toBe('th');
    expect(mail.parsed.text).toContain('เรียน สมชาย ใจดี');
    expect(mail.parsed.text).toContain('ขอแสดงความนับถือ');
    // The event's dates in the Buddhist era, as th-TH gives them (the demo conference: 29–31 October 2024).
    expect(mail.parsed.text).toMatch(/ตุลาคม 2567/);
    const manage = /href="([^"]*\/manage\/[^"]+)"/.exec(mail.parsed.html as string)![1].replace(/&amp;/g, '&');
    link = new URL(manage);
    expect(link.searchParams.get('lang')).toBe('th');
    token = /\/manage\/([\w-]+)/.exec(link.pathname)![1];

    const mailView = await (await openContext(browser, web)).newPage();
    await mailView.setContent(mail.parsed.html as string);
    await mailView.locator('[data-part="footer"]').waitFor();
    await screenshot(mailView, 'thai-delegate-mail-th');
    await mailView.context().close();
  });

  it('shows the private page, the event and the timetable in Thai, leaving only names and numbers as in English', async () => {
    const data = [
      ...strings((await web.request('GET', `/events/${DEMO}`)).body),
      ...strings((await web.request('GET', `/events/${DEMO}/programme`)).body),
      ...strings((await web.request('GET', `/registrations/manage/${token}`)).body),
      ...strings((await web.request('GET', `/events/${DEMO}/gnlc-members`)).body),
      // Proper names the Thai text keeps as they are.
      'UNESCO',
      'GNLC',
    ];

    const pages = [
      { name: 'manage', path: `/manage/${token}`, ready: 'h1' },
      { name: 'event', path: `/events/${DEMO}`, ready: 'h1' },
      { name: 'timetable', path: `/events/${DEMO}/timetable`, ready: 'h1' },
    ];
    const read = async (page: Page, path: string) => {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      // The bundled Thai face loads when the first Thai letter is drawn: wait for it before the pictures.
      await page.evaluate(() => document.fonts.ready);
      return visibleTexts(page);
    };

    const englishContext = await openContext(browser, web, { language: 'en' });
    const englishPage = await englishContext.newPage();
    const english = new Map<string, Set<string>>();
    for (const { name, path } of pages) english.set(name, new Set(await read(englishPage, path)));
    await englishContext.close();

    // An English browser and device: the mailed link's ?lang=th wins, and stays for the next pages.
    const context = await openContext(browser, web, { language: 'en' });
    const page = await context.newPage();
    const missed: string[] = [];
    for (const [index, { name, path }] of pages.entries()) {
      const thai = await read(page, index === 0 ? `${link.pathname}${link.search}` : path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
      missed.push(...untranslated(thai, english.get(name)!, data).map((text) => `${name}: ${text}`));
      expect(thai.join(' ')).toMatch(/\p{Script=Thai}/u);
      await screenshot(page, `thai-delegate-${name}-desktop-th`);
    }
    expect(missed).toEqual([]);
    await context.close();

    const phone = await openContext(browser, web, { language: 'th', phone: true });
    const phonePage = await phone.newPage();
    for (const { name, path } of pages) {
      await read(phonePage, path);
      await screenshot(phonePage, `thai-delegate-${name}-phone-th`);
    }
    await phone.close();
  });
});
