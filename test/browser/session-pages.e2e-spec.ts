import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expectEventually } from '@app/testing';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const hour = 3600_000;
const PARALLEL = ['Parallel discussion 1: a learning city that leaves no one behind', 'Parallel discussion 2: green and healthy learning cities'];
const SON_LA_TALK = 'Sơn La: building a learning city that leaves no one behind';
const SON_LA_TALK_VI = 'Sơn La: xây dựng thành phố học tập không để ai bị bỏ lại phía sau';
const SON_LA_SPEAKER = 'Đại diện thành phố Sơn La (Sơn La City representative)';
const LOOK = '/tmp/h5';

interface PublicSession {
  id: string;
  start: string;
  title: Record<string, string>;
  slots: { title: string; speakers: { userId: string; name: string }[] }[];
}

/** Every picture goes where the test artifacts go, and a copy where a person looks at them. */
async function picture(page: Page, name: string) {
  const path = await screenshot(page, name);
  mkdirSync(LOOK, { recursive: true });
  copyFileSync(path, `${LOOK}/${name}.png`);
}

describe('session and speaker pages, the list view and the agenda from the timetable', () => {
  let web: WebApp;
  let browser: Browser;
  let sessions: PublicSession[];

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 12 }));
    const programme = (await web.request('GET', `/events/${DEMO}/programme`)).body as { days: { rooms: { sessions: PublicSession[] }[] }[] };
    sessions = programme.days.flatMap((day) => day.rooms.flatMap((room) => room.sessions));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const withTalk = (title: string) => sessions.find((session) => session.slots.some((slot) => slot.title === title))!;
  const titled = (title: string) => sessions.find((session) => Object.values(session.title).includes(title))!;

  it('opens a session page by its address, with its talks and speakers, in English and Vietnamese, on a desktop and a phone', async () => {
    const session = withTalk(SON_LA_TALK);
    for (const language of ['en', 'vi'] as const) {
      for (const phone of [false, true]) {
        const context = await openContext(browser, web, { language, phone });
        const page = await context.newPage();
        await page.goto(`/events/${DEMO}/sessions/${session.id}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // The talk's title in the reader's language: the demo gives it in Vietnamese too.
        await page.getByText(language === 'en' ? SON_LA_TALK : SON_LA_TALK_VI).waitFor();
        await page.getByRole('link', { name: SON_LA_SPEAKER }).waitFor();
        expect(
          await page
            .getByRole('link', { name: language === 'en' ? 'Add this session to my calendar (.ics)' : 'Thêm phiên này vào lịch của tôi (.ics)' })
            .getAttribute('href'),
        ).toMatch(/^data:text\/calendar/);
        expect(await page.title()).toContain('ASEAN+3');
        await picture(page, `session-page-${language}-${phone ? 'phone' : 'desktop'}`);
        if (language === 'en' && !phone) {
          await page.getByRole('link', { name: SON_LA_SPEAKER }).click();
          await page.getByRole('heading', { level: 1, name: SON_LA_SPEAKER }).waitFor();
          await page.getByRole('link', { name: Object.values(session.title)[0] }).waitFor();
          await picture(page, 'speaker-page-en-desktop');
          await page.goto(`/events/${DEMO}/speakers`);
          await page.getByRole('heading', { level: 1, name: 'Speakers' }).waitFor();
          await page.getByRole('link', { name: SON_LA_SPEAKER }).waitFor();
          await picture(page, 'speakers-page-en-desktop');
        }
        await context.close();
      }
    }
  });

  it('serves a session page with its own title and link-preview tags, and the public speakers without contact details', async () => {
    const session = withTalk(SON_LA_TALK);
    const response = await fetch(`${web.baseUrl}/events/${DEMO}/sessions/${session.id}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const title = Object.values(session.title)[0];
    const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toContain(`<title>${escaped} · ASEAN+3 Regional Conference on Learning Cities</title>`);
    expect(html).toContain(`<meta property="og:title" content="${escaped} · ASEAN+3 Regional Conference on Learning Cities" />`);
    expect(html).toMatch(/<meta property="og:description" content="[^"]+" \/>/);
    expect(html).toContain(`/events/${DEMO}/sessions/${session.id}" />`);

    const speakerId = session.slots[0].speakers[0].userId;
    const speakerHtml = await (await fetch(`${web.baseUrl}/events/${DEMO}/speakers/${speakerId}`, { headers: { accept: 'text/html' } })).text();
    expect(speakerHtml).toMatch(/<meta property="og:title" content="[^"]+ · ASEAN\+3 Regional Conference on Learning Cities" \/>/);
    // An unknown session gets the plain app, which says it is not there.
    const unknown = await (
      await fetch(`${web.baseUrl}/events/${DEMO}/sessions/00000000-0000-4000-8000-000000000000`, { headers: { accept: 'text/html' } })
    ).text();
    expect(unknown).toContain('<title>Plenary</title>');

    const speakers = await web.request('GET', `/events/${DEMO}/speakers`);
    expect(speakers.status).toBe(200);
    expect(speakers.body.map((speaker: { name: string }) => speaker.name)).toContain(SON_LA_SPEAKER);
    // What a printed programme shows, nothing more: no e-mail, no city or country.
    for (const speaker of speakers.body) {
      expect(Object.keys(speaker).sort()).toEqual(['biography', 'hasPhoto', 'name', 'organisation', 'sessionIds', 'title', 'userId']);
    }
    expect(JSON.stringify(speakers.body)).not.toMatch(/@/);
  });

  it('finds a session by its speaker’s name in the list view', async () => {
    const context = await openContext(browser, web);
    const page = await context.newPage();
    await page.goto(`/events/${DEMO}/timetable`);
    // Speaker names are on the cards.
    await page.locator('.tt-speakers', { hasText: SON_LA_SPEAKER }).first().waitFor();
    await page.getByRole('button', { name: 'List' }).click();
    const all = await page.locator('.tt-result').count();
    // Without its accents, as people type on a keyboard without Vietnamese.
    await page.getByLabel('Search').fill('son la city representative');
    const results = page.locator('.tt-result');
    await expectEventually(async () => expect(await results.count()).toBeLessThan(all), 10_000, 50);
    expect(await results.locator('h3').allTextContents()).toContain(Object.values(withTalk(SON_LA_TALK).title)[0]);
    for (const text of await results.allTextContents()) expect(text).toContain(SON_LA_SPEAKER);
    await picture(page, 'timetable-list-search-en-desktop');
    await context.close();
  });

  it('lets a delegate on their own device add a session from the timetable and shows the clash on a parallel one', async () => {
    const admin = await web.adminToken();
    const now = Date.now();
    const settings = (await web.request('GET', `/events/${DEMO}/registration-settings`)).body;
    expect(
      (
        await web.request('PUT', `/events/${DEMO}/registration-settings`, {
          token: admin,
          body: {
            opensAt: new Date(now - hour).toISOString(),
            closesAt: new Date(now + 30 * 24 * hour).toISOString(),
            capacity: (settings.confirmedCount ?? 0) + 50,
            approvalRequired: false,
            privacyNoticeVersion: '2024-1',
          },
        })
      ).status,
    ).toBe(200);
    const categories = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body as { code: string }[];
    if (!categories.some((category) => category.code === 'delegate')) {
      expect(
        (await web.request('POST', `/events/${DEMO}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'City delegate' } })).status,
      ).toBe(201);
    }
    const email = 'mai.pham@cantho.test';
    const registered = await web.request('POST', `/events/${DEMO}/registrations`, {
      body: {
        fullName: 'Phạm Thị Mai',
        organisation: 'Sở Giáo dục và Đào tạo Cần Thơ',
        city: 'Cần Thơ',
        country: 'VN',
        email,
        language: 'en',
        category: 'delegate',
        consent: { privacyNoticeVersion: '2024-1', accepted: true },
      },
    });
    expect(registered.status).toBe(201);
    const token = await expectEventually(
      () => {
        const found = web.smtp
          .to(email)
          .map((mail) => /\/manage\/([\w-]{20,})/.exec(`${mail.parsed.text ?? ''}`)?.[1])
          .find(Boolean);
        expect(found).toBeTruthy();
        return found!;
      },
      30_000,
      200,
    );

    for (const [language, phone] of [
      ['en', false],
      ['vi', true],
    ] as const) {
      const context = await openContext(browser, web, { language, phone });
      const page = await context.newPage();
      // Opening the private link on this device is what lets the timetable know who is reading it.
      await page.goto(`/manage/${token}`);
      await page.locator('#agenda-title').waitFor();
      await page.goto(`/events/${DEMO}/timetable?day=2024-10-29${phone ? '&view=list' : ''}`);
      const first = titled(PARALLEL[0]);
      const second = titled(PARALLEL[1]);
      const add = language === 'en' ? 'Add to my agenda' : 'Thêm vào lịch của tôi';
      if (language === 'en') {
        await page.getByRole('button', { name: PARALLEL[0], exact: true }).click();
        const dialog = page.getByRole('dialog', { name: PARALLEL[0] });
        await dialog.getByRole('button', { name: `${add}: ${PARALLEL[0]}` }).click();
        await dialog.getByText('✓ In my agenda').waitFor();
        await picture(page, 'timetable-agenda-dialog-en-desktop');
        await dialog.getByRole('button', { name: 'Close' }).click();
        // The card says it is in the agenda, and the parallel session says it clashes.
        await page.locator(`.tt-session[data-session-id="${first.id}"]`, { hasText: 'In my agenda' }).waitFor();
        await page.locator(`.tt-session[data-session-id="${second.id}"]`, { hasText: `Clashes with “${PARALLEL[0]}”` }).waitFor();
        await page.getByRole('button', { name: PARALLEL[1], exact: true }).click();
        const other = page.getByRole('dialog', { name: PARALLEL[1] });
        await other.getByText(`Clashes with “${PARALLEL[0]}” in your agenda`).waitFor();
        await other.getByRole('button', { name: `${add}: ${PARALLEL[1]}` }).click();
        await other
          .getByRole('alert')
          .filter({ hasText: `overlaps “${PARALLEL[0]}”` })
          .waitFor();
        await picture(page, 'timetable-agenda-clash-en-desktop');
        await other.getByRole('button', { name: 'Close' }).click();
        await picture(page, 'timetable-agenda-en-desktop');
      } else {
        // In the list view on a phone, in Vietnamese: the agenda marked and the clash said.
        const mine = page.locator(`.tt-result[data-session-id="${first.id}"]`);
        await mine.getByText('Có trong lịch của tôi').waitFor();
        const clash = page.locator(`.tt-result[data-session-id="${second.id}"]`);
        await clash.getByText(/Trùng giờ với phiên/).waitFor();
        await picture(page, 'timetable-agenda-list-vi-phone');
        await mine.getByRole('button', { name: /^Hủy chọn phiên: / }).waitFor();
      }
      await context.close();
    }
    const agenda = await web.request('GET', `/registrations/manage/${token}/agenda`);
    expect(agenda.body.entries.map((entry: { sessionId: string }) => entry.sessionId)).toEqual([titled(PARALLEL[0]).id]);
  });
  it('shows the room’s floor note, the languages spoken, interpretation offered and shared slides, on the session page and the timetable', async () => {
    const admin = await web.adminToken();
    const session = withTalk(SON_LA_TALK);
    const draft = (await web.request('GET', `/events/${DEMO}/sessions/${session.id}`, { token: admin })).body;
    const slotId = draft.slots.find((slot: { title: string }) => slot.title === SON_LA_TALK).id as string;
    const room = await web.request('PATCH', `/events/${DEMO}/rooms/${draft.roomId}`, {
      token: admin,
      body: {
        locationNote: 'Level 2, east wing',
        translations: { vi: { locationNote: 'Tầng 2, cánh đông' } },
        interpretation: [{ language: 'th', channel: 'Channel 3' }],
      },
    });
    expect(room.status).toBe(200);
    expect((await web.request('PATCH', `/events/${DEMO}/sessions/${session.id}`, { token: admin, body: { languages: ['vi', 'en'] } })).status).toBe(200);
    expect((await web.request('POST', `/events/${DEMO}/programme/publish`, { token: admin })).status).toBe(201);
    // The speaker shares the slides of a talk that is over (the demo conference was in 2024).
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'son-la.pdf');
    const slidesUrl = `${web.baseUrl}/events/${DEMO}/slots/${slotId}/slides`;
    expect((await fetch(slidesUrl, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form })).status).toBe(201);
    expect((await web.request('PUT', `/events/${DEMO}/slots/${slotId}/slides/public`, { token: admin, body: { public: true } })).status).toBe(204);

    const expected = {
      en: { floor: 'Level 2, east wing', spoken: 'In Vietnamese, English', interpretation: 'Interpretation into Thai', download: 'Download the slides of' },
      vi: {
        floor: 'Tầng 2, cánh đông',
        spoken: 'Trình bày bằng Tiếng Việt, Tiếng Anh',
        interpretation: 'Phiên dịch sang tiếng Thái',
        download: 'Tải bài trình chiếu',
      },
    };
    for (const language of ['en', 'vi'] as const) {
      for (const phone of [false, true]) {
        const context = await openContext(browser, web, { language, phone });
        const page = await context.newPage();
        await page.goto(`/events/${DEMO}/sessions/${session.id}`);
        const words = expected[language];
        await page.locator('.session-floor', { hasText: words.floor }).waitFor();
        const languages = await page.locator('.session-languages').textContent();
        expect(languages).toContain(words.spoken);
        expect(languages?.toLowerCase()).toContain(words.interpretation.toLowerCase());
        // The talk named in the reader's language, as the timetable names it.
        const talk = language === 'en' ? SON_LA_TALK : SON_LA_TALK_VI;
        const download = page.getByRole('link', { name: new RegExp(`^${words.download}.*${talk}.*\\(PDF\\)$`) });
        expect(await download.getAttribute('href')).toBe(`/events/${DEMO}/slots/${slotId}/slides/current`);
        await picture(page, `session-page-floor-languages-slides-${language}-${phone ? 'phone' : 'desktop'}`);
        if (!phone) {
          await page.goto(`/events/${DEMO}/timetable?day=${session.start.slice(0, 10)}`);
          await page.locator('.tt-room-head .tt-room-note', { hasText: words.floor }).first().waitFor();
          await page.locator(`[data-session-id="${session.id}"] .tt-languages`, { hasText: words.spoken }).first().waitFor();
          await picture(page, `timetable-floor-languages-${language}-desktop`);
        }
        await context.close();
      }
    }
    const file = await fetch(`${web.baseUrl}/events/${DEMO}/slots/${slotId}/slides/current`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
  });
});
