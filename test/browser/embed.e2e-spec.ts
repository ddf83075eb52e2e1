import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, SCREENSHOTS, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** A stand-in for the organiser's own website, on another origin than Plenary, with the snippet from the settings page. */
function startOrganiserSite(plenary: string): Promise<Server> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Learning cities</title></head>
<body><h1>Our conference</h1><p>Programme below.</p>
<script src="${plenary}/embed.js" data-event="${DEMO}" data-accent="#aa3300" data-lang="vi" data-view="list" data-title="Timetable" async></script>
<footer>Organiser's footer</footer></body></html>`;
  // Where scripts are not allowed: the plain iframe, dark and in the grid view.
  const frame = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dark</title></head>
<body style="background:#111"><iframe src="${plenary}/events/${DEMO}/embed?theme=dark" title="Dark timetable" style="width:100%;height:900px;border:0"></iframe></body></html>`;
  const server = createServer((request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(request.url === '/iframe' ? frame : html),
  );
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the timetable embedded on an organiser’s website', () => {
  let web: WebApp;
  let browser: Browser;
  let site: Server;
  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 5 }));
    site = await startOrganiserSite(web.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => site?.close(resolve));
    await browser?.close();
    await web?.close();
  });

  it('lets any site frame the embed page and no other page', async () => {
    const html = { accept: 'text/html' };
    const embed = await fetch(`${web.baseUrl}/events/${DEMO}/embed?view=list`, { headers: html });
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    await embed.text();
    for (const path of [`/events/${DEMO}/timetable`, `/events/${DEMO}`, '/organiser', '/login']) {
      const page = await fetch(`${web.baseUrl}${path}`, { headers: html });
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      await page.text();
    }
    const script = await fetch(`${web.baseUrl}/embed.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('plenary:embed-height');
  });

  it('shows the sessions inside the frame, themed, sized to its content, opening sessions in a new tab', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const { port } = site.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const iframe = page.locator('iframe[title="Timetable"]');
    await iframe.waitFor();
    const frame = page.frameLocator('iframe[title="Timetable"]');
    // Vietnamese and the list view, as the snippet asked; none of the site's own header or navigation.
    const heading = frame.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Lịch trình');
    const results = frame.locator('.tt-result');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(3);
    expect(await frame.locator('.site-header, nav[aria-label]').count()).toBe(0);
    const accent = await frame.locator('html').evaluate((element) => getComputedStyle(element).getPropertyValue('--accent').trim());
    expect(accent).toBe('#aa3300');

    // The page around it gets the frame's height: taller than the script's 640 px start, and nothing scrolls inside.
    await page.waitForFunction(() => {
      const element = document.querySelector('iframe')!;
      return element.getBoundingClientRect().height > 700;
    });
    const heights = await page.evaluate(() => {
      const element = document.querySelector('iframe')!;
      return { frame: element.getBoundingClientRect().height, content: element.contentDocument === null };
    });
    expect(heights.content).toBe(true);
    await screenshot(page, 'embed-01-organiser-site');
    await page.setViewportSize({ width: 360, height: 740 });
    await frame.locator('.tt-result').first().waitFor();
    await screenshot(page, 'embed-01b-organiser-site-phone');
    await page.setViewportSize({ width: 1100, height: 800 });

    // A session's link opens its page on Plenary in a new tab; the organiser's page stays.
    const [opened] = await Promise.all([context.waitForEvent('page'), results.first().getByRole('link').first().click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(new RegExp(`^${web.baseUrl}/events/${DEMO}/sessions/`));
    expect(page.url()).toBe(`http://127.0.0.1:${port}/`);
    await context.close();
  });

  it('works as a plain iframe too, in the dark theme and the grid', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 } });
    const page = await context.newPage();
    const { port } = site.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/iframe`);
    const frame = page.frameLocator('iframe[title="Dark timetable"]');
    const session = frame.locator('.tt-grid .tt-session').first();
    await session.waitFor();
    expect(await frame.locator('html').evaluate((element) => element.classList.contains('embed-dark'))).toBe(true);
    await screenshot(page, 'embed-02-iframe-dark');
    const [opened] = await Promise.all([context.waitForEvent('page'), session.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(new RegExp(`/events/${DEMO}/sessions/`));
    await context.close();
  });

  it('gives the organiser the code to paste, on the event settings page', async () => {
    const context = await openContext(browser, web, { token: await web.adminToken(), language: 'vi' });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/settings`);
    const code = page.locator('#embed-code');
    await code.waitFor();
    await page.locator('#embed-view').selectOption('list');
    const snippet = await code.inputValue();
    expect(snippet).toContain(`${web.baseUrl}/embed.js`);
    expect(snippet).toContain(`data-event="${DEMO}"`);
    expect(snippet).toContain('data-view="list"');
    await page.locator('section[aria-labelledby="embed-heading"]').screenshot({ path: join(SCREENSHOTS, 'embed-03-settings-vi.png') });
    await context.close();
  });
});
