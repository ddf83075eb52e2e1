import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

describe('web app shell (npm start serves it)', () => {
  let web: WebApp;
  let browser: Browser;
  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 12 }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('gives browsers the page and programs the API on the same path', async () => {
    const page = await fetch(`${web.baseUrl}/events/${DEMO}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');

    const json = await web.request('GET', `/events/${DEMO}`);
    expect(json.status).toBe(200);
    expect(json.body.slug).toBe(DEMO);

    // The scripts the page loads are served compressed and cached for good (their names change with their content).
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${web.baseUrl}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    // Read to the end: a response left unread keeps its connection busy, and the api waits for it when stopping.
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(10_000);

    // Paths that are neither pages nor API stay the API's JSON 404.
    const missing = await fetch(`${web.baseUrl}/no-such-thing`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { statusCode: number }).statusCode).toBe(404);
  });

  it('lists the demo event and remembers the chosen language', async () => {
    const context = await openContext(browser, web);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: /ASEAN\+3/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Events');

    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { level: 1, name: 'Sự kiện' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sự kiện' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await screenshot(page, 'app-shell-home-vi');
    await context.close();
  });

  it('shows the loading text in the reader’s language while a page’s words are on their way, never English', async () => {
    for (const [language, loading, dates] of [
      ['th', 'กำลังโหลด…', 'วันที่จัดงาน'],
      ['vi', 'Đang tải…', 'Thời gian'],
      ['en', 'Loading…', 'Dates'],
    ] as const) {
      const context = await openContext(browser, web, { language });
      const page = await context.newPage();
      await page.goto('/');
      // The home page names the event in the reader's language: the link is found by where it goes.
      const event = page.locator(`main a[href="/events/${DEMO}"]`);
      await event.waitFor();
      // Each area's messages are a chunk of their own, fetched with the first page that reads them: held back here.
      let release!: () => void;
      const held = new Promise<void>((done) => (release = done));
      let asked!: () => void;
      const requested = new Promise<void>((done) => (asked = done));
      // On the context, not the page: the desk's service worker may be the one fetching (Chromium routes its requests here).
      await context.route(/\/assets\/messages-[^/]+\.js$/, async (route) => {
        asked();
        await held;
        await route.continue();
      });
      await event.click();
      await page.waitForURL(/\/events\/[^/]+$/);
      // The page's chunk came first; its words are asked for once it renders, and until they come it says it is loading.
      await requested;
      await page.getByRole('main').getByText(loading).waitFor();
      expect((await page.getByRole('main').innerText()).trim()).toBe(loading);
      release();
      await page.getByRole('main').getByText(dates, { exact: true }).waitFor();
      await context.close();
    }
  });
});
