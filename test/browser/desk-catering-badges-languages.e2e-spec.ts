import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const SLUG = 'desk-languages';
const ZONE = 'Asia/Bangkok';
const LOCAL = "yyyy-MM-dd'T'HH:mm";

// What a Vietnamese and a Thai organiser click and read on the check-in desk, catering and badges pages.
const WORDS = {
  vi: {
    deskName: /^Tên bàn/,
    prepare: 'Chuẩn bị bàn này',
    door: 'Điểm danh tại',
    code: /^Mã thẻ hoặc họ tên/,
    submit: 'Xác nhận có mặt',
    recorded: /^Đã điểm danh lúc .*: Thành phố học tập/,
    alreadyAttended: /^Wanida Srisuk đã được điểm danh tại cửa phiên này lúc .* \(Door 9\)\.$/,
    attendance: 'Điểm danh theo phiên',
    catering: 'Ăn uống',
    badges: 'Thẻ đại biểu',
  },
  th: {
    deskName: /^ชื่อโต๊ะนี้/,
    prepare: 'เตรียมโต๊ะนี้',
    door: 'สแกนที่',
    code: /^รหัสบัตรหรือชื่อ/,
    submit: 'ลงทะเบียนหน้างาน',
    recorded: /^บันทึกการเข้าร่วมเมื่อเวลา .*: เมืองแห่งการเรียนรู้/,
    alreadyAttended: /^Wanida Srisuk สแกนที่ประตูของช่วงการประชุมนี้ไปแล้วเมื่อเวลา .* \(Door 9\)$/,
    attendance: 'การเข้าร่วมแต่ละช่วงการประชุม',
    catering: 'อาหารและเครื่องดื่ม',
    badges: 'บัตรประจำตัว',
  },
};

/** Nothing on the page is wider than the screen: no sideways scrolling, no text running off its box. */
async function expectNoOverflow(page: Page) {
  const overflowing = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && getComputedStyle(element).position !== 'fixed')
      .filter((element) => !element.closest('.table-scroll'))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
    // A table that has to be scrolled sideways hides columns: it should fit.
    const scrolled = [...document.querySelectorAll<HTMLElement>('.table-scroll')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.querySelector('th')?.textContent);
    const boxes = new Set([...document.querySelectorAll<HTMLElement>('.checkbox input')].map((box) => Math.round(box.getBoundingClientRect().width)));
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5), scrolled, boxSizes: boxes.size <= 1 };
  });
  expect(overflowing).toEqual({ scroll: 0, wide: [], scrolled: [], boxSizes: true });
}

/** The bundled Thai face loads when the first Thai letter is drawn: the picture waits for it. */
async function picture(page: Page, name: string) {
  await page.evaluate(async () => {
    await Promise.all(['400 16px "Plenary Thai"', '700 16px "Plenary Thai"'].map((font) => document.fonts.load(font, 'ก')));
    await document.fonts.ready;
  });
  await screenshot(page, name);
}

