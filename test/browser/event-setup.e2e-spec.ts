import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const SLUG = 'learning-cities-bangkok-2027';

/** A field by its label, whether or not the label adds "(required)". */
const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(required\\))?$`);

/** The platform admin sets up a conference with nothing but the browser; the API is only read to check. */
describe('setting up an event (platform admin)', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 9 }));
    page = await (await openContext(browser, web)).newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const form = (name: string) => page.getByRole('form', { name, exact: true });

  it('signs in and lands on the events they organise', async () => {
    await page.goto('/login');
    await page.getByLabel(label('Email')).fill(ADMIN_EMAIL);
    await page.getByLabel(label('Password')).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/organiser');
    await page.getByRole('heading', { level: 1, name: 'Events I organise' }).waitFor();
  });

  it('creates a two-day event, with each refusal shown at its field', async () => {
    await page.getByRole('link', { name: 'New event' }).click();
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    await page.getByLabel(label('Name')).fill('Learning Cities Bangkok 2027');
    await expect(page.getByLabel(label('Short name (slug)')).inputValue()).resolves.toBe(SLUG);
    await page.getByLabel(label('Short name (slug)')).fill('Learning Cities');
    await page.getByLabel(label('First day')).fill('09/03/2027');
    await page.getByLabel(label('Last day')).fill('10/03/2027');
    await page.getByLabel(label('Time zone')).fill('Asia/Bangkok');
    await page.getByLabel(label('Venue')).fill('Queen Sirikit National Convention Center');
    await page.getByLabel(label('City')).fill('Bangkok');
    await page.getByLabel(label('Country')).selectOption('TH');
    await page.getByRole('checkbox', { name: 'Thai' }).check();
    // Dates are typed and said back as the page's language writes them, whatever the browser's own format.
    await page.getByText(/^Reads: Tuesday,? 9 March 2027$/).waitFor();

    await page.getByRole('button', { name: 'Create event' }).click();
    const slugError = page.locator('.field', { has: page.getByLabel(label('Short name (slug)')) }).locator('.field-error');
    await expect(slugError.textContent()).resolves.toContain('slug must be lower-case letters and digits');

    await page.getByLabel(label('Short name (slug)')).fill(SLUG);
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.waitForURL(`**/organiser/events/${SLUG}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  });

  it('adds 4 rooms and 3 tracks', async () => {
    const rooms = [
      ['Plenary Hall', '400'],
      ['Meeting Room 1', '80'],
      ['Meeting Room 2', '80'],
      ['Workshop Room', '40'],
    ];
    // A refused room says why, at the capacity field.
    await form('Add room').getByLabel(label('Room name')).fill('Broom cupboard');
    await form('Add room').getByLabel(label('Capacity')).fill('0');
    await form('Add room').getByRole('button', { name: 'Add room' }).click();
    await expect(form('Add room').locator('.field-error').textContent()).resolves.toContain('capacity must be at least 1');
    for (const [name, capacity] of rooms) {
      await form('Add room').getByLabel(label('Room name')).fill(name);
      await form('Add room').getByLabel(label('Capacity')).fill(capacity);
      await form('Add room').getByRole('button', { name: 'Add room' }).click();
      await form(name).waitFor();
    }
    for (const [name, colour] of [
      ['Inclusive learning', '#1f77b4'],
      ['Green cities', '#2ca02c'],
      ['Health and well-being', '#d62728'],
    ]) {
      await form('Add track').getByLabel(label('Track name')).fill(name);
      await form('Add track').getByLabel(label('Colour')).fill(colour);
      await form('Add track').getByRole('button', { name: 'Add track' }).click();
      await form(name).waitFor();
    }
  });

  it('opens registration with a window in the event’s zone, approval and offers, and 2 categories with quotas', async () => {
    const registration = page.getByRole('region', { name: 'Registration', exact: true });
    await registration.getByLabel(label('Opens')).fill('01/12/2026 09:00');
    await registration.getByLabel(label('Closes')).fill('01/03/2027 17:00');
    await registration.getByText('1 Mar 2027, 17:00', { exact: true }).waitFor();
    await registration.getByLabel(label('Places in all')).fill('300');
    await registration.getByRole('checkbox', { name: 'Organisers approve each registration' }).check();
    await registration.getByRole('radio', { name: 'Offer it to the next person, who must accept in time' }).check();
    await registration.getByLabel(label('Hours to accept an offered place')).fill('24');
    await registration.getByLabel(label('Privacy notice version')).fill('2027-1');
    await registration.getByRole('button', { name: 'Save registration settings' }).click();
    await registration.getByText('Registration is open.').waitFor();

    for (const [code, name, quota] of [
      ['city-delegate', 'City delegate', '250'],
      ['observer', 'Observer', '50'],
    ]) {
      await form('Add category').getByLabel(label('Code')).fill(code);
      await form('Add category').getByLabel(label('Name')).fill(name);
      await form('Add category').getByLabel(label('Quota')).fill(quota);
      await form('Add category').getByRole('button', { name: 'Add category' }).click();
      await form(name).waitFor();
    }

    const speakers = page.getByRole('region', { name: 'Speakers' });
    await speakers.getByLabel(label('Slides due (hours before the talk)')).fill('72');
    await speakers.getByRole('button', { name: 'Save speaker settings' }).click();
    await speakers.getByText('Speaker settings saved.').waitFor();
    await screenshot(page, 'event-setup-1-settings-en');

    const event = (await web.request('GET', `/events/${SLUG}`)).body;
    expect(event).toEqual(expect.objectContaining({ startDate: '2027-03-09', endDate: '2027-03-10', timeZone: 'Asia/Bangkok', country: 'TH' }));
    expect(event.languages).toEqual(['en', 'th']);
    expect(event.rooms.map((room: { name: string }) => room.name).sort()).toEqual(['Meeting Room 1', 'Meeting Room 2', 'Plenary Hall', 'Workshop Room']);
    expect(event.tracks.map((track: { colour: string }) => track.colour).sort()).toEqual(['#1f77b4', '#2ca02c', '#d62728']);
    const settings = (await web.request('GET', `/events/${SLUG}/registration-settings`)).body;
    expect(settings).toEqual(
      expect.objectContaining({ open: true, capacity: 300, approvalRequired: true, promotion: 'offer', offerHours: 24, privacyNoticeVersion: '2027-1' }),
    );
    expect(settings.closesAt).toBe('2027-03-01T10:00:00.000Z');
    const categories = (await web.request('GET', `/events/${SLUG}/registration-categories`)).body;
    expect(categories.map(({ code, quota }: { code: string; quota: number }) => [code, quota])).toEqual([
      ['city-delegate', 250],
      ['observer', 50],
    ]);
  });

  it('shows a quota below the places confirmed as refused at the category', async () => {
    const token = await web.adminToken();
    for (const [fullName, email] of [
      ['Somchai Prasert', 'somchai@bangkok.example'],
      ['Nguyễn Thị Lan', 'lan.nguyen@hanoi.example'],
    ]) {
      const consent = { privacyNoticeVersion: '2027-1', accepted: true };
      const registered = await web.request('POST', `/events/${SLUG}/registrations`, {
        body: { fullName, email, country: 'TH', language: 'en', category: 'observer', consent },
      });
      expect(registered.status).toBe(201);
      expect((await web.request('POST', `/events/${SLUG}/registrations/${registered.body.id}/approve`, { token })).status).toBe(200);
    }
    await page.reload();
    await form('Observer').getByLabel(label('Quota')).fill('1');
    await form('Observer').getByRole('button', { name: 'Save' }).click();
    await expect(form('Observer').locator('.field-error').textContent()).resolves.toBe(
      'The quota cannot be lower than the places already confirmed in this category.',
    );
  });

  it('duplicates the event from the events list, onto new dates', async () => {
    await page.goto('/organiser');
    const card = page.locator('.card', { has: page.getByRole('link', { name: 'Learning Cities Bangkok 2027' }) });
    await card.getByRole('button', { name: 'Duplicate' }).click();
    const duplicate = page.getByRole('form', { name: 'Duplicate “Learning Cities Bangkok 2027”' });
    await duplicate.getByLabel(label('Name')).fill('Learning Cities Bangkok 2028');
    await duplicate.getByLabel(label('Short name (slug)')).fill('learning-cities-bangkok-2028');
    await duplicate.getByLabel(label('First day')).fill('07/03/2028');
    await duplicate.getByRole('button', { name: 'Create copy' }).click();
    await page.waitForURL('**/organiser/events/learning-cities-bangkok-2028/settings');
    await form('Plenary Hall').waitFor();
    await form('Observer').waitFor();
    const copy = (await web.request('GET', '/events/learning-cities-bangkok-2028')).body;
    expect(copy).toEqual(expect.objectContaining({ startDate: '2028-03-07', endDate: '2028-03-08' }));
    expect(copy.rooms).toHaveLength(4);
  });

  it('reads well on a phone and in Vietnamese', async () => {
    const token = await web.adminToken();
    for (const [language, phone] of [
      ['vi', false],
      ['en', true],
      ['vi', true],
    ] as const) {
      const other = await (await openContext(browser, web, { token, language, phone })).newPage();
      await other.goto(`/organiser/events/${SLUG}/settings`);
      await other.getByRole('heading', { level: 1, name: language === 'vi' ? 'Cài đặt' : 'Settings' }).waitFor();
      await other.getByRole('form', { name: 'Plenary Hall' }).waitFor();
      await screenshot(other, `event-setup-2-settings-${language}-${phone ? 'phone' : 'desktop'}`);
      await other.goto('/organiser/new');
      await other.getByRole('heading', { level: 1, name: language === 'vi' ? 'Sự kiện mới' : 'New event' }).waitFor();
      await screenshot(other, `event-setup-3-new-event-${language}-${phone ? 'phone' : 'desktop'}`);
      await other.context().close();
    }
  });
});
