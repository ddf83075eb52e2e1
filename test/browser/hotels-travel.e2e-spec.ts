import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { manageTokenMailedTo, startWithOpenRegistration } from './support/demo-registration.js';
import { DEMO, openContext, screenshot, type WebApp } from './support/web-app.js';

/** An organiser holds hotel rooms; a head of delegation books one for a member and gives the flights; the organiser sees both. */
describe('hotels and travel in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    ({ web, browser, admin } = await startWithOpenRegistration(11));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('takes an organiser’s hotel block to a member’s booking and the transfer list', async () => {
    const organiser = await (await openContext(browser, web, { token: admin })).newPage();
    await organiser.goto(`/organiser/events/${DEMO}`);
    await organiser.getByRole('link', { name: 'Hotels and travel' }).click();
    const form = organiser.getByRole('form', { name: 'Hold rooms in a hotel' });
    await form.getByLabel(/^Hotel/).fill('Centara Grand at CentralWorld');
    await form.getByLabel(/^Room type/).fill('Deluxe twin');
    await form.getByLabel(/^First night/).fill('28/10/2024');
    await form.getByLabel(/^Check-out day/).fill('31/10/2024');
    await form.getByLabel(/^Rooms held/).fill('1');
    await form.getByRole('button', { name: 'Add the block' }).click();
    await organiser.getByRole('cell', { name: '0 of 1 booked' }).waitFor();
    await screenshot(organiser, 'hotels-organiser-block');

    const { privacyNoticeVersion } = (await web.request('GET', `/events/${DEMO}/registration-settings`)).body;
    const category = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body[0].code;
    const person = (fullName: string, email: string) => ({
      fullName,
      email,
      country: 'VN',
      language: 'vi',
      category,
      consent: { privacyNoticeVersion, accepted: true },
    });
    const delegation = await web.request('POST', `/events/${DEMO}/delegations`, {
      body: {
        city: 'Đà Nẵng',
        country: 'VN',
        gnlcMember: true,
        head: person('Trần Văn Hùng', 'hung@danang.test'),
        members: [person('Lê Thị Mai', 'mai@danang.test')],
      },
    });
    expect(delegation.status).toBe(201);
    const token = await manageTokenMailedTo(web, 'hung@danang.test');

    const head = await (await openContext(browser, web, { language: 'vi', phone: true })).newPage();
    await head.goto(`/manage/${token}`);
    const stay = head.getByRole('region', { name: 'Khách sạn và đi lại' });
    await stay.getByLabel('Cho').selectOption({ label: 'Lê Thị Mai' });
    await stay.getByRole('button', { name: 'Đặt phòng này' }).click();
    await stay.getByText(/Đã đặt: Centara Grand at CentralWorld, Deluxe twin/).waitFor();
    await stay.getByLabel('Đến nơi (ngày và giờ)').fill('28/10/2024 14:35');
    await stay.getByLabel('Chuyến bay đến').fill('VN615');
    await stay.getByLabel('Sân bay đến').fill('BKK');
    await stay.getByRole('button', { name: 'Lưu thông tin đi lại' }).click();
    await stay.getByText('Đã lưu thông tin đi lại.').waitFor();
    await screenshot(head, 'hotels-head-books-for-member-vi-phone');
    // The block is full now: the head's own booking is refused, said in Vietnamese.
    await stay.getByLabel('Cho').selectOption({ index: 0 });
    await stay.getByText('Hết phòng').waitFor();
    expect(await stay.getByRole('button', { name: 'Đặt phòng này' }).isDisabled()).toBe(true);

    await organiser.reload();
    await organiser.getByRole('cell', { name: '1 of 1 booked' }).waitFor();
    await organiser.getByRole('cell', { name: 'Lê Thị Mai (Đà Nẵng)' }).waitFor();
    await organiser.getByText(/14:35 VN615 — Lê Thị Mai \(Đà Nẵng\)/).waitFor();
    await screenshot(organiser, 'hotels-organiser-rooming-transfers');
    await organiser.context().close();
    await head.context().close();
  });
});
