import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { strings, untranslated, visibleTexts } from './support/untranslated.js';
import { openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const ICLC = 'iclc6-jubail-2024';

/**
 * The demo's Learning City Award 2024 at the ICLC is over: every party can read where each application
 * got to, and each page says the round is closed instead of offering a step the API would refuse.
 */
describe('awards: a closed round, explored by the city, its Commission and the secretariat', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let officer: string;
  let representative: string;
  let roundId: string;
  const api = (method: string, path: string, body?: unknown) => web.request(method, `/events/${ICLC}${path}`, { token: admin, body });
  const account = async (email: string, name: string, role: string, language: string) => {
    const password = `${role} password for the closed round`;
    const created = await web.request('POST', '/users', { token: admin, body: { email, displayName: name, language, password } });
    expect(created.status).toBe(201);
    expect((await api('POST', '/roles', { userId: created.body.id, role })).status).toBe(200);
    return { id: created.body.id as string, token: await web.login(email, password) };
  };

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 14 }));
    admin = await web.adminToken();
    roundId = (await api('GET', '/awards/rounds')).body[0].id;
    const korea = ((await api('GET', '/awards/commissions')).body as { id: string; country: string }[]).find((row) => row.country === 'KR')!.id;
    const natcom = await account('officer.closed@natcom.kr.test', 'Park Ji-won', 'commission', 'en');
    expect((await api('POST', `/awards/commissions/${korea}/contacts`, { userId: natcom.id })).status).toBe(201);
    officer = natcom.token;
    const caoLanh = ((await api('GET', '/awards/cities?country=VN')).body as { id: string; name: string }[]).find((city) => city.name === 'Cao Lãnh')!.id;
    const rep = await account('rep.closed@caolanh.vn.test', 'Trần Thị Mai', 'representative', 'vi');
    expect((await api('POST', `/awards/cities/${caoLanh}/representatives`, { userId: rep.id })).status).toBe(201);
    const yeonsu = ((await api('GET', '/awards/cities?country=KR')).body as { id: string; name: string }[]).find((city) => city.name === '연수구')!.id;
    expect((await api('POST', `/awards/cities/${yeonsu}/representatives`, { userId: rep.id })).status).toBe(201);
    representative = rep.token;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('tells the city its draft can no longer be submitted, in Vietnamese on a phone', async () => {
    const page = await (await openContext(browser, web, { token: representative, language: 'vi', phone: true })).newPage();
    await page.goto(`/organiser/events/${ICLC}/awards/apply`);
    const draft = page.getByRole('region', { name: /Cao Lãnh/ });
    await draft.getByText('Bản nháp', { exact: true }).waitFor();
    await draft.getByText(/^Kỳ xét giải này đã hết hạn nhận hồ sơ lúc .*: không thể sửa hay gửi hồ sơ này nữa\.$/).waitFor();
    expect(await draft.getByRole('button', { name: 'Gửi tới Ủy ban Quốc gia' }).count()).toBe(0);
    expect(await draft.getByRole('button', { name: 'Tải lên' }).count()).toBe(0);
    // One left with its Commission is not promised a return that can no longer come.
    const submitted = page.getByRole('region', { name: /연수구/ });
    await submitted.getByText(/^Việc chấm điểm của kỳ xét giải này đã kết thúc lúc .*: không thể chấp thuận hay trả lại hồ sơ nữa\.$/).waitFor();
    expect(await submitted.getByText(/chỉ có thể sửa lại nếu hồ sơ được trả lại/).count()).toBe(0);
    // A long video address wraps: the page is no wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await screenshot(page, 'awards-closed-round-city-vi-360px');
  });

  it('shows the Commission its submitted application as history, without endorse or return', async () => {
    const page = await (await openContext(browser, web, { token: officer })).newPage();
    await page.goto(`/organiser/events/${ICLC}/awards/commission`);
    const submitted = page.getByRole('region', { name: /연수구/ });
    await submitted.getByText('Submitted to the Commission', { exact: true }).waitFor();
    await submitted.getByText(/^Judging of this round closed on .*: applications can no longer be endorsed or returned\.$/).waitFor();
    expect(await submitted.getByRole('button', { name: 'Endorse' }).count()).toBe(0);
    // The endorsed one keeps its history.
    const endorsed = page.getByRole('region', { name: /수원시/ });
    await endorsed.getByText('History').click();
    await endorsed.getByText(/Submitted to the Commission → Endorsed/).waitFor();
    await screenshot(page, 'awards-closed-round-commission-en');
  });

  it('shows the secretariat the decided applications and the released winners, with nothing left to press', async () => {
    const page = await (await openContext(browser, web, { token: admin, language: 'th' })).newPage();
    await page.goto(`/organiser/events/${ICLC}/awards/rounds/${roundId}/applications`);
    await page.getByText(/^รอบการพิจารณารางวัลนี้ปิดการพิจารณาเมื่อ .* จึงคัดเลือกเบื้องต้นไม่ได้อีก$/).waitFor();
    await page
      .getByRole('region', { name: /Sa Đéc/ })
      .getByText('ได้รับการรับรองแล้ว', { exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: 'คัดเลือกเบื้องต้น', exact: true }).count()).toBe(0);
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, 'awards-closed-round-secretariat-th');

    await page.goto(`/organiser/events/${ICLC}/awards/rounds/${roundId}/results`);
    await page
      .getByText(/ประกาศผล/)
      .first()
      .waitFor();
    // Who confirmed each winner and who released the results, beside when.
    await page.getByText(/ประกาศผลโดย Demo secretariat \(UIL\)/).waitFor();
    for (const city of ['Vinh', 'Surabaya'])
      await page
        .getByRole('row', { name: new RegExp(city) })
        .getByText(/^ยืนยันโดย Demo secretariat \(UIL\) เมื่อ /)
        .waitFor();
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, 'awards-closed-round-results-th');
  });

  it('shows every award page in Vietnamese, on a phone and a desktop, with no English left but the parties’ own words', async () => {
    const read = async (page: Page, path: string) => {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      return visibleTexts(page);
    };
    const awards = `/organiser/events/${ICLC}/awards`;
    const pages: { name: string; token: string; path: string }[] = [
      { name: 'city', token: representative, path: `${awards}/apply` },
      { name: 'commission', token: officer, path: `${awards}/commission` },
      { name: 'round', token: admin, path: `${awards}/rounds/${roundId}` },
      { name: 'secretariat', token: admin, path: `${awards}/rounds/${roundId}/applications` },
      { name: 'nominations', token: admin, path: `${awards}/rounds/${roundId}/nominations` },
      { name: 'jury', token: admin, path: `${awards}/rounds/${roundId}/jury` },
      { name: 'results', token: admin, path: `${awards}/rounds/${roundId}/results` },
      { name: 'ceremony', token: admin, path: `${awards}/ceremony` },
    ];
    // What stays as entered: the cities' and people's names, the cities' own summaries and files, the parties' notes.
    const vi = (path: string, token: string) => web.request('GET', `/events/${ICLC}${path}${path.includes('?') ? '&' : '?'}language=vi`, { token });
    const applications = [
      ...(await vi('/awards/applications/mine', representative)).body,
      ...(await vi('/awards/commission/applications', officer)).body.applications,
      ...(await vi(`/awards/rounds/${roundId}/applications`, admin)).body,
    ] as { city: string; summary: string; checklist: { documents: unknown[] }[]; transitions: { by: string | null; note: string }[] }[];
    const cities = (await api('GET', '/awards/cities')).body as { name: string }[];
    const jurors = (await api('GET', `/awards/rounds/${roundId}/jurors`)).body;
    const contacts = ((await api('GET', `/awards/rounds/${roundId}/nominations`)).body as { contactName: string; contactEmail: string }[]).flatMap(
      (nomination) => [nomination.contactName, nomination.contactEmail],
    );
    const data = [
      ...cities.map((city) => city.name),
      ...applications.flatMap((application) => [
        application.summary,
        ...strings(application.checklist.map((item) => item.documents)),
        ...application.transitions.flatMap((transition) => [transition.by ?? '', transition.note]),
      ]),
      ...strings(jurors),
      ...contacts,
      'Demo secretariat (UIL)',
      'Park Ji-won',
      'Trần Thị Mai',
      'UNESCO',
      'GNLC',
      'ICLC',
      // The event's zone by its IANA name; a country and a word written alike in both languages.
      'Asia/Riyadh',
      'Indonesia',
      'Malaysia',
      'video',
    ].filter(Boolean);

    // A signed-in person's saved language sets the page: each reads it in the language under test.
    const speak = async (language: 'en' | 'vi') => {
      for (const token of [representative, officer, admin])
        expect((await web.request('PUT', '/auth/me/language', { token, body: { language } })).status).toBe(200);
    };
    await speak('en');
    const english = new Map<string, Set<string>>();
    for (const { name, token, path } of pages) {
      const context = await openContext(browser, web, { token, language: 'en' });
      english.set(name, new Set(await read(await context.newPage(), path)));
      await context.close();
    }
    await speak('vi');
    const missed: string[] = [];
    for (const phone of [true, false]) {
      for (const { name, token, path } of pages) {
        const context = await openContext(browser, web, { token, language: 'vi', phone });
        const page = await context.newPage();
        if (!phone) await page.setViewportSize({ width: 1366, height: 900 });
        const texts = await read(page, path);
        if (!phone) missed.push(...untranslated(texts, english.get(name)!, data, { latinScript: true }).map((text) => `${name}: ${text}`));
        // Nothing runs off the side of the screen.
        expect([name, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)]).toEqual([name, 0]);
        await screenshot(page, `awards-vi-${name}-${phone ? '360px' : '1366px'}`);
        await context.close();
      }
    }
    expect(missed).toEqual([]);
  }, 240_000);
});
