import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page, Response } from 'playwright-core';
import { countryOptions } from '@app/countries';
import { strings, UNIVERSAL, untranslated, visibleTexts } from './support/untranslated.js';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

type Language = 'en' | 'vi' | 'th';
interface OrganiserPage {
  name: string;
  path: string;
  /** What to do once the page is drawn to reach the view to read (a dialog, a sub-form). */
  open?: (page: Page) => Promise<void>;
}

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * What the server says in its own words, rather than what an organiser typed: those must come from the
 * web's messages (codes translated), so they are not taken as data.
 */
const SERVER_WORDS = new Set(['message', 'messages', 'warning', 'warnings', 'error', 'reason', 'detail', 'details']);
const CODE = /^([a-z0-9]+([-_.][a-z0-9]+)*|\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)$/;

/** Proper names, formats and keys that every language writes as English does. */
const NAMES = [
  ...['UNESCO', 'GNLC', 'ASEAN', 'CSV', 'QR', 'URL', 'Markdown', 'PNG', 'JPEG', 'MB', 'zip', 'schedule.ics', 'https://', 'Email'],
  ...[
    'Space',
    'Enter',
    'Escape',
    'Page Up',
    'Page Down',
    'Halal',
    'Kosher',
    'halal',
    'kosher',
    'gluten',
    'lactose',
    'Khmer',
    'camera',
    'city-delegate',
    'iframe',
  ],
  // Honorifics as printed on badges, in the protocol's own abbreviations.
  ...['H.E.', 'Hon.', 'Prof.', 'Dr', 'Mrs', 'Mr', 'Ms', 'Mx'],
  // Country names come from the UN list (libs/countries), many the same in Vietnamese as in English.
  ...(['en', 'vi', 'th'] as const).flatMap((language) =>
    [...countryOptions(language), ...countryOptions(language, { nonMembers: true })].map(([, name]) => name),
  ),
];

/** Placeholders ({{name}}) and snippets of HTML to paste are code, whatever the page's language. */
const prose = (texts: string[]) => texts.map((text) => text.replace(/\{\{\w+\}\}/g, ' ')).filter((text) => !text.startsWith('<'));

function organiserData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(organiserData);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (SERVER_WORDS.has(key) ? [] : [[key, organiserData(item)]])));
  return value;
}

/**
 * The demo organiser works through every page of their event in English, Vietnamese and Thai: on the
 * Vietnamese and Thai pages nothing is left in English but what the organisers typed (the API's answers),
 * and no page is wider than a phone.
 */
