import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const NAV = [
  'Dashboard',
  'Settings',
  'People',
  'Registration form',
  'Delegates',
  'Delegations',
  'Hotels and travel',
  'Catering',
  'Visas and passport data',
  'Programme',
  'Speakers & slides',
  'Badges',
  'Check-in',
  'Messages',
  'Automatic mails and reminders',
  'Awards',
];

/** The organiser's frame (side navigation, confirmations) and the delegates' records, driven as the platform admin. */
describe('organiser layout and delegate records', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let category: string;
  let privacyNoticeVersion: string;
  let timeZone: string;

  const register = async (fullName: string, email: string, extra: Record<string, unknown> = {}) => {
    const response = await web.request('POST', `/events/${DEMO}/registrations`, {
      body: { fullName, email, country: 'VN', language: 'vi', category, consent: { privacyNoticeVersion, accepted: true }, ...extra },
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; state: string };
  };
  const stateOf = async (id: string) => (await web.request('GET', `/events/${DEMO}/registrations/${id}`, { token: admin })).body.state;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 6 }));
    admin = await web.adminToken();
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: admin,
      body: { opensAt: '2026-01-01T00:00:00+07:00', closesAt: '2027-12-31T23:59:59+07:00', capacity: 300, approvalRequired: true },
    });
    expect(settings.status).toBe(200);
    privacyNoticeVersion = settings.body.privacyNoticeVersion;
    const categories = await web.request('GET', `/events/${DEMO}/registration-categories`);
    category = categories.body[0].code;
    timeZone = (await web.request('GET', `/events/${DEMO}`)).body.timeZone;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const open = async (options: { language?: 'en' | 'vi'; phone?: boolean } = {}): Promise<Page> =>
    (await openContext(browser, web, { token: admin, ...options })).newPage();

  const navLinks = (page: Page) => page.getByRole('navigation', { name: /Organiser pages|Các trang của Ban Tổ chức/ }).getByRole('link');

  it('shows the same side navigation on every organiser page, the programme and awards included', async () => {
    const page = await open();
    for (const [path, current] of [
      ['', 'Dashboard'],
      ['/programme', 'Programme'],
      ['/awards', 'Awards'],
      ['/delegates', 'Delegates'],
    ]) {
      await page.goto(`/organiser/events/${DEMO}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await navLinks(page).allTextContents()).toEqual(NAV);
      expect(await page.locator('nav a[aria-current="page"]').allTextContents()).toEqual([current]);
    }
    await page.getByRole('link', { name: 'Programme', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Programme' }).waitFor();
    await screenshot(page, 'organiser-layout-programme');
    await page.context().close();

    const vi = await open({ language: 'vi' });
    await vi.goto(`/organiser/events/${DEMO}/awards`);
    await vi.getByRole('link', { name: 'Diễn giả và bài trình chiếu' }).waitFor();
    expect(await navLinks(vi).count()).toBe(NAV.length);
    await screenshot(vi, 'organiser-layout-awards-vi');
    await vi.context().close();
  });

  it('folds the navigation into a menu on a phone', async () => {
    const page = await open({ phone: true });
    await page.goto(`/organiser/events/${DEMO}/check-in`);
    const menu = page.getByRole('button', { name: /^Menu/ });
    await menu.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Delegations' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'organiser-layout-phone-menu');
    await page.getByRole('link', { name: 'Delegations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Delegations' }).waitFor();
    // Choosing a page closes the menu again.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();

    const vi = await open({ phone: true, language: 'vi' });
    await vi.goto(`/organiser/events/${DEMO}/check-in`);
    await vi.getByRole('button', { name: /^Danh mục/ }).click();
    await screenshot(vi, 'organiser-layout-phone-menu-vi');
    await vi.context().close();
  });

  it('approves the selected delegates at once, after asking in the app’s own dialog', async () => {
    const first = await register('Phạm Văn Đức', 'duc.pham@danang.example');
    const second = await register('Võ Thị Mai', 'mai.vo@danang.example');
    const page = await open();
    let browserDialogs = 0;
    page.on('dialog', () => browserDialogs++);
    await page.goto(`/organiser/events/${DEMO}/delegates?state=pending&q=danang.example`);
    await page.getByRole('checkbox', { name: 'Select Phạm Văn Đức' }).check();
    await page.getByRole('checkbox', { name: 'Select Võ Thị Mai' }).check();
    const bar = page.getByRole('region', { name: 'Action on the selected registrations' });
    await bar.getByText('2 registrations selected').waitFor();
    await bar.getByRole('button', { name: 'Approve selected' }).click();

    const dialog = page.getByRole('dialog', { name: 'Approve 2 registrations?' });
    await dialog.waitFor();
    // The safe answer has the focus, Tab stays inside, and Esc says no.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await screenshot(page, 'organiser-layout-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect([await stateOf(first.id), await stateOf(second.id)]).toEqual(['pending', 'pending']);

    await bar.getByRole('button', { name: 'Approve selected' }).click();
    await dialog.getByRole('button', { name: 'Approve 2' }).click();
    await page.getByText('2 registrations approved.').waitFor();
    expect([await stateOf(first.id), await stateOf(second.id)]).toEqual(['confirmed', 'confirmed']);
    expect(browserDialogs).toBe(0);
    await page.context().close();
  });

  it('gives the organiser a button for each document: badges for the filter, a visa letter, the AV team’s slides zips', async () => {
    const page = await open();
    const fileOf = async (button: ReturnType<Page['getByRole']>) => {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };

    await page.goto(`/organiser/events/${DEMO}/delegates?state=confirmed&country=VN`);
    await page.getByRole('rowheader').first().waitFor();
    const badges = await fileOf(page.getByRole('button', { name: 'Badges (PDF)' }));
    expect(badges.name).toMatch(/badges.*\.pdf$/);
    expect(badges.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const traveller = await register('Ngô Thị Lan', 'lan.ngo@cantho.example', {
      visaLetterNeeded: true,
      protocol: {
        passportName: 'NGO THI LAN',
        nationality: 'VN',
        dateOfBirth: '1985-09-02',
        passportNumber: 'C7654321',
        passportExpiry: '2031-06-30',
        consulate: 'Embassy of the Kingdom of Thailand, Hanoi',
      },
    });
    expect((await web.request('POST', `/events/${DEMO}/registrations/${traveller.id}/approve`, { token: admin })).status).toBe(200);
    await page.goto(`/organiser/events/${DEMO}/delegates/${traveller.id}`);
    const letter = await fileOf(page.getByRole('button', { name: 'Visa letter (PDF)' }));
    expect(letter.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(`/organiser/events/${DEMO}/slides`);
    const day = await fileOf(page.getByRole('button', { name: 'All slides of Tue 29 Oct (zip)' }));
    expect(day.name).toMatch(/2024-10-29.*\.zip$/);
    expect(day.bytes.subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('button', { name: 'Plenary Hall (zip)' }).first().waitFor();
    await screenshot(page, 'organiser-layout-slides-zips');
    await page.context().close();
  });

  it('opens a delegate’s record to correct it, and shows its history in the event’s time zone whatever the browser’s', async () => {
    const delegate = await register('Đỗ Văn Hùng', 'hung.do@haiphong.example');
    // A browser in New York with US English: the page still speaks the event's zone, in the page language's format.
    const context: BrowserContext = await browser.newContext({
      baseURL: web.baseUrl,
      locale: 'en-US',
      timezoneId: 'America/New_York',
      viewport: { width: 1280, height: 900 },
    });
    await context.addInitScript((token) => {
      if (localStorage.getItem('plenary.seeded')) return;
      localStorage.setItem('plenary.seeded', '1');
      localStorage.setItem('plenary.lang', 'en');
      localStorage.setItem('plenary.token', token);
    }, admin);
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/delegates?q=haiphong.example`);
    await page.getByRole('link', { name: 'Đỗ Văn Hùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Delegate record' }).waitFor();
    expect(await page.locator('nav a[aria-current="page"]').allTextContents()).toEqual(['Delegates']);

    await page.getByLabel('Organisation').fill('Sở Giáo dục và Đào tạo Hải Phòng');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The changes are saved.').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Record changed: organisation · by Platform administrator').waitFor();
    await history.getByText('Registered: Awaiting approval · by the delegate').waitFor();
    await history.getByText('Mail “Registration received” to hung.do@haiphong.example', { exact: false }).waitFor();

    const { changes } = (await web.request('GET', `/events/${DEMO}/registrations/${delegate.id}/history`, { token: admin })).body;
    const expected = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(changes[0].at));
    expect(await history.locator('time').first().textContent()).toBe(expected);
    await screenshot(page, 'organiser-layout-record');

    // Cancelling is asked in the dialog too; saying yes cancels.
    await page.getByRole('button', { name: 'Cancel registration' }).click();
    await page.getByRole('dialog', { name: 'Cancel this registration?' }).getByRole('button', { name: 'Cancel registration' }).click();
    await history.getByText('Awaiting approval → Cancelled · by Platform administrator').waitFor();
    expect(await stateOf(delegate.id)).toBe('cancelled');

    // Typing a time: on the 24-hour clock and read back in the page's language, not the browser's 10/30/2024, 02:00 PM.
    const [round] = (await web.request('GET', `/events/${DEMO}/awards/rounds`, { token: admin })).body;
    await page.goto(`/organiser/events/${DEMO}/awards/rounds/${round.id}/results`);
    const releaseAt = page.getByLabel('Release at (optional)');
    await releaseAt.fill('10/30/2027 2:00 PM');
    await page.getByText('Write the date and time as 30/10/2024 14:00 (24-hour clock).').waitFor();
    await releaseAt.fill('2027-10-30 14:00');
    await page.getByText('30 Oct 2027, 14:00').waitFor();
    await context.close();

    const vi = await open({ language: 'vi' });
    await vi.goto(`/organiser/events/${DEMO}/delegates/${delegate.id}`);
    await vi.getByRole('heading', { level: 1, name: 'Hồ sơ đại biểu' }).waitFor();
    await vi.getByText('bởi Platform administrator', { exact: false }).first().waitFor();
    await screenshot(vi, 'organiser-layout-record-vi');
    await vi.context().close();
  });
});
