import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { manageTokenMailedTo, startWithOpenRegistration } from './support/demo-registration.js';
import { strings, untranslated, visibleTexts } from './support/untranslated.js';
import { DEMO, openContext, screenshot, type WebApp } from './support/web-app.js';

const DELEGATE = 'nguyen.thu.ha@haiphong.test';
const SPEAKER = 'le.van.nam@example.org';
const INVITEE = 'pending.speaker@example.org';
const PASSWORD = 'learning cities 2024';
/** Words Vietnamese writes as English does (the translator's review keeps "Email"). */
const VIETNAMESE_LOANWORDS = ['Email', 'email', 'Halal', 'Kosher', 'lactose'];

type Who = 'visitor' | 'speaker';
interface Visit {
  name: string;
  who: Who;
  path: () => string;
  /** What a person does on the page before it is read (opens a form part, sends an empty form). */
  act?: (page: Page) => Promise<unknown>;
}

/** A mailed link into the app, as its recipient clicks it (with the `lang` the mail gave it). */
function mailedLink(web: WebApp, email: string, pattern: RegExp): Promise<URL> {
  return expectEventually(
    () => {
      const href = web.smtp
        .to(email)
        .map((mail) => [...(mail.parsed.html as string).matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&')))
        .flat()
        .find((link) => pattern.test(link));
      expect(href).toBeDefined();
      return new URL(href!);
    },
    30_000,
    200,
  );
}

/**
 * Every page a speaker, a delegate and a visitor reads, in Vietnamese (from a mailed link opened in an
 * English browser, on a desktop and a phone) and in Thai (on a phone): no text is left as in the English
 * rendering, no English word, no ISO date, and nothing wider than a 360 px screen.
 */
describe('a speaker, a delegate and a visitor read every page in Vietnamese and Thai (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let manage: URL;
  let used: URL;
  let pending: URL;
  let speaker: string;
  let slotId: string;
  let sessionId: string;
  let data: string[];

  beforeAll(async () => {
    ({ web, browser, admin } = await startWithOpenRegistration(12));
    const { privacyNoticeVersion } = (await web.request('GET', `/events/${DEMO}/registration-settings`)).body;
    const category = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body[0].code;

    // The organiser's own questions, in the event's three languages: a choice, a yes/no and a date.
    const labels = (en: string, vi: string, th: string) => ({ en, vi, th });
    for (const question of [
      {
        type: 'single_choice',
        required: true,
        labels: labels('Field trip', 'Chuyến tham quan', 'การศึกษาดูงาน'),
        choices: [
          { key: 'museum', labels: labels('National Museum', 'Bảo tàng Quốc gia', 'พิพิธภัณฑสถานแห่งชาติ') },
          { key: 'library', labels: labels('City library', 'Thư viện thành phố', 'ห้องสมุดเมือง') },
        ],
      },
      { type: 'yes_no', labels: labels('Do you need an interpreter?', 'Quý vị có cần phiên dịch không?', 'ท่านต้องการล่ามหรือไม่') },
      { type: 'date', labels: labels('Arrival day', 'Ngày đến', 'วันที่เดินทางมาถึง') },
      {
        type: 'multiple_choice',
        labels: labels('Workshops', 'Hội thảo chuyên đề', 'การประชุมเชิงปฏิบัติการ'),
        choices: [
          { key: 'ageing', labels: labels('Ageing', 'Người cao tuổi', 'ผู้สูงอายุ') },
          { key: 'digital', labels: labels('Digital skills', 'Kỹ năng số', 'ทักษะดิจิทัล') },
        ],
      },
    ]) {
      const created = await web.request('POST', `/events/${DEMO}/registration-questions`, { token: admin, body: question });
      expect(created.status).toBe(201);
    }
    const hotel = await web.request('POST', `/events/${DEMO}/hotel-blocks`, {
      token: admin,
      body: { hotel: 'Centara Grand at CentralWorld', roomType: 'Deluxe twin', checkIn: '2024-10-28', checkOut: '2024-10-31', roomsAvailable: 10 },
    });
    expect(hotel.status).toBe(201);

    // A Vietnamese delegate who asks for a visa letter.
    const form = (await web.request('GET', `/events/${DEMO}/registration-form`)).body;
    const registered = await web.request('POST', `/events/${DEMO}/registrations`, {
      body: {
        fullName: 'Nguyễn Thu Hà',
        title: 'Phó Giám đốc Sở',
        organisation: 'Sở Giáo dục và Đào tạo Hải Phòng',
        city: 'Hải Phòng',
        country: 'VN',
        email: DELEGATE,
        language: 'vi',
        category,
        visaLetterNeeded: true,
        protocol: {
          honorific: 'Ms',
          passportName: 'NGUYEN THU HA',
          nationality: 'VN',
          dateOfBirth: '1980-04-02',
          passportNumber: 'C1357924',
          passportExpiry: '2031-06-30',
          consulate: 'Embassy of the Kingdom of Thailand, Hanoi',
        },
        answers: { [form.questions[0].id]: 'museum' },
        consent: { privacyNoticeVersion, accepted: true },
      },
    });
    expect(registered.status).toBe(201);
    manage = await mailedLink(web, DELEGATE, /\/manage\//);
    expect(manage.searchParams.get('lang')).toBe('vi');
    const token = await manageTokenMailedTo(web, DELEGATE);

    // A speaker who accepted, with a time they cannot speak, and one still to answer.
    const drafts = (await web.request('GET', `/events/${DEMO}/sessions`, { token: admin })).body as {
      id: string;
      slots: { id: string; start: string; end: string }[];
    }[];
    const programme = (await web.request('GET', `/events/${DEMO}/programme`)).body;
    let signedUp = false;
    for (const session of drafts) {
      if (signedUp) break;
      signedUp = (await web.request('POST', `/registrations/manage/${token}/agenda`, { body: { sessionId: session.id } })).status === 201;
    }
    expect(signedUp).toBe(true);
    const withTalks = drafts.filter((session) => session.slots.length > 0);
    sessionId = withTalks[0].id;
    const talk = withTalks[0].slots[0];
    slotId = talk.id;
    for (const [email, name, slot] of [
      [SPEAKER, 'Lê Văn Nam', talk.id],
      [INVITEE, 'Đỗ Thị Lan', withTalks[1].slots[0].id],
    ]) {
      const invited = await web.request('POST', `/events/${DEMO}/speaker-invitations`, {
        token: admin,
        body: { email, name, language: 'vi', slotIds: [slot] },
      });
      expect(invited.status).toBe(201);
    }
    used = await mailedLink(web, SPEAKER, /\/speaker-invitations\//);
    pending = await mailedLink(web, INVITEE, /\/speaker-invitations\//);
    expect(used.searchParams.get('lang')).toBe('vi');
    const invitationToken = used.pathname.split('/').pop();
    const local = (instant: string) => instant.slice(0, 16);
    const accepted = await web.request('POST', `/events/${DEMO}/speaker-invitations/${invitationToken}/accept`, {
      body: { password: PASSWORD, unavailableTimes: [{ start: local(talk.end), end: local(talk.end).replace(/T\d\d/, 'T23') }] },
    });
    expect(accepted.status).toBe(200);
    speaker = await web.login(SPEAKER, PASSWORD);

    data = [
      ...strings((await web.request('GET', '/events')).body),
      ...strings((await web.request('GET', `/events/${DEMO}`)).body),
      ...strings(programme),
      ...strings((await web.request('GET', `/registrations/manage/${token}`)).body),
      ...strings((await web.request('GET', `/registrations/manage/${token}/agenda`)).body),
      ...strings((await web.request('GET', `/events/${DEMO}/speakers`)).body),
      ...strings((await web.request('GET', '/me/slots', { token: speaker })).body),
      ...strings((await web.request('GET', '/me/speaker-profile', { token: speaker })).body),
      ...strings(hotel.body),
      // Proper names and codes the translations keep as they are.
      'UNESCO',
      'GNLC',
      'NGUYEN THU HA',
      'C1357924',
      'Embassy of the Kingdom of Thailand, Hanoi',
      'ABCDE-FGHJK',
      'Việt Nam',
      SPEAKER,
      DELEGATE,
      INVITEE,
      'Đỗ Thị Lan',
      // Formats, units and example addresses, written alike in every language.
      ...['PPTX', 'PPT', 'KEY', 'ODP', 'JPEG', 'PNG', 'WebP', 'MB', 'ten@example.org', 'name@example.org', 'example.org'],
    ];
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const visits: Visit[] = [
    // The delegate, from the private link in their mail.
    { name: 'manage', who: 'visitor', path: () => `${manage.pathname}${manage.search}` },
    { name: 'home', who: 'visitor', path: () => '/' },
    { name: 'register', who: 'visitor', path: () => `/events/${DEMO}/register` },
    {
      name: 'register-refused',
      who: 'visitor',
      path: () => `/events/${DEMO}/register`,
      act: async (page) => {
        await page.locator('form button[type="submit"]').last().click();
        await page.locator('.field-error').first().waitFor();
      },
    },
    { name: 'session', who: 'visitor', path: () => `/events/${DEMO}/sessions/${sessionId}` },
    { name: 'speakers', who: 'visitor', path: () => `/events/${DEMO}/speakers` },
    { name: 'embed', who: 'visitor', path: () => `/events/${DEMO}/embed` },
    { name: 'embed-list', who: 'visitor', path: () => `/events/${DEMO}/embed?view=list` },
    { name: 'verify', who: 'visitor', path: () => '/verify/ABCDE-FGHJK' },
    { name: 'login', who: 'visitor', path: () => '/login' },
    { name: 'forgot-password', who: 'visitor', path: () => '/forgot-password' },
    {
      name: 'invitation',
      who: 'visitor',
      path: () => pending.pathname,
      act: (page) => page.locator('fieldset button[type="button"]').first().click(),
    },
    // The speaker, signed in, from their (answered) invitation's link.
    { name: 'invitation-used', who: 'speaker', path: () => `${used.pathname}${used.search}` },
    { name: 'speaker', who: 'speaker', path: () => '/speaker' },
    { name: 'slides', who: 'speaker', path: () => `/speaker/events/${DEMO}/slots/${slotId}` },
    { name: 'account', who: 'speaker', path: () => '/account' },
  ];

  async function read(page: Page, visit: Visit, path = visit.path()): Promise<string[]> {
    await page.goto(path);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await visit.act?.(page);
    // The bundled Thai face loads when the first Thai letter is drawn: wait for it before the pictures.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    // A closed list shows its chosen option: a title, a country, a language.
    const chosen = await page
      .locator('select')
      .evaluateAll((lists) =>
        lists.filter((list) => list.getClientRects().length > 0).map((list) => (list as HTMLSelectElement).selectedOptions[0]?.text.trim() ?? ''),
      );
    return [...(await visibleTexts(page)), ...chosen.filter(Boolean)];
  }

  /** Reads every visit in one browser context per person, signed in as the speaker where they are. */
  async function tour(
    options: { language: 'en' | 'vi' | 'th'; phone?: boolean },
    each: (visit: Visit, texts: string[], page: Page) => Promise<void>,
    { mailed = false } = {},
  ) {
    const contexts: Partial<Record<Who, BrowserContext>> = {};
    try {
      for (const visit of visits) {
        contexts[visit.who] ??= await openContext(browser, web, { ...options, token: visit.who === 'speaker' ? speaker : undefined });
        const page = contexts[visit.who]!.pages()[0] ?? (await contexts[visit.who]!.newPage());
        if (!options.phone) await page.setViewportSize({ width: 1366, height: 900 });
        // Only the run that follows the mailed links keeps their ?lang=.
        const path = mailed ? visit.path() : visit.path().replace(/[?&]lang=\w+$/, '');
        await each(visit, await read(page, visit, path), page);
      }
    } finally {
      for (const context of Object.values(contexts)) await context?.close();
    }
  }

  it('leaves no English, no ISO date and no overflow on any page, in Vietnamese and in Thai', async () => {
    const english = new Map<string, Set<string>>();
    await tour({ language: 'en' }, async (visit, texts, page) => {
      english.set(visit.name, new Set(texts));
      await screenshot(page, `role-languages-${visit.name}-en`);
    });
    const missed: string[] = [];
    const check = (label: string, language: 'vi' | 'th', phone: boolean) => async (visit: Visit, texts: string[], page: Page) => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      // Initials standing in for a speaker's photo are names, not words.
      const shown = texts.filter((text) => !/^\p{L}{1,2}$/u.test(text));
      const wrong =
        language === 'vi'
          ? untranslated(shown, english.get(visit.name)!, [...data, ...VIETNAMESE_LOANWORDS], { latinScript: true })
          : untranslated(shown, english.get(visit.name)!, data);
      const iso = texts.filter((text) => /\b\d{4}-\d{2}-\d{2}\b/.test(text));
      missed.push(...[...wrong, ...iso].map((text) => `${label} ${visit.name}: ${text}`));
      if (phone) {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) missed.push(`${label} ${visit.name}: ${width} px wide`);
      }
      await screenshot(page, `role-languages-${visit.name}-${language}-${phone ? '360' : '1366'}`);
    };
    // English browsers: the mailed links' ?lang=vi wins, and stays for the next pages.
    await tour({ language: 'en' }, check('vi 1366', 'vi', false), { mailed: true });
    await tour({ language: 'vi', phone: true }, check('vi 360', 'vi', true));
    await tour({ language: 'th', phone: true }, check('th 360', 'th', true));
    expect(missed).toEqual([]);
  }, 600_000);
});