describe('the organiser’s pages in Vietnamese and Thai (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let pages: OrganiserPage[];
  let categoryCodes: string[];

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 9 }));
    admin = await web.adminToken();
    const registrations = (await web.request('GET', `/events/${DEMO}/registrations`, { token: admin })).body;
    const delegate = (registrations.items ?? registrations)[0];
    categoryCodes = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body.map((category: { code: string }) => category.code);
    const held = await web.request('POST', `/events/${DEMO}/messages`, {
      token: admin,
      headers: { 'idempotency-key': 'organiser-languages-held' },
      body: {
        audience: { states: ['confirmed'] },
        content: [
          { language: 'en', subject: 'Shuttle times', body: 'Dear {{name}}, the shuttle leaves at 08:00.' },
          { language: 'vi', subject: 'Giờ xe đưa đón', body: 'Kính gửi {{name}}, xe khởi hành lúc 08:00.' },
          { language: 'th', subject: 'เวลารถรับส่ง', body: 'เรียน {{name}} รถออกเวลา 08:00 น.' },
        ],
        hold: true,
      },
    });
    expect(held.status).toBe(201);
    const base = `/organiser/events/${DEMO}`;
    pages = [
      { name: 'dashboard', path: base },
      { name: 'settings', path: `${base}/settings` },
      { name: 'people', path: `${base}/people` },
      { name: 'registration-form', path: `${base}/registration-form` },
      { name: 'delegates', path: `${base}/delegates` },
      { name: 'delegate', path: `${base}/delegates/${delegate.id}` },
      { name: 'delegations', path: `${base}/delegations` },
      { name: 'hotels', path: `${base}/hotels` },
      { name: 'catering', path: `${base}/catering` },
      { name: 'visas', path: `${base}/visas` },
      { name: 'programme', path: `${base}/programme` },
      {
        name: 'session',
        path: `${base}/programme`,
        open: async (page) => {
          await page.locator('.programme-session:visible').first().click();
          await page.locator('dialog[open]').waitFor();
        },
      },
      { name: 'slides', path: `${base}/slides` },
      { name: 'badges', path: `${base}/badges` },
      { name: 'check-in', path: `${base}/check-in` },
      { name: 'messages', path: `${base}/notifications` },
      { name: 'message', path: `${base}/messages/${held.body.id}` },
      { name: 'mail', path: `${base}/mail` },
    ];
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('leaves no English on any organiser page in Vietnamese or Thai, and fits a phone', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    const data = new Set(NAMES);
    const pending: Promise<void>[] = [];
    page.on('response', (response: Response) => {
      if (response.request().method() !== 'GET' || !(response.headers()['content-type'] ?? '').includes('json')) return;
      pending.push(
        response
          .json()
          .then((body) => {
            // Codes (states, kinds) and ISO dates in an answer are shown to a reader only once translated or formatted.
            for (const text of strings(organiserData(body))) if (!CODE.test(text)) data.add(text.replace(/\{\{\w+\}\}/g, ' '));
          })
          .catch(() => undefined),
      );
    });

    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    const read = async ({ name, path, open }: OrganiserPage, language: Language) => {
      await page.goto(`${path}?lang=${language}`);
      await page
        .locator('h1')
        .first()
        .waitFor()
        .catch((error: Error) => {
          throw new Error(`${language} ${name}: ${error.message} ${crashes.join('; ')}`);
        });
      await page.waitForLoadState('networkidle');
      await open?.(page);
      await page.evaluate(() => document.fonts.ready);
      // The choices of the visible lists and the words said to screen readers and in empty fields count too.
      const said = await page.evaluate(() =>
        [...document.querySelectorAll('select, [aria-label], [placeholder], [title]')]
          // The language switch names each language in its own words.
          .filter((element) => element.getClientRects().length > 0 && !element.closest('.language-switch'))
          .flatMap((element) => [
            ...(element instanceof HTMLSelectElement ? [...element.options].map((option) => option.text) : []),
            ...['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
          ])
          .map((text) => text.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      );
      // A language offered by its own name (ภาษาไทย on a Vietnamese page) is the same in every language.
      return prose([...(await visibleTexts(page)), ...said]).filter((text) => !UNIVERSAL.includes(text));
    };
    // How far the page reaches past the screen's right edge, and the innermost elements that do.
    const overflow = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const past = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 1);
        const innermost = past.filter((element) => !past.some((other) => other !== element && element.contains(other)));
        const name = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
        const by = document.documentElement.scrollWidth - width;
        return by > 0 ? `${by} px too wide: ${[...new Set(innermost.map(name))].slice(0, 3).join(', ')}` : '';
      });

    await page.setViewportSize(DESKTOP);
    const english = new Map<string, Set<string>>();
    for (const organiserPage of pages) english.set(organiserPage.name, new Set(await read(organiserPage, 'en')));

    const missed: string[] = [];
    const wide: string[] = [];
    const check = async (language: Language, width: 'desktop' | 'phone', compare: boolean) => {
      await page.setViewportSize(width === 'phone' ? PHONE : DESKTOP);
      for (const organiserPage of pages) {
        const texts = await read(organiserPage, language);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        if (compare) {
          await Promise.all(pending);
          // The categories' codes are typed by the organiser and shown as typed.
          const known = [...data, ...categoryCodes];
          const left = untranslated(texts, english.get(organiserPage.name)!, known, { latinScript: language === 'vi' });
          missed.push(...new Set(left.map((text) => `${language} ${organiserPage.name}: ${text}`)));
        }
        const wider = width === 'phone' ? await overflow() : '';
        if (wider) wide.push(`${language} ${organiserPage.name}: ${wider}`);
        await screenshot(page, `organiser-languages-${organiserPage.name}-${width}-${language}`);
      }
    };
    await check('vi', 'desktop', true);
    await check('vi', 'phone', false);
    await check('th', 'phone', true);
    await context.close();

    expect({ missed, wide }).toEqual({ missed: [], wide: [] });
  }, 600_000);
});
