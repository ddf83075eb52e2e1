import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** An organiser lists the meals served and reads the caterer's counts by dietary need, in English and Vietnamese. */
describe('catering in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 12 }));
    admin = await web.adminToken();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('adds a lunch and a dinner, shows the plates per dietary need, and removes a meal after asking', async () => {
    const event = (await web.request('GET', `/events/${DEMO}`)).body;
    const expected = (await web.request('GET', `/events/${DEMO}/registration-counts`, { token: admin })).body.byState.confirmed;
    const page = await (await openContext(browser, web, { token: admin })).newPage();
    await page.goto(`/organiser/events/${DEMO}`);
    await page.getByRole('link', { name: 'Catering' }).click();
    await page.getByText('No meal yet').waitFor();

    const form = page.getByRole('form', { name: 'Add a meal' });
    await form.getByLabel(/^Meal/).selectOption({ label: 'Lunch' });
    await form.getByLabel(/^Venue/).fill('Terrace restaurant');
    await form.getByRole('button', { name: 'Add the meal' }).click();
    const lunch = page.getByRole('table', { name: /Lunch · Terrace restaurant/ });
    await lunch.waitFor();
    await form.getByLabel(/^Day/).selectOption(event.endDate);
    await form.getByLabel(/^Meal/).selectOption({ label: 'Dinner' });
    await form.getByRole('button', { name: 'Add the meal' }).click();
    await page.getByRole('table', { name: /Dinner/ }).waitFor();

    await lunch.getByRole('cell', { name: 'No special needs' }).waitFor();
    expect(
      await lunch
        .getByRole('row', { name: /^Total/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe(String(expected));
    await screenshot(page, 'catering-organiser');

    await page.getByRole('button', { name: 'Remove' }).last().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('table', { name: /Dinner/ }).waitFor({ state: 'detached' });
    expect(await page.getByRole('table').count()).toBe(1);

    const vi = await (await openContext(browser, web, { token: admin, language: 'vi', phone: true })).newPage();
    await vi.goto(`/organiser/events/${DEMO}/catering`);
    await vi.getByRole('heading', { name: 'Ăn uống', level: 1 }).waitFor();
    await vi.getByRole('cell', { name: 'Không có yêu cầu đặc biệt' }).waitFor();
    await screenshot(vi, 'catering-organiser-vi-phone');
  });
});
