import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** An organiser writes to chosen delegates in both event languages, sees who will receive it, and sends it once. */
describe('writing to delegates in the browser', () => {
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 7 }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('composes, previews the count and sends to exactly those people, each in their language', async () => {
    const page = await (await openContext(browser, web, { token: await web.adminToken() })).newPage();
    await page.goto(`/organiser/events/${DEMO}`);
    await page.getByRole('link', { name: 'Messages', exact: true }).click();
    const compose = page.getByRole('region', { name: 'Write to delegates and speakers' });
    await compose.getByLabel('Country').selectOption({ label: 'Viet Nam' });
    await compose.getByLabel('Delegations').selectOption({ label: 'Heads of delegation only' });
    const english = compose.getByRole('group', { name: 'In English' });
    await english.getByLabel(/^Subject/).fill('Shuttle for heads of delegation');
    await english.getByLabel(/^Message/).fill('Dear {{name}}, the shuttle leaves at **08:00**.');
    const vietnamese = compose.getByRole('group', { name: 'In Vietnamese' });
    await vietnamese.getByLabel(/^Subject/).fill('Xe đưa đón trưởng đoàn');
    await vietnamese.getByLabel(/^Message/).fill('Kính gửi {{name}}, xe khởi hành lúc **08:00**.');
    await compose.getByRole('button', { name: 'Preview' }).click();
    const count = Number((await compose.getByText(/people will receive it|person will receive it/).textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(0);
    await compose.getByText('08:00', { exact: true }).first().waitFor();
    await screenshot(page, 'compose-message-preview');

    await compose.getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send now' }).click();
    await compose.getByText(new RegExp(`Sent to ${count} (people|person)`)).waitFor();
    await expectEventually(
      () => {
        const sent = web.smtp.received.filter((mail) => ['Shuttle for heads of delegation', 'Xe đưa đón trưởng đoàn'].includes(mail.parsed.subject ?? ''));
        expect(sent).toHaveLength(count);
        expect(sent.some((mail) => mail.parsed.subject === 'Xe đưa đón trưởng đoàn' && mail.parsed.text?.includes('xe khởi hành lúc'))).toBe(true);
      },
      60_000,
      250,
    );
    await compose.getByText(`Shuttle for heads of delegation · ${count} recipients · sent`).waitFor();

    // A second message, scheduled for later in the event's zone: listed as scheduled, nothing sent yet.
    await english.getByLabel(/^Subject/).fill('Farewell dinner');
    await english.getByLabel(/^Message/).fill('Dear {{name}}, dinner is at 19:00.');
    await compose.getByRole('button', { name: 'Preview' }).click();
    await compose.getByText(/people will receive it|person will receive it/).waitFor();
    await compose.getByRole('radio', { name: 'At a time I choose' }).check();
    await compose.getByLabel(/^Send at/).fill('30/12/2030 09:00');
    await compose.getByRole('button', { name: 'Schedule' }).click();
    await compose.getByText(new RegExp(`Scheduled for ${count} (people|person)`)).waitFor();
    await compose.getByText(`Farewell dinner · ${count} recipients · scheduled`).waitFor();
    await screenshot(page, 'compose-message-scheduled');
    expect(web.smtp.received.filter((mail) => mail.parsed.subject === 'Farewell dinner')).toHaveLength(0);
    await page.context().close();
  });
});
