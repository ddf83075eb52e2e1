import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const EVENT = 'Lifelong Learning Forum Hue 2027';
const SLUG = 'lifelong-learning-forum-hue-2027';
const ORGANISER = { email: 'mai.organiser@hue.example', name: 'Nguyễn Thị Mai', password: 'organiser password 2027' };
const SPEAKER = { email: 'arjun.speaker@example.org', name: 'Arjun Mehta', password: 'speaker password 2027' };
const JUROR = { email: 'ines.juror@example.org', name: 'Inês Costa', password: 'juror password 2027' };
const STAFF = { email: 'bao.staff@hue.example', name: 'Trần Quốc Bảo', password: 'staff password 2027' };

/** A field by its label, whether or not the label adds "(required)". */
const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(required\\))?$`);

/** Polls until the check gives a value or the time is up (mail is sent by the worker, after the request). */
async function eventually<T>(check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The whole path, in the browser only: from an empty database holding nothing but the platform
 * admin, to a published programme and a delegate's registration. The test reads mail (the links people
 * are sent) and nothing else outside the browser: every step a person takes is taken on a page.
 */
describe('a new organiser runs a conference from the browser alone', () => {
  let web: WebApp;
  let browser: Browser;
  let organiser: Page;
  let speaker: Page;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 11, env: { LOAD_DEMO: 'false' } }));
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await web?.close();
  });

  const newPage = async (options: { language?: 'en' | 'vi'; phone?: boolean } = {}) => {
    const context = await openContext(browser, web, options);
    contexts.push(context);
    return context.newPage();
  };

  /** The path of the invitation link in the `nth` invitation mail the address received (they arrive after the request). */
  const invitationLink = async (email: string, nth = 1): Promise<string> => {
    const links = () =>
      web.smtp
        .to(email)
        .map((mail) => /https?:\/\/\S+?\/events\/[^/\s]+\/invitations\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')?.[0])
        .filter((link): link is string => link !== undefined);
    const link = await eventually(() => links()[nth - 1]);
    return new URL(link).pathname;
  };

  const invite = async (page: Page, person: { email: string; name: string }, role: string) => {
    const form = page.getByRole('form', { name: 'Invite a person' });
    await form.getByLabel(/^Email/).fill(person.email);
    await form.getByLabel(/^Name/).fill(person.name);
    await form.getByLabel('Role').selectOption({ label: role });
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${person.email}.` })
      .waitFor();
  };

  /** The invitee opens the mailed link in a browser of their own, creates their account and lands on their work. */
  const accept = async (page: Page, person: { email: string; name: string; password: string }, lands: string) => {
    await page.goto(await invitationLink(person.email));
    await page.getByLabel(/^Your name as others will see it|^Họ tên hiển thị/).fill(person.name);
    await page.getByLabel(/^Choose a password|^Chọn mật khẩu/).fill(person.password);
    await page.getByRole('button', { name: /^(Accept the invitation|Nhận lời mời)$/ }).click();
    await page.waitForURL(lands);
  };

  const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Organiser pages' }).getByRole('link', { name, exact: true }).click();
  const form = (page: Page, name: string) => page.getByRole('form', { name, exact: true });

  const addSession = async (title: string, room: string, track: string, start: string, end: string) => {
    await organiser.getByRole('button', { name: 'New session' }).click();
    const dialog = organiser.getByRole('dialog', { name: 'New session' });
    await dialog.getByLabel('Title (English)').fill(title);
    await dialog.getByLabel('Track').selectOption({ label: track });
    await dialog.getByLabel('Room').selectOption({ label: room });
    await dialog.getByLabel('Starts').fill(start);
    await dialog.getByLabel('Ends').fill(end);
    await dialog.getByRole('button', { name: 'Add session' }).click();
    await organiser
      .getByRole('status')
      .filter({ hasText: `Session “${title}” added.` })
      .waitFor();
  };

  it('the platform admin, alone in an empty system, creates the event and invites its organiser', async () => {
    const admin = await newPage();
    await admin.goto('/login');
    await admin.getByLabel(label('Email')).fill(ADMIN_EMAIL);
    await admin.getByLabel(label('Password')).fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL('**/organiser');
    await admin.getByRole('heading', { level: 1, name: 'Events I organise' }).waitFor();
    await screenshot(admin, 'new-organiser-01-empty');

    await admin.getByRole('link', { name: 'New event' }).click();
    await admin.getByLabel(label('Name')).fill(EVENT);
    await expect(admin.getByLabel(label('Short name (slug)')).inputValue()).resolves.toBe(SLUG);
    await admin.getByLabel(label('First day')).fill('16/03/2027');
    await admin.getByLabel(label('Last day')).fill('17/03/2027');
    await admin.getByLabel(label('Time zone')).fill('Asia/Ho_Chi_Minh');
    await admin.getByLabel(label('Venue')).fill('Hue Convention Centre');
    await admin.getByLabel(label('City')).fill('Huế');
    await admin.getByLabel(label('Country')).selectOption('VN');
    await admin.getByRole('checkbox', { name: 'Vietnamese' }).check();
    await admin.getByRole('button', { name: 'Create event' }).click();
    await admin.waitForURL(`**/organiser/events/${SLUG}/settings`);

    await nav(admin, 'People');
    await admin.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await invite(admin, ORGANISER, 'Organiser');
    await admin.context().close();
  });

  it('the new organiser accepts from the mail and sets up two days, 4 rooms, 3 tracks and 2 categories', async () => {
    organiser = await newPage();
    await accept(organiser, ORGANISER, `**/organiser/events/${SLUG}`);
    await organiser.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await organiser.getByRole('heading', { level: 2, name: 'Manage the event' }).waitFor();
    await screenshot(organiser, 'new-organiser-02-dashboard');
    // A new event's dashboard starts the set-up: its first card leads to the settings.
    await organiser.getByRole('link', { name: /^Settings Details, rooms, tracks/ }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    for (const [name, capacity] of [
      ['Perfume River Hall', '300'],
      ['Citadel Room', '60'],
      ['Thien Mu Room', '60'],
      ['Workshop Studio', '30'],
    ]) {
      await form(organiser, 'Add room').getByLabel(label('Room name')).fill(name);
      await form(organiser, 'Add room').getByLabel(label('Capacity')).fill(capacity);
      await form(organiser, 'Add room').getByRole('button', { name: 'Add room' }).click();
      await form(organiser, name).waitFor();
    }
    for (const [name, colour] of [
      ['Learning for all', '#1f77b4'],
      ['Green learning cities', '#2ca02c'],
      ['Digital learning', '#9467bd'],
    ]) {
      await form(organiser, 'Add track').getByLabel(label('Track name')).fill(name);
      await form(organiser, 'Add track').getByLabel(label('Colour')).fill(colour);
      await form(organiser, 'Add track').getByRole('button', { name: 'Add track' }).click();
      await form(organiser, name).waitFor();
    }
    for (const [code, name, quota] of [
      ['delegate', 'City delegate', '200'],
      ['observer', 'Observer', '50'],
    ]) {
      await form(organiser, 'Add category').getByLabel(label('Code')).fill(code);
      await form(organiser, 'Add category').getByLabel(label('Name')).fill(name);
      await form(organiser, 'Add category').getByLabel(label('Quota')).fill(quota);
      await form(organiser, 'Add category').getByRole('button', { name: 'Add category' }).click();
      await form(organiser, name).waitFor();
    }
    await screenshot(organiser, 'new-organiser-02-settings');
  });

  it('invites a speaker, a juror and a staff member by email; each accepts in a browser of their own', async () => {
    // The first talk, before anyone is a speaker: the form says so and leads to the People page.
    await nav(organiser, 'Programme');
    await organiser.getByRole('heading', { level: 1, name: 'Programme editor' }).waitFor();
    await addSession('Opening plenary', 'Perfume River Hall', 'Learning for all', '09:00', '10:30');
    await organiser.getByRole('button', { name: /^Opening plenary, 09:00–10:30, Perfume River Hall/ }).click();
    const editor = organiser.getByRole('dialog', { name: /Edit session/ });
    await editor.getByRole('button', { name: 'Add a talk' }).click();
    const nobody = editor.getByRole('form', { name: 'New talk' }).getByText('No one has the speaker role on this event yet.');
    await nobody.scrollIntoViewIfNeeded();
    await screenshot(organiser, 'new-organiser-03-no-speaker-yet');
    await editor.getByRole('link', { name: 'Invite speakers by email on the People page.' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await invite(organiser, SPEAKER, 'Speaker');
    await invite(organiser, JUROR, 'Juror');
    await invite(organiser, STAFF, 'Staff (check-in)');
    await screenshot(organiser, 'new-organiser-03-invitations');

    speaker = await newPage();
    await accept(speaker, SPEAKER, '**/speaker');
    await speaker.getByRole('heading', { level: 1, name: 'My talks' }).waitFor();
    const juror = await newPage({ phone: true });
    await accept(juror, JUROR, '**/jury');
    await juror.getByRole('heading', { level: 1, name: 'My jury work' }).waitFor();
    await screenshot(juror, 'new-organiser-04-juror-phone');
    const staff = await newPage({ language: 'vi' });
    await accept(staff, STAFF, `**/organiser/events/${SLUG}/check-in`);
    await staff.getByRole('heading', { level: 1 }).waitFor();
    await staff.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    // Months before the event the desk practises, and says so, instead of offering a day it then refuses.
    await staff.getByText('Diễn tập', { exact: true }).waitFor();
    expect(await staff.getByLabel(/^Ngày ghi nhận/).count()).toBe(0);
    await screenshot(staff, 'new-organiser-04-staff-check-in-vi');

    await organiser.reload();
    const everyone = organiser.getByRole('region', { name: 'Everyone with a role' });
    for (const [person, role] of [
      [SPEAKER, 'Speaker'],
      [JUROR, 'Juror'],
      [STAFF, 'Staff (check-in)'],
    ] as const) {
      const row = everyone.getByRole('listitem').filter({ hasText: person.email }).first();
      await row.getByText(person.name, { exact: true }).waitFor();
      await row.getByText(role, { exact: true }).waitFor();
    }
    await organiser.getByRole('region', { name: 'Invitations waiting for an answer' }).getByText('No invitation is waiting for an answer.').waitFor();

    // Asking again is refused, and the refusal sits at the email it is about.
    await form(organiser, 'Invite a person')
      .getByLabel(/^Email/)
      .fill(SPEAKER.email);
    await form(organiser, 'Invite a person').getByLabel('Role').selectOption({ label: 'Speaker' });
    await form(organiser, 'Invite a person').getByRole('button', { name: 'Send the invitation' }).click();
    const emailField = form(organiser, 'Invite a person').locator('.field', { has: organiser.getByLabel(/^Email/) });
    await emailField
      .locator('.field-error')
      .filter({ hasText: `${SPEAKER.email} already has this role on the event.` })
      .waitFor();

    // The juror is asked to speak as well: with an account already, the link asks for its password, and a
    // wrong one is refused at the password field.
    await invite(organiser, JUROR, 'Speaker');
    const again = await newPage();
    await again.goto(await invitationLink(JUROR.email, 2));
    await again.getByText(`You already have an account with ${JUROR.email}.`).waitFor();
    const password = again.getByLabel(/^Your password/);
    await password.fill('not the password');
    await again.getByRole('button', { name: 'Accept the invitation' }).click();
    await again.locator('.field', { has: password }).locator('.field-error').filter({ hasText: 'The email or password is wrong.' }).waitFor();
    await password.fill(JUROR.password);
    await again.getByRole('button', { name: 'Accept the invitation' }).click();
    await again.waitForURL('**/speaker');
  });

  it('opens an award round and puts the juror on its jury, reached from the jury page', async () => {
    await nav(organiser, 'Awards');
    await organiser.getByRole('button', { name: 'Open a new round' }).click();
    await organiser.getByLabel(/^Name of the round \(required\)/).fill('Hue Learning City Prize 2027');
    await organiser.getByLabel(/^Award year/).fill('2027');
    await organiser.getByLabel(/^Nominations close/).fill('01/03/2027 17:00');
    await organiser.getByLabel(/^Judging closes/).fill('15/03/2027 17:00');
    await organiser.getByLabel('Asia and the Pacific').fill('3');
    await organiser.getByRole('textbox', { name: /^Criterion 1 \(required\)/ }).fill('Learning for all ages');
    await organiser.getByLabel(/^Weight of criterion 1/).fill('1');
    await organiser.getByRole('button', { name: 'Open the round' }).click();
    await organiser.getByText('The round is open. Add nominations, then the jury.').waitFor();

    await organiser.getByRole('navigation', { name: 'Parts of this round' }).getByRole('link', { name: 'Jury' }).click();
    await organiser.getByLabel(/^Person/).selectOption({ label: JUROR.name });
    await organiser.getByLabel(/^Juror’s country/).fill('PT');
    await organiser.getByRole('button', { name: 'Add to the jury' }).click();
    await organiser
      .getByRole('status')
      .filter({ hasText: `${JUROR.name} is on the jury.` })
      .waitFor();
    await organiser.getByText('Nobody is on this round’s jury yet.').waitFor({ state: 'detached' });
    await screenshot(organiser, 'new-organiser-05-jury');

    // Nothing to assign yet: the jury page leads to the nominations, and they to the city registry.
    await organiser.getByRole('link', { name: 'No nominations to assign yet: add them on the Nominations page' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Nominations' }).waitFor();
    await organiser.getByRole('link', { name: 'Add or import cities' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Cities' }).waitFor();
  });

  it('builds a programme over both days with the speaker on a talk, and publishes it', async () => {
    await nav(organiser, 'Programme');
    await organiser.getByRole('heading', { level: 1, name: 'Programme editor' }).waitFor();
    await addSession('Green learning in practice', 'Citadel Room', 'Green learning cities', '11:00', '12:30');

    // The speaker, who accepted a moment ago, is offered on the talk form.
    await organiser.getByRole('button', { name: /^Opening plenary, 09:00–10:30, Perfume River Hall/ }).click();
    const editor = organiser.getByRole('dialog', { name: /Edit session/ });
    await editor.getByRole('button', { name: 'Add a talk' }).click();
    const talk = editor.getByRole('form', { name: 'New talk' });
    await talk.getByRole('textbox', { name: 'Talk title (required)' }).fill('Cities that learn together');
    await talk.getByLabel('Starts').fill('09:15');
    await talk.getByLabel('Length (minutes)').fill('30');
    await talk.getByLabel(SPEAKER.name).check();
    await talk.getByRole('button', { name: 'Add talk' }).click();
    await editor.getByRole('status').filter({ hasText: 'Talk added.' }).waitFor();
    expect(await editor.getByRole('listitem').filter({ hasText: 'Cities that learn together' }).textContent()).toContain(SPEAKER.name);
    await screenshot(organiser, 'new-organiser-05-talk');
    await editor.getByRole('button', { name: 'Close' }).first().click();

    // The second day.
    await organiser.getByRole('button', { name: 'Wed 17 Mar' }).click();
    await addSession('Digital learning workshop', 'Workshop Studio', 'Digital learning', '14:00', '15:30');

    const publishing = organiser.getByRole('region', { name: 'Publish' });
    await publishing.getByRole('button', { name: 'Review changes and publish' }).click();
    await publishing.getByRole('button', { name: 'Publish version 1' }).click();
    await organiser.getByRole('dialog', { name: 'Publish version 1' }).getByRole('button', { name: 'Publish version 1' }).click();
    await publishing.getByRole('status').filter({ hasText: 'Version 1 is published.' }).waitFor();
    await screenshot(organiser, 'new-organiser-06-published');

    // The speaker finds the talk on their own page.
    await speaker.reload();
    await speaker.getByText('Cities that learn together').first().waitFor();
    await screenshot(speaker, 'new-organiser-06-speaker');
  });

  it('opens registration, and a delegate registers through the public page', async () => {
    await nav(organiser, 'Settings');
    const registration = organiser.getByRole('region', { name: 'Registration', exact: true });
    await registration.getByLabel(label('Opens')).fill('01/12/2026 08:00');
    await registration.getByLabel(label('Closes')).fill('01/03/2027 17:00');
    await registration.getByLabel(label('Places in all')).fill('250');
    await registration.getByRole('button', { name: 'Save registration settings' }).click();
    await registration.getByText('Registration is open.').waitFor();

    const delegate = await newPage({ phone: true });
    await delegate.goto(`/events/${SLUG}`);
    await delegate.getByRole('link', { name: 'Register to attend' }).click();
    await delegate.getByRole('heading', { level: 1, name: new RegExp(`Register for ${EVENT}`) }).waitFor();
    await delegate.getByLabel('Full name').fill('Lê Văn Hùng');
    await delegate.getByLabel(/^Email/).fill('hung.le@danang.example');
    await delegate.getByLabel('Organisation').fill('Da Nang Department of Education');
    await delegate.getByLabel(/^City/).fill('Đà Nẵng');
    await delegate.getByLabel('Country').selectOption('VN');
    await delegate.getByLabel('Registration category').selectOption({ label: 'City delegate' });
    await delegate.getByLabel(/I have read the privacy notice/).check();
    await delegate.getByRole('button', { name: 'Register' }).click();
    await delegate.getByRole('heading', { level: 1, name: 'Thank you for registering' }).waitFor();
    await screenshot(delegate, 'new-organiser-07-registered-phone');
    await eventually(() => web.smtp.to('hung.le@danang.example').at(-1));

    // The public timetable has the published programme with the speaker's talk.
    await delegate.goto(`/events/${SLUG}/timetable`);
    await delegate.getByRole('button', { name: 'Opening plenary', exact: true }).waitFor();
    await screenshot(delegate, 'new-organiser-08-timetable-phone');

    await nav(organiser, 'Delegates');
    await organiser.getByText('Lê Văn Hùng').first().waitFor();
    await screenshot(organiser, 'new-organiser-09-delegates');
  });

  it('reads well in Vietnamese and on a phone', async () => {
    const vietnamese = await newPage({ language: 'vi' });
    await vietnamese.goto('/login');
    await vietnamese.getByLabel(/^Email/).fill(ORGANISER.email);
    await vietnamese.getByLabel(/^Mật khẩu/).fill(ORGANISER.password);
    await vietnamese.getByRole('button', { name: 'Đăng nhập' }).click();
    await vietnamese.waitForURL('**/organiser');
    await vietnamese.goto(`/organiser/events/${SLUG}/people`);
    await vietnamese.getByRole('heading', { level: 1, name: 'Thành viên' }).waitFor();
    await screenshot(vietnamese, 'new-organiser-10-people-vi');
    await vietnamese.goto(`/organiser/events/${SLUG}/programme`);
    await vietnamese.getByRole('heading', { level: 1, name: 'Soạn chương trình' }).waitFor();
    await screenshot(vietnamese, 'new-organiser-11-programme-vi');
    await vietnamese.setViewportSize({ width: 360, height: 740 });
    await vietnamese.goto(`/organiser/events/${SLUG}/settings`);
    await vietnamese.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();
    await vietnamese.getByRole('form', { name: 'Perfume River Hall' }).waitFor();
    expect(await vietnamese.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(vietnamese, 'new-organiser-12-settings-vi-phone');
  });
});
