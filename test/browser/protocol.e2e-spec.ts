import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser } from 'playwright-core';
import { readPdf } from '../support/pdf.js';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const passport = {
  honorific: 'Dr',
  passportName: 'PHAM MINH CHAU',
  nationality: 'VN',
  dateOfBirth: '1978-11-20',
  passportNumber: 'C2468013',
  passportExpiry: '2031-03-31',
  consulate: 'Embassy of the Kingdom of Thailand, Hanoi',
};

/** Passport details on the forms, the letter's code checked at /verify, a delegate's data rights, and the organisers' audit trail. */
describe('visa letters and passport data in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let token: string;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 15 }));
    admin = await web.adminToken();
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: admin,
      body: { opensAt: '2026-01-01T00:00:00+07:00', closesAt: '2027-12-31T23:59:59+07:00', capacity: 400, approvalRequired: false },
    });
    expect(settings.status).toBe(200);
    const { privacyNoticeVersion } = (await web.request('GET', `/events/${DEMO}/registration-settings`)).body;
    const category = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body[0].code;
    const created = await web.request('POST', `/events/${DEMO}/registrations`, {
      body: {
        fullName: 'Phạm Minh Châu',
        email: 'chau@hue.test',
        title: 'Giám đốc Sở',
        organisation: 'Sở Giáo dục và Đào tạo Thừa Thiên Huế',
        country: 'VN',
        language: 'vi',
        category,
        visaLetterNeeded: true,
        dietaryNeeds: 'Ăn chay',
        protocol: passport,
        consent: { privacyNoticeVersion, accepted: true },
      },
    });
    expect(created.status).toBe(201);
    token = await expectEventually(
      () => {
        const link = web.smtp
          .to('chau@hue.test')
          .map((mail) => /\/manage\/([\w-]{20,})/.exec(mail.parsed.text ?? '')?.[1])
          .find(Boolean);
        expect(link).toBeDefined();
        return link!;
      },
      30_000,
      200,
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('asks for passport details only once a visa letter is asked for, on the register page', async () => {
    for (const [language, phone] of [
      ['en', false],
      ['vi', true],
    ] as const) {
      const page = await (await openContext(browser, web, { language, phone })).newPage();
      await page.goto(`/events/${DEMO}/register`);
      const passportName = language === 'en' ? 'Name as in passport' : 'Tên ghi trong hộ chiếu';
      await page.getByLabel(language === 'en' ? /^Title/ : /^Danh xưng/).selectOption('H.E.');
      expect(await page.getByLabel(new RegExp(`^${passportName}`)).count()).toBe(0);
      await page.getByLabel(language === 'en' ? 'I need an invitation letter for my visa application' : 'Tôi cần thư mời để xin thị thực').check();
      await page.getByLabel(new RegExp(`^${passportName}`)).fill('NGUYEN VAN AN');
      await screenshot(page, `protocol-register-${language}${phone ? '-phone' : ''}`);
      await page.context().close();
    }
  });

  it('lets the delegate correct their passport details and download their data from the private link', async () => {
    const page = await (await openContext(browser, web, { language: 'en' })).newPage();
    await page.goto(`/manage/${token}`);
    const details = page.getByRole('region', { name: 'My details' });
    await details.getByLabel(/^Passport number/).waitFor();
    expect(await details.getByLabel(/^Passport number/).inputValue()).toBe('C2468013');
    await details.getByLabel(/^Passport number/).fill('C2468099');
    await details.getByRole('button', { name: /Save/ }).click();
    await details.getByRole('status').waitFor();
    expect((await web.request('GET', `/registrations/manage/${token}/protocol`)).body.passportNumber).toBe('C2468099');
    const data = page.getByRole('region', { name: 'My data' });
    const [download] = await Promise.all([page.waitForEvent('download'), data.getByRole('button', { name: 'Download my data (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('my-data.json');
    await screenshot(page, 'protocol-manage-en');
    await page.context().close();

    const phone = await (await openContext(browser, web, { language: 'vi', phone: true })).newPage();
    await phone.goto(`/manage/${token}`);
    await phone.getByRole('region', { name: 'Dữ liệu của tôi' }).waitFor();
    await phone.getByLabel(/^Số hộ chiếu/).waitFor();
    await screenshot(phone, 'protocol-manage-vi-phone');
    await phone.context().close();
  });

  it('shows a consulate the letter’s name, event and dates at /verify, and the organisers who looked at passport data', async () => {
    const letter = await fetch(`${web.baseUrl}/registrations/manage/${token}/visa-letter.pdf`);
    expect(letter.status).toBe(200);
    const code = /verification code ([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(readPdf(Buffer.from(await letter.arrayBuffer())).pageTexts[0].replace(/\s+/g, ' '))?.[1];
    expect(code).toBeDefined();

    for (const [language, phone] of [
      ['en', false],
      ['vi', true],
    ] as const) {
      const page = await (await openContext(browser, web, { language, phone })).newPage();
      await page.goto(`/verify/${code}`);
      await page.getByText(language === 'en' ? 'This letter is genuine.' : 'Thư mời này là thật.').waitFor();
      await page.getByText('Phạm Minh Châu').waitFor();
      expect(await page.getByText('C2468099').count()).toBe(0);
      await screenshot(page, `protocol-verify-${language}${phone ? '-phone' : ''}`);
      await page.goto('/verify/ABCDE-FGHJK');
      await page.getByRole('alert').waitFor();
      await page.context().close();
    }

    const organiser = await (await openContext(browser, web, { token: admin })).newPage();
    await organiser.goto(`/organiser/events/${DEMO}`);
    await organiser.getByRole('link', { name: 'Visas and passport data' }).click();
    await organiser.getByLabel(/^Signatory’s name/).fill('Nguyễn Văn An');
    await organiser.getByLabel(/^Signatory’s title/).fill('Director General');
    await organiser.getByLabel(/^Erase passport data after/).fill('31/12/2027');
    await organiser.getByRole('button', { name: 'Save', exact: true }).click();
    await organiser.getByText('Saved.').waitFor();
    const [csv] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('button', { name: 'Export the list with passport data (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const audit = organiser.getByRole('region', { name: 'Who viewed or exported passport data' });
    await audit.getByRole('cell', { name: 'Exported' }).waitFor();
    await audit.getByRole('cell', { name: 'Downloaded own data' }).waitFor();
    await screenshot(organiser, 'protocol-organiser-en');
    await organiser.context().close();

    const vi = await (await openContext(browser, web, { token: admin, language: 'vi', phone: true })).newPage();
    await vi.goto(`/organiser/events/${DEMO}/visas`);
    await vi.getByRole('cell', { name: 'Xuất' }).first().waitFor();
    await screenshot(vi, 'protocol-organiser-vi-phone');
    await vi.context().close();
  });
});
