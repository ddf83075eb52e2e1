import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const VI_NAME = 'Hội nghị khu vực ASEAN+3 về Thành phố học tập 2024';
const VI_VENUE = 'Khách sạn Marriott Marquis Queen’s Park, Bangkok';
const VI_ORGANISER = 'Viện UNESCO về Học tập suốt đời';
const EN_ROOM = 'Meeting Room 1';
const VI_ROOM = 'Phòng họp số 1';
const EN_TRACK = 'Inclusive lifelong learning';
const VI_TRACK = 'Học tập suốt đời hòa nhập';

/** An organiser gives the event's name in Vietnamese on the settings page; a Vietnamese delegate reads it. */
describe('organiser text in the reader language', () => {
  let web: WebApp;
  let browser: Browser;
  let englishName: string;
  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 15 }));
    englishName = (await web.request('GET', `/events/${DEMO}`)).body.name;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('the organiser enters the Vietnamese name, venue and organiser beside the English ones', async () => {
    const page = await (await openContext(browser, web, { token: await web.adminToken() })).newPage();
    await page.goto(`/organiser/events/${DEMO}/settings`);
    const vietnamese = page.getByRole('group', { name: 'In Vietnamese' });
    await vietnamese.getByLabel('Name (vi)').fill(VI_NAME);
    await vietnamese.getByLabel('Venue (vi)').fill(VI_VENUE);
    await vietnamese.getByLabel('Organiser (vi)').fill(VI_ORGANISER);
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('status').filter({ hasText: 'Details saved.' }).waitFor();
    // The form keeps editing the English name; the Vietnamese one sits in its own group.
    await expect(page.getByRole('region', { name: 'Details' }).getByLabel('Name (required)').inputValue()).resolves.toBe(englishName);
    await screenshot(page, 'translated-content-organiser');
    await page.context().close();

    const stored = (await web.request('GET', `/events/${DEMO}?language=vi`)).body;
    expect(stored.name).toBe(VI_NAME);
    expect(stored.organiser).toBe(VI_ORGANISER);
  });

  it('a Vietnamese delegate sees the Vietnamese name on the event page and the registration form; an English reader the English one', async () => {
    for (const phone of [false, true]) {
      const page = await (await openContext(browser, web, { language: 'vi', phone })).newPage();
      await page.goto(`/events/${DEMO}`);
      await page.getByRole('heading', { level: 1, name: VI_NAME }).waitFor();
      await expect(page.getByText(VI_VENUE).count()).resolves.toBeGreaterThan(0);
      await expect(page.getByText(englishName, { exact: true }).count()).resolves.toBe(0);
      await screenshot(page, `translated-content-vi${phone ? '-phone' : ''}`);
      await page.goto(`/events/${DEMO}/register`);
      await page.getByText(VI_NAME).first().waitFor();
      await page.context().close();
    }

    const english = await (await openContext(browser, web, { language: 'en' })).newPage();
    await english.goto(`/events/${DEMO}`);
    await english.getByRole('heading', { level: 1, name: englishName }).waitFor();
    await screenshot(english, 'translated-content-en');
    await english.context().close();
  });

  it('a Vietnamese reader sees the rooms and tracks of the timetable in Vietnamese; an English reader the English ones', async () => {
    const token = await web.adminToken();
    const event = (await web.request('GET', `/events/${DEMO}`)).body;
    const room = event.rooms.find((candidate: { name: string }) => candidate.name === EN_ROOM);
    const track = event.tracks.find((candidate: { name: string }) => candidate.name === EN_TRACK);
    const translations = (name: string) => ({ token, body: { translations: { vi: { name } } } });
    expect((await web.request('PATCH', `/events/${DEMO}/rooms/${room.id}`, translations(VI_ROOM))).status).toBe(200);
    expect((await web.request('PATCH', `/events/${DEMO}/tracks/${track.id}`, translations(VI_TRACK))).status).toBe(200);

    for (const phone of [false, true]) {
      const page = await (await openContext(browser, web, { language: 'vi', phone })).newPage();
      await page.goto(`/events/${DEMO}/timetable`);
      await page.getByText(VI_ROOM).first().waitFor();
      // A session's button says its track in words.
      await page.getByRole('button').filter({ hasText: VI_TRACK }).first().waitFor();
      await expect(page.getByText(EN_ROOM, { exact: true }).count()).resolves.toBe(0);
      await expect(page.getByText(EN_TRACK, { exact: true }).count()).resolves.toBe(0);
      await screenshot(page, `translated-content-timetable-vi${phone ? '-phone' : ''}`);
      await page.context().close();
    }

    const english = await (await openContext(browser, web, { language: 'en' })).newPage();
    await english.goto(`/events/${DEMO}/timetable`);
    await english.getByText(EN_ROOM).first().waitFor();
    await expect(english.getByText(VI_ROOM).count()).resolves.toBe(0);
    await screenshot(english, 'translated-content-timetable-en');
    await english.context().close();
  });

  it('a Vietnamese or Thai reader sees the demo talk titles in their language on the session page; an English reader the English ones', async () => {
    const timetable = (await web.request('GET', `/events/${DEMO}/programme`)).body;
    type Session = { id: string; slots: { title: string; translations: Record<string, { title?: string }> }[] };
    const sessions: Session[] = timetable.days.flatMap((day: { rooms: { sessions: Session[] }[] }) => day.rooms.flatMap((room) => room.sessions));
    const session = sessions.find((candidate) => candidate.slots.some((slot) => slot.title.startsWith('Sơn La:')))!;
    const [sonLa] = session.slots;
    expect(sonLa.translations.vi.title).toBe('Sơn La: xây dựng thành phố học tập không để ai bị bỏ lại phía sau');

    for (const [language, phone] of [
      ['vi', false],
      ['vi', true],
      ['th', false],
    ] as const) {
      const page = await (await openContext(browser, web, { language, phone })).newPage();
      await page.goto(`/events/${DEMO}/sessions/${session.id}`);
      for (const slot of session.slots) await page.getByText(slot.translations[language].title!, { exact: true }).waitFor();
      await expect(page.getByText(sonLa.title, { exact: true }).count()).resolves.toBe(0);
      await screenshot(page, `translated-content-talks-${language}${phone ? '-phone' : ''}`);
      await page.context().close();
    }
    const english = await (await openContext(browser, web, { language: 'en' })).newPage();
    await english.goto(`/events/${DEMO}/sessions/${session.id}`);
    await english.getByText(sonLa.title, { exact: true }).waitFor();
    await english.context().close();
  });
});
