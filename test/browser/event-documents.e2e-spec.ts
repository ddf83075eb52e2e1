import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const NEW_MEMBERS = ['Nanjing', 'Legazpi', 'Bangkok', 'Khon Kaen', 'Yala', 'Ho Chi Minh City', 'Sơn La'];

describe('event identity and GNLC membership pages', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 0 }));
    admin = await web.adminToken();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('sets the emblem, organiser and a signatory in the event settings, and refuses a file that is not PNG or JPEG', async () => {
    const emblem = await sharp({ create: { width: 120, height: 120, channels: 3, background: '#0b4f8a' } })
      .png()
      .toBuffer();
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/settings#identity-heading`);
    const section = page.getByRole('region', { name: 'Documents: emblem and signatories' });
    await section.waitFor();
    await section.getByLabel(/^Emblem or logo/).setInputFiles({ name: 'emblem.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a not an emblem') });
    await section.getByRole('button', { name: 'Upload image' }).first().click();
    await section.getByText(/The file must be PNG/).waitFor();
    await section.getByLabel(/^Emblem or logo/).setInputFiles({ name: 'emblem.png', mimeType: 'image/png', buffer: emblem });
    await section.getByRole('button', { name: 'Upload image' }).first().click();
    await section.getByRole('img', { name: 'Emblem or logo' }).waitFor();

    await section.getByRole('button', { name: 'Add a signatory' }).click();
    await section.getByRole('group', { name: 'Signatory 3' }).getByLabel(/^Name/).fill('Trần Văn Hùng');
    await section
      .getByRole('group', { name: 'Signatory 3' })
      .getByLabel(/^Title/)
      .fill('Vice-Minister of Education and Training');
    await section.getByRole('button', { name: 'Save signatories' }).click();
    await section.getByText('Signatories saved.').waitFor();
    const identity = (await web.request('GET', `/events/${DEMO}/identity`, { token: admin })).body;
    expect(identity.hasEmblem).toBe(true);
    expect(identity.signatories.map((row: { name: string }) => row.name)).toEqual(['Demo signatory (UNESCO Bangkok)', 'Demo signatory (UIL)', 'Trần Văn Hùng']);
    await screenshot(page, 'settings-identity');

    const vi = await openContext(browser, web, { token: admin, language: 'vi', phone: true });
    const phone = await vi.newPage();
    await phone.goto(`/organiser/events/${DEMO}/settings#identity-heading`);
    await phone.getByRole('region', { name: 'Tài liệu: biểu trưng và người ký' }).waitFor();
    await screenshot(phone, 'settings-identity-vi-phone');
    await context.close();
    await vi.close();
  });

  it('shows the demo’s 2024 intake with its seven new members and their certificates, in English and Vietnamese', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards`);
    await page.getByRole('link', { name: 'New GNLC members' }).click();
    await page.getByRole('heading', { level: 1, name: 'New GNLC members' }).waitFor();
    const intake = page.getByRole('region', { name: 'Intake 2024: 7 new members' });
    await intake.waitFor();
    const rows = await intake.getByRole('row').allTextContents();
    expect(rows.slice(1).map((row) => NEW_MEMBERS.find((city) => row.startsWith(city)))).toEqual(NEW_MEMBERS);
    expect(rows[7]).toContain('Viet Nam');
    const [download] = await Promise.all([page.waitForEvent('download'), intake.getByRole('button', { name: 'All membership certificates (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('gnlc-membership-2024.pdf');
    await screenshot(page, 'awards-gnlc');

    const vi = await openContext(browser, web, { token: admin, language: 'vi', phone: true });
    const phone = await vi.newPage();
    await phone.goto(`/organiser/events/${DEMO}/awards/gnlc`);
    await phone.getByRole('region', { name: 'Đợt kết nạp 2024: 7 thành viên mới' }).waitFor();
    expect(await phone.getByRole('region', { name: 'Đợt kết nạp 2024: 7 thành viên mới' }).textContent()).toContain('Việt Nam');
    await screenshot(phone, 'awards-gnlc-vi-phone');
    await context.close();
    await vi.close();
  });

  it('lists the new members on the public event page once the ceremony is over', async () => {
    const context = await openContext(browser, web, { language: 'vi' });
    const page = await context.newPage();
    await page.goto(`/events/${DEMO}`);
    const section = page.getByRole('region', { name: 'Thành viên mới của Mạng lưới Thành phố học tập toàn cầu của UNESCO' });
    await section.waitFor();
    const items = await section.getByRole('listitem').allTextContents();
    expect(items.map((item) => NEW_MEMBERS.find((city) => item.startsWith(city)))).toEqual(NEW_MEMBERS);
    expect(items[0]).toContain('Trung Quốc');
    await screenshot(page, 'public-new-members-vi');
    await context.close();
  });
});
