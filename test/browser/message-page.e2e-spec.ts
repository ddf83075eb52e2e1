import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** A message's own page: what it says, to whom, how delivery goes, and editing, releasing or cancelling it before it goes out. */
describe('a message’s page in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  const audience = { states: ['confirmed'], countries: ['VN'], delegationHead: true };
  const write = async (key: string, subject: string, extra: object) => {
    const response = await web.request('POST', `/events/${DEMO}/messages`, {
      token: admin,
      headers: { 'idempotency-key': key },
      body: {
        audience,
        content: [
          { language: 'en', subject, body: 'Dear {{name}}, the shuttle leaves at **08:00**.' },
          { language: 'vi', subject: `${subject} (vi)`, body: 'Kính gửi {{name}}, xe khởi hành lúc **08:00**.' },
        ],
        ...extra,
      },
    });
    expect(response.status).toBe(201);
    return response.body as { id: string };
  };

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 8 }));
    admin = await web.adminToken();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('opens a held message from the list, edits its words, releases it and shows it delivered', async () => {
    const held = await write('page-held', 'Shuttle times', { hold: true });
    const page = await (await openContext(browser, web, { token: admin })).newPage();
    await page.goto(`/organiser/events/${DEMO}/notifications`);
    await page.getByRole('link', { name: /^Shuttle times · 0 recipients · held for review/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Shuttle times' }).waitFor();
    await page.getByText('Held for review').waitFor();
    await page.getByText('Heads of delegation only').waitFor();
    await screenshot(page, 'message-page-held');

    await page.getByRole('button', { name: 'Edit' }).click();
    const english = page.getByRole('group', { name: 'In English' });
    await english.getByLabel(/^Subject/).fill('Shuttle times, corrected');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Shuttle times, corrected' }).waitFor();

    await page.getByRole('button', { name: 'Send now' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('It goes now to everyone its audience matches').waitFor();
    await dialog.getByRole('button', { name: 'Send now' }).click();
    await page.getByText('The message is going out now.').waitFor();

    const { body } = await web.request('GET', `/events/${DEMO}/messages/${held.id}`, { token: admin });
    const count = body.recipientCount as number;
    expect(count).toBeGreaterThan(0);
    await page.getByText(`Delivered: ${count}`).waitFor({ timeout: 60_000 });
    await page.getByRole('cell', { name: 'Delivered' }).first().waitFor();
    await expectEventually(() => {
      const sent = web.smtp.received.filter((mail) => ['Shuttle times, corrected', 'Shuttle times (vi)'].includes(mail.parsed.subject ?? ''));
      expect(sent).toHaveLength(count);
    });
    await screenshot(page, 'message-page-delivered');
    await page.context().close();
  });

  it('cancels a scheduled message after asking, and nothing is sent', async () => {
    const scheduled = await write('page-scheduled', 'Farewell dinner', { sendAt: new Date(Date.now() + 24 * 3600_000).toISOString() });
    for (const [language, phone] of [
      ['vi', false],
      ['vi', true],
      ['en', true],
    ] as const) {
      const context = await openContext(browser, web, { token: admin, language, phone });
      const page = await context.newPage();
      await page.goto(`/organiser/events/${DEMO}/messages/${scheduled.id}`);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Farewell dinner' }).waitFor();
      await page.getByRole('cell').first().waitFor();
      await screenshot(page, `message-page-scheduled-${language}${phone ? '-phone' : ''}`);
      await context.close();
    }

    const page = await (await openContext(browser, web, { token: admin })).newPage();
    await page.goto(`/organiser/events/${DEMO}/messages/${scheduled.id}`);
    await page.getByText('Scheduled', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Cancel the message' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nobody will receive it.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel the message' }).click();
    await page.getByText('The message is cancelled: nobody will receive it.').waitFor();
    await page.getByText('Cancelled', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Send now' }).count()).resolves.toBe(0);
    const { body } = await web.request('GET', `/events/${DEMO}/messages/${scheduled.id}`, { token: admin });
    expect(body.status).toBe('cancelled');
    expect(web.smtp.received.filter((mail) => mail.parsed.subject?.startsWith('Farewell dinner'))).toHaveLength(0);
    await page.context().close();
  });
});
