import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { DEMO, openContext, screenshot, SCREENSHOTS, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const HEADER = 'name,country,region,population,gnlc_member_since,last_award_year';

describe('awards city registry (organiser)', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;

  const cityNames = async (): Promise<string[]> =>
    ((await web.request('GET', `/events/${DEMO}/awards/cities`)).body as { name: string }[]).map((city) => city.name);

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 5 }));
    admin = await web.adminToken();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('adds a city from the awards area, with a city already in the registry refused at its name', async () => {
    const [known] = (await web.request('GET', `/events/${DEMO}/awards/cities`)).body as { name: string; country: string; region: string }[];
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards`);
    await page.getByRole('link', { name: 'Cities', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cities' }).waitFor();
    await page.getByRole('row', { name: new RegExp(known.name) }).waitFor();

    await page.getByLabel(/^City/).fill(known.name);
    await page.getByLabel(/^Country/).fill(known.country);
    await page
      .getByLabel(/^UNESCO region/)
      .last()
      .selectOption(known.region);
    await page.getByRole('button', { name: 'Add the city' }).click();
    const name = page.getByLabel(/^City/);
    await name.and(page.locator('[aria-invalid="true"]')).waitFor();

    await name.fill('Điện Biên Phủ');
    await page.getByLabel(/^Country/).fill('VN');
    await page
      .getByLabel(/^UNESCO region/)
      .last()
      .selectOption('asia-pacific');
    await page.getByLabel(/^Population/).fill('80000');
    await page.getByRole('button', { name: 'Add the city' }).click();
    await page.getByText('Điện Biên Phủ is added to the registry.').waitFor();
    const row = page.getByRole('row', { name: /Điện Biên Phủ/ });
    expect(await row.textContent()).toContain('Viet Nam');
    expect(await row.textContent()).toContain('80,000');

    await page.getByLabel(/^Search by name/).fill('dien bien');
    await page.getByText('1 city', { exact: true }).waitFor();
    await screenshot(page, 'awards-cities-en');
    await context.close();
  });

  it('refuses a CSV with a wrong line, reporting each line in Vietnamese, then imports the corrected file', async () => {
    const context = await openContext(browser, web, { token: admin, language: 'vi', phone: true });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards/cities`);
    await page.getByRole('heading', { level: 1, name: 'Thành phố' }).waitFor();
    await page.getByText(HEADER, { exact: false }).first().waitFor();

    await page.getByLabel('Hoặc dán nội dung CSV vào đây').fill(`${HEADER}\nLào Cai,Vietnam,asia-pacific,,,\nHạ Long,VN,asia,,,\n`);
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    const report = page.getByRole('alert').filter({ hasText: 'Chưa có dữ liệu nào được nhập' });
    await report.waitFor();
    expect(await report.locator('[data-line="2"]').textContent()).toContain('Dòng 2cột country: “Vietnam” không phải mã quốc gia hai chữ cái');
    expect(await report.locator('[data-line="3"]').textContent()).toContain('“asia” không phải khu vực UNESCO');
    await screenshot(page, 'awards-cities-import-refused-vi-360px');
    await report.screenshot({ path: join(SCREENSHOTS, 'awards-cities-import-report-vi-360px.png') });
    expect(await cityNames()).not.toContain('Lào Cai');

    await page.getByLabel('Tệp CSV').setInputFiles({
      name: 'cities.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${HEADER}\nLào Cai,VN,asia-pacific,130000,,\nHạ Long,VN,asia-pacific,,2022,\n`),
    });
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await page.getByText('Đã nhập: thêm 2, cập nhật 0.').waitFor();
    expect(await cityNames()).toEqual(expect.arrayContaining(['Lào Cai', 'Hạ Long']));
    expect(await page.getByRole('row', { name: /Lào Cai/ }).textContent()).toContain('Việt Nam');
    await context.close();
  });

  it('reads well at a phone’s width in English and at a desktop’s in Vietnamese', async () => {
    for (const [language, phone] of [
      ['en', true],
      ['vi', false],
    ] as const) {
      const context = await openContext(browser, web, { token: admin, language, phone });
      const page = await context.newPage();
      await page.goto(`/organiser/events/${DEMO}/awards/cities`);
      await page.getByRole('row', { name: /Lào Cai/ }).waitFor();
      await screenshot(page, `awards-cities-${language}-${phone ? '360px' : 'desktop'}`);
      await context.close();
    }
  });
});
