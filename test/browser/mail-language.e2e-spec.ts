import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser, Page } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const EMAIL = 'pham.thi.hoa@haiphong.example.org';
const PASSWORD = 'hoa password 2024';

/** English words of the event page that a Vietnamese page must not show. */
const ENGLISH_EVENT_PAGE = ['Register to attend', 'View the timetable', 'About the event', 'Time zone', 'Organiser'];

describe('the reader language wins (browser)', () => {
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 7 }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

  it('opens the link of a Vietnamese mail in Vietnamese in an English browser, and remembers it', async () => {
    const created = await web.request('POST', '/users', {
      token: await web.adminToken(),
      body: { email: EMAIL, displayName: 'Phạm Thị Hoa', language: 'vi', password: PASSWORD },
    });
    expect(created.status).toBe(201);
    expect(
      (await web.request('POST', `/events/${DEMO}/roles`, { token: await web.adminToken(), body: { userId: created.body.id, role: 'delegate' } })).status,
    ).toBe(200);
    const mail = await expectEventually(() => {
      const [received] = web.smtp.to(EMAIL);
      expect(received).toBeDefined();
      return received;
    });
    expect(mail.parsed.headers.get('content-language')).toBe('vi');
    const button = /<p data-part="button"[^>]*><a href="([^"]+)"/.exec(mail.parsed.html as string)![1].replace(/&amp;/g, '&');
    const link = new URL(button);
    expect(link.pathname).toBe(`/events/${DEMO}`);
    expect(link.searchParams.get('lang')).toBe('vi');

    const mailView = await (await openContext(browser, web, { language: 'en' })).newPage();
    await mailView.setContent(mail.parsed.html as string);
    await mailView.locator('[data-part="footer"]').waitFor();
    await screenshot(mailView, 'mail-language-role-granted-mail-vi');
    await mailView.context().close();

    // English browser, and English already chosen on this device.
    const context = await openContext(browser, web, { language: 'en' });
    const page = await context.newPage();
    await page.goto(link.pathname + link.search);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('.language-switch select').waitFor();
    expect(await pageLanguage(page)).toBe('vi');
    expect(new URL(page.url()).search).toBe('');
    const text = await page.locator('main').innerText();
    for (const english of ENGLISH_EVENT_PAGE) expect(text).not.toContain(english);
    await screenshot(page, 'mail-language-event-vi');

    // The choice stays on this device without the link's parameter.
    await page.goto(`/events/${DEMO}/timetable`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await pageLanguage(page)).toBe('vi');
    await context.close();
  });

  it('shows a signed-in person their saved language when nothing was chosen on the device, and saves the switch to their account', async () => {
    const token = await web.login(EMAIL, PASSWORD);
    const context = await openContext(browser, web, { token, language: 'en' });
    const page = await context.newPage();
    await page.goto('/');
    await page.evaluate(() => localStorage.removeItem('plenary.lang'));
    await page.goto(`/events/${DEMO}`);
    await expectEventually(async () => expect(await pageLanguage(page)).toBe('vi'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Register to attend');

    await page.locator('.language-switch select').selectOption('en');
    await page.getByText('Register to attend').waitFor();
    await expectEventually(async () => expect((await web.request('GET', '/auth/me', { token })).body.language).toBe('en'));
    await context.close();
  });

  it('says in Vietnamese, on a phone, that an unsubscribe link is not valid', async () => {
    const context = await openContext(browser, web, { language: 'en', phone: true });
    const page = await context.newPage();
    await page.goto('/unsubscribe?token=not-a-valid-token&lang=vi');
    await page.getByText('Đường dẫn hủy nhận thư này không hợp lệ', { exact: false }).waitFor();
    expect(await pageLanguage(page)).toBe('vi');
    await screenshot(page, 'mail-language-unsubscribe-invalid-vi-phone');
    await context.close();
  });
});
