import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** An organiser puts an automatic mail in their own words, previews it, and sets a reminder around the event's days. */
describe('automatic mails and reminders in the browser', () => {
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 8 }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('re-words the confirmation in Vietnamese, sees the preview, saves it and goes back to the standard words', async () => {
    const page = await (await openContext(browser, web, { token: await web.adminToken() })).newPage();
    await page.goto(`/organiser/events/${DEMO}`);
    await page.getByRole('link', { name: 'Automatic mails and reminders', exact: true }).click();
    const mails = page.getByRole('region', { name: 'Automatic mails' });
    await mails.getByLabel('Mail').selectOption({ label: 'Registration confirmed' });
    await mails.getByLabel('Language').selectOption({ label: 'Vietnamese' });
    await mails.getByText('Standard words are sent.').waitFor();
    await mails.getByLabel(/^Subject/).fill('{{eventName}}: chào mừng {{name}}');
    await mails.getByLabel(/^Message/).fill('Kính gửi **{{name}}**, chỗ của Quý vị đã được giữ.');
    await mails.getByRole('button', { name: 'Preview' }).click();
    const preview = mails.getByText('As a delegate would read it').locator('..');
    await preview.getByText('Nguyễn Thị Lan', { exact: true }).waitFor();
    expect(await preview.locator('strong').first().textContent()).toBe('Nguyễn Thị Lan');
    await screenshot(page, 'mail-wordings-preview');

    // A placeholder the mail does not have is named.
    await mails.getByLabel(/^Message/).fill('Kính gửi {{huyhieu}}');
    await mails.getByRole('button', { name: 'Save my words' }).click();
    await mails.getByText(/“huyhieu” does not exist/).waitFor();
    await mails.getByLabel(/^Message/).fill('Kính gửi **{{name}}**, chỗ của Quý vị đã được giữ.');
    await mails.getByRole('button', { name: 'Save my words' }).click();
    await mails.getByText('Saved. This mail now goes out in your words.').waitFor();
    await mails.getByText(/Your words are sent/).waitFor();

    await mails.getByRole('button', { name: 'Back to the standard words' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Back to the standard words' }).click();
    await mails.getByText('The standard words are sent again.').waitFor();
    expect(await mails.getByLabel(/^Subject/).inputValue()).toBe('{{eventName}}: đăng ký của Quý vị đã được xác nhận');

    const reminders = page.getByRole('region', { name: 'Reminders' });
    await reminders.getByRole('button', { name: 'Add a reminder' }).click();
    await reminders.getByLabel('Before or after').selectOption({ label: 'after' });
    await reminders.getByLabel(/^Days/).fill('1');
    await reminders.getByLabel('The event’s', { exact: true }).selectOption({ label: 'last day' });
    await reminders.getByLabel('Who receives it').selectOption({ label: 'Delegates who checked in' });
    const english = reminders.getByRole('group', { name: 'In English' });
    await english.getByLabel(/^Subject/).fill('Thank you for coming');
    await english.getByLabel(/^Message/).fill('Dear {{name}}, thank you.');
    await reminders.getByRole('button', { name: 'Save the reminder' }).click();
    await reminders.getByText('Thank you for coming').waitFor();
    await reminders.getByText(/1 day after the last day, 09:00 · Delegates who checked in/).waitFor();
    await screenshot(page, 'mail-wordings-desktop-en');
    await page.context().close();
  });

  it('shows the page on a phone and in Vietnamese', async () => {
    const token = await web.adminToken();
    for (const [language, phone] of [
      ['vi', false],
      ['en', true],
      ['vi', true],
    ] as const) {
      const page = await (await openContext(browser, web, { token, language, phone })).newPage();
      await page.goto(`/organiser/events/${DEMO}/mail`);
      await page.getByRole('heading', { level: 1, name: language === 'vi' ? 'Thư tự động và thư nhắc' : 'Automatic mails and reminders' }).waitFor();
      await page.getByRole('button', { name: language === 'vi' ? 'Xem trước' : 'Preview' }).click();
      await page.getByText(language === 'vi' ? 'Đại biểu sẽ đọc thư như sau' : 'As a delegate would read it').waitFor();
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, `mail-wordings-${phone ? 'phone' : 'desktop'}-${language}`);
      await page.context().close();
    }
  });
});