/** The desk, session attendance, catering and badge pages read in Vietnamese and Thai, on a desktop and at a 390 px phone's width. */
describe('check-in desk, session attendance, catering and badges in Vietnamese and Thai', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  const codes: string[] = [];

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 13 }));
    admin = await web.adminToken();
    const today = DateTime.now().setZone(ZONE);
    const api = async (method: string, path: string, body: unknown) => {
      const response = await web.request(method, `/events/${SLUG}${path}`, { token: admin, body });
      expect([response.status, response.status < 300 ? '' : JSON.stringify(response.body)]).toEqual([response.status < 300 ? response.status : 201, '']);
      return response.body;
    };
    const event = await web.request('POST', '/events', {
      token: admin,
      body: {
        slug: SLUG,
        name: 'Learning Cities Forum',
        city: 'Bangkok',
        country: 'TH',
        timeZone: ZONE,
        startDate: today.minus({ days: 1 }).toISODate(),
        endDate: today.plus({ days: 1 }).toISODate(),
        languages: ['en', 'vi', 'th'],
      },
    });
    expect(event.status).toBe(201);
    await api('PUT', '/registration-settings', {
      opensAt: today.minus({ days: 2 }).toISO(),
      closesAt: today.plus({ days: 2 }).toISO(),
      capacity: 50,
      privacyNoticeVersion: '2024-1',
    });
    await api('POST', '/registration-categories', { code: 'delegate', name: 'City delegate' });
    for (const [fullName, email, country, dietaryChoices] of [
      ['Nguyễn Thị Phương Thảo', 'thao@desk.test', 'VN', ['vegetarian']],
      ['Somchai Prasertsuk', 'somchai@desk.test', 'TH', ['halal', 'nut-allergy']],
      ['Kim Min-jun', 'minjun@desk.test', 'KR', []],
      ['Lê Hoàng Long', 'long@desk.test', 'VN', ['no-pork']],
      ['Wanida Srisuk', 'wanida@desk.test', 'TH', []],
    ] as const) {
      const body = {
        fullName,
        email,
        country,
        language: 'en',
        category: 'delegate',
        dietaryChoices,
        consent: { privacyNoticeVersion: '2024-1', accepted: true },
      };
      codes.push((await api('POST', '/registrations', body)).badgeCode);
    }
    const now = today.startOf('minute');
    const session = await api('POST', '/sessions', {
      type: 'workshop',
      title: { en: 'Cities that learn', vi: 'Thành phố học tập cho mọi người dân', th: 'เมืองแห่งการเรียนรู้สำหรับทุกคน' },
      start: now.minus({ minutes: 30 }).toFormat(LOCAL),
      end: now.plus({ hours: 1 }).toFormat(LOCAL),
    });
    // The last delegate was already scanned at the session's door by another desk.
    await api('POST', '/check-ins/sync', {
      desk: 'Door 9',
      scans: [{ clientId: randomUUID(), badgeCode: codes[4], at: new Date().toISOString(), sessionId: session.id }],
    });
    await api('POST', '/meals', { day: today.toISODate(), kind: 'lunch', venue: 'Terrace restaurant, level 2' });
    await api('POST', '/meals', { day: today.toISODate(), kind: 'reception', venue: 'Grand ballroom' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  for (const language of ['vi', 'th'] as const) {
    for (const [index, phone] of [false, true].entries()) {
      const size = phone ? '390px' : 'desktop';
      it(`${language} at ${size}: a door scan at the desk, the attendance table, catering and badges fit and are translated`, async () => {
        const words = WORDS[language];
        const context = await openContext(browser, web, { token: admin, language, phone });
        const page = await context.newPage();
        if (phone) await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`/organiser/events/${SLUG}/check-in`);
        await page.getByLabel(words.deskName).fill(phone ? 'Door 2' : 'Desk A');
        await page.getByRole('button', { name: words.prepare }).click();
        // A session without a room is named by its time and title, with no empty brackets.
        expect(await page.getByLabel(words.door).locator('option').nth(1).textContent()).toMatch(/ · (Thành phố học tập|เมืองแห่งการเรียนรู้).*[^)]$/);
        await page.getByLabel(words.door).selectOption({ index: 1 });
        await page.getByRole('textbox', { name: words.code }).fill(codes[(language === 'vi' ? 0 : 2) + index]);
        await page.getByRole('button', { name: words.submit, exact: true }).click();
        await page.getByText(words.recorded).waitFor();
        await page.getByRole('heading', { name: words.attendance }).waitFor();
        if (!phone) {
          // A second scan at the door is reported as about the session, not the day's check-in.
          await page.getByRole('textbox', { name: words.code }).fill(codes[4]);
          await page.getByRole('button', { name: words.submit, exact: true }).click();
          await page.getByText(words.alreadyAttended).waitFor();
        }
        await expectNoOverflow(page);
        await picture(page, `check-in-desk-${language}-${size}`);

        await page.goto(`/organiser/events/${SLUG}/catering`);
        await page.getByRole('heading', { name: words.catering, level: 1 }).waitFor();
        await page.getByRole('table').first().waitFor();
        await expectNoOverflow(page);
        await picture(page, `catering-${language}-${size}`);

        await page.goto(`/organiser/events/${SLUG}/badges`);
        await page.getByRole('heading', { name: words.badges, level: 1 }).waitFor();
        await expectNoOverflow(page);
        await picture(page, `badges-${language}-${size}`);
        await context.close();
      });
    }
  }
});
