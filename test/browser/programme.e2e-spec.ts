import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const MOVED = 'Parallel discussion 1: a learning city that leaves no one behind';
const IN_THE_WAY = 'Parallel discussion 2: green and healthy learning cities';

/** The c3voc schedule.json event with this title, wherever it sits (days → rooms → events). */
function findEvent(node: unknown, title: string): { title: string; date: string; room: string } | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findEvent(item, title);
      if (found) return found;
    }
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.title === title && typeof record.date === 'string') return record as { title: string; date: string; room: string };
    for (const value of Object.values(record)) {
      const found = findEvent(value, title);
      if (found) return found;
    }
  }
  return undefined;
}

describe('programme editor (organiser)', () => {
  let web: WebApp;
  let browser: Browser;
  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 1 }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('an organiser moves a session, sees the conflict warning, publishes, and the public timetable shows the move', async () => {
    const token = await web.adminToken();
    const context = await openContext(browser, web, { token });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/programme`);
    await page.getByRole('heading', { level: 1, name: 'Programme editor' }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^${MOVED}, 11:00–12:30, Meeting Room 1`) }).waitFor();
    await expect(page.getByText('Times in Asia/Bangkok (GMT+7)').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'programme-1-editor');

    // Into a room that is taken at that time: the API's 409 names the session in the way, next to the fields.
    await page.getByRole('button', { name: new RegExp(`^${MOVED}`) }).click();
    const dialog = page.getByRole('dialog', { name: /Edit session/ });
    await dialog.waitFor();
    await expect(dialog.getByText('Times are in the event’s time zone: Asia/Bangkok (GMT+7)').isVisible()).resolves.toBe(true);
    await dialog.getByLabel('Room').selectOption({ label: 'Meeting Room 2' });
    const refused = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/sessions/'));
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    expect((await refused).status()).toBe(409);
    const conflict = dialog.getByRole('alert').filter({ hasText: IN_THE_WAY });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Room "Meeting Room 2" is taken by');
    // Tied to the fields it is about, so a screen reader reads it with them.
    const conflictId = await conflict.getAttribute('id');
    expect(await dialog.getByLabel('Room').getAttribute('aria-describedby')).toContain(conflictId);
    expect(await dialog.getByLabel('Starts').getAttribute('aria-describedby')).toContain(conflictId);
    await screenshot(page, 'programme-2-conflict');

    // To a free time in that room: saved.
    await dialog.getByLabel('Starts').fill('14:00');
    await dialog.getByLabel('Ends').fill('15:30');
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/sessions/'));
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    expect((await saved).status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: `Session “${MOVED}” saved.` })
      .waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: new RegExp(`^${MOVED}, 14:00–15:30, Meeting Room 2`) }).waitFor();
    const draft = await web.request('GET', `/events/${DEMO}/sessions`, { token });
    const session = (draft.body as Array<{ id: string; title: { en: string }; start: string; end: string }>).find((candidate) => candidate.title.en === MOVED)!;
    expect(session.start).toBe('2024-10-29T14:00:00+07:00');
    expect(session.end).toBe('2024-10-29T15:30:00+07:00');

    // The warnings list is there and was asked for again after the change.
    const warnings = page.getByRole('region', { name: /^Warnings/ });
    await warnings.waitFor();
    const expected = await web.request('GET', `/events/${DEMO}/programme/warnings`, { token });
    if ((expected.body as unknown[]).length === 0) await warnings.getByText('No warnings: the draft looks clean.').waitFor();
    else await warnings.getByRole('listitem').first().waitFor();
    await warnings.scrollIntoViewIfNeeded();
    await screenshot(page, 'programme-3-saved-warnings');

    // Publish: the changelog preview lists the move (and the new room), then version 2.
    const publishing = page.getByRole('region', { name: 'Publish' });
    await publishing.getByRole('button', { name: 'Review changes and publish' }).click();
    await publishing.getByRole('heading', { name: 'Changes in version 2' }).waitFor();
    const moved = publishing.getByRole('listitem').filter({ hasText: 'Moved' }).filter({ hasText: MOVED });
    await moved.waitFor();
    expect(await moved.textContent()).toMatch(/11:00–12:30, Meeting Room 1 → .*14:00–15:30, Meeting Room 2/);
    await publishing.getByRole('listitem').filter({ hasText: 'Room changed' }).filter({ hasText: MOVED }).waitFor();
    await publishing.scrollIntoViewIfNeeded();
    await screenshot(page, 'programme-4-publish-preview');

    await publishing.getByRole('button', { name: 'Publish version 2' }).click();
    // Publishing cannot be undone: the app's own dialog asks first.
    const asked = page.getByRole('dialog', { name: 'Publish version 2' });
    await asked.getByText('A published version cannot be withdrawn.', { exact: false }).waitFor();
    await asked.getByRole('button', { name: 'Publish version 2' }).click();
    await publishing.getByRole('status').filter({ hasText: 'Version 2 is published.' }).waitFor();
    await publishing.getByText('Version 2', { exact: true }).waitFor();
    await publishing.getByText('Version 1', { exact: true }).waitFor();
    const versions = await web.request('GET', `/events/${DEMO}/programme/versions`, { token });
    expect(versions.body[0].version).toBe(2);
    expect(versions.body[0].changelog.map((entry: { kind: string }) => entry.kind).sort()).toEqual(['moved', 're-roomed']);
    await screenshot(page, 'programme-5-published');

    // The editor on a 360 px phone: the day as a list.
    const phone = await openContext(browser, web, { token, phone: true });
    const small = await phone.newPage();
    await small.goto(`/organiser/events/${DEMO}/programme`);
    const card = small.getByRole('button', { name: new RegExp(`^${MOVED}, 14:00–15:30, Meeting Room 2`) });
    await card.waitFor();
    expect(await card.textContent()).toContain('14:00–15:30 · Meeting Room 2');
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(small, 'programme-6-editor-360');
    await phone.close();

    // An anonymous visitor sees the session at its new time, in the public timetable and the schedule export.
    const schedule = await web.request('GET', `/events/${DEMO}/schedule.json`);
    expect(schedule.status).toBe(200);
    expect(findEvent(schedule.body, MOVED)?.date).toMatch(/^2024-10-29T14:00/);
    expect(findEvent(schedule.body, MOVED)?.room).toBe('Meeting Room 2');

    const visitor = await openContext(browser, web);
    const publicPage = await visitor.newPage();
    await publicPage.goto(`/events/${DEMO}/timetable`);
    const block = publicPage.getByRole('button', { name: MOVED, exact: true });
    await block.waitFor();
    expect(await block.textContent()).toContain('14:00–15:30');
    expect(await block.textContent()).toContain('Meeting Room 2');
    await block.scrollIntoViewIfNeeded();
    await screenshot(publicPage, 'programme-7-public-timetable');
    await visitor.close();
    await context.close();
  }, 120_000);
  it('an organiser adds a session with a talk and a speaker, edits the talk, then deletes both', async () => {
    const token = await web.adminToken();
    const context = await openContext(browser, web, { token });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/programme`);
    await page.getByRole('button', { name: 'Wed 30 Oct' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wednesday, 30 October 2024' }).waitFor();

    await page.getByRole('button', { name: 'New session' }).click();
    const dialog = page.getByRole('dialog', { name: 'New session' });
    await dialog.waitFor();
    // Nothing typed: the API's message shows under the title field, which is marked invalid.
    await dialog.getByLabel('Room').selectOption({ label: 'Meeting Room 1' });
    await dialog.getByLabel('Starts').fill('14:00');
    await dialog.getByLabel('Ends').fill('15:00');
    await dialog.getByRole('button', { name: 'Add session' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'title must map language codes to texts' }).first().waitFor();
    await expect(dialog.getByLabel('Title (English)').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await dialog.getByLabel('Day').inputValue()).toBe('2024-10-30');

    await dialog.getByLabel('Title (English)').fill('Workshop: measuring a learning city');
    await dialog.getByLabel('Title (Vietnamese)').fill('Hội thảo: đo lường thành phố học tập');
    await dialog.getByLabel('Type').selectOption('workshop');
    await dialog.getByRole('button', { name: 'Add session' }).click();
    await page.getByRole('status').filter({ hasText: 'Session “Workshop: measuring a learning city” added.' }).waitFor();
    const card = page.getByRole('button', { name: /^Workshop: measuring a learning city, 14:00–15:00, Meeting Room 1/ });
    await card.waitFor();
    const created = (await web.request('GET', `/events/${DEMO}/sessions`, { token })).body.find(
      (session: { title: { vi?: string } }) => session.title.vi === 'Hội thảo: đo lường thành phố học tập',
    );
    expect(created).toMatchObject({ type: 'workshop', start: '2024-10-30T14:00:00+07:00', end: '2024-10-30T15:00:00+07:00' });

    // A talk inside it, with a speaker; then a longer one; then gone.
    await card.click();
    const editor = page.getByRole('dialog', { name: /Edit session/ });
    await editor.getByRole('button', { name: 'Add a talk' }).click();
    const talk = editor.getByRole('form', { name: 'New talk' });
    await talk.getByRole('textbox', { name: 'Talk title (required)' }).fill('Indicators that matter');
    await talk.getByLabel('Starts').fill('14:00');
    await talk.getByLabel('Length (minutes)').fill('30');
    await talk.getByLabel('Korean learning city representative').check();
    await talk.getByRole('button', { name: 'Add talk' }).click();
    await editor.getByRole('status').filter({ hasText: 'Talk added.' }).waitFor();
    const item = editor.getByRole('listitem').filter({ hasText: 'Indicators that matter' });
    expect(await item.textContent()).toContain('14:00–14:30');
    expect(await item.textContent()).toContain('Korean learning city representative');

    await editor.getByRole('button', { name: 'Edit talk “Indicators that matter”' }).click();
    const edit = editor.getByRole('form', { name: 'Edit talk “Indicators that matter”' });
    await edit.getByLabel('Length (minutes)').fill('45');
    await edit.getByRole('button', { name: 'Save talk' }).click();
    await editor.getByRole('status').filter({ hasText: 'Talk saved.' }).waitFor();
    expect(await editor.getByRole('listitem').filter({ hasText: 'Indicators that matter' }).textContent()).toContain('14:00–14:45');
    await screenshot(page, 'programme-8-talks');
    const withTalk = await web.request('GET', `/events/${DEMO}/sessions/${created.id}`, { token });
    expect(withTalk.body.slots).toHaveLength(1);
    expect(withTalk.body.slots[0]).toMatchObject({ title: 'Indicators that matter', start: '2024-10-30T14:00:00+07:00', end: '2024-10-30T14:45:00+07:00' });
    expect(withTalk.body.slots[0].speakers.map((speaker: { name: string }) => speaker.name)).toEqual(['Korean learning city representative']);

    await editor.getByRole('button', { name: 'Delete talk “Indicators that matter”' }).click();
    await editor.getByRole('status').filter({ hasText: 'Talk deleted.' }).waitFor();
    await editor.getByText('No talks yet.').waitFor();

    await editor.getByRole('button', { name: 'Delete session' }).click();
    await editor.getByRole('button', { name: 'Yes, delete this session' }).click();
    await page.getByRole('status').filter({ hasText: 'Session “Workshop: measuring a learning city” deleted.' }).waitFor();
    expect((await web.request('GET', `/events/${DEMO}/sessions/${created.id}`, { token })).status).toBe(404);
    await context.close();

    // The same editor in Vietnamese.
    const vietnamese = await openContext(browser, web, { token, language: 'vi', phone: true });
    const vi = await vietnamese.newPage();
    await vi.goto(`/organiser/events/${DEMO}/programme`);
    await vi.getByRole('heading', { level: 1, name: 'Soạn chương trình' }).waitFor();
    await vi.getByRole('region', { name: /^Cảnh báo/ }).waitFor();
    await vi.getByRole('button', { name: 'Xem thay đổi và công bố' }).waitFor();
    await screenshot(vi, 'programme-9-editor-vi-360');
    await vietnamese.close();
  }, 120_000);
});
