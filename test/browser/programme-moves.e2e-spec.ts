import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const MOVED = 'Parallel discussion 1: a learning city that leaves no one behind';
const IN_THE_WAY = 'Parallel discussion 2: green and healthy learning cities';

type DraftSession = { id: string; title: { en: string }; start: string; roomId: string | null };

describe('moving sessions in the programme editor', () => {
  let web: WebApp;
  let browser: Browser;
  let token: string;
  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 6 }));
    token = await web.adminToken();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const draft = async (): Promise<DraftSession> =>
    ((await web.request('GET', `/events/${DEMO}/sessions`, { token })).body as DraftSession[]).find((session) => session.title.en === MOVED)!;
  const card = (page: Page, place: string) => page.getByRole('button', { name: new RegExp(`^${MOVED}, ${place}`) });

  /** Presses near the card's top edge and lets go at (x, y): the card's top lands where the pointer does. */
  async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
  }

  it('a drag into a taken room puts the card back and names what is in the way; a drag to a free time saves it and can be undone', async () => {
    const context = await openContext(browser, web, { token });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/programme`);
    const original = card(page, '11:00–12:30, Meeting Room 1');
    await original.waitFor();
    // Speaker names on the card, not a count of talks.
    expect(await original.textContent()).toContain('Sơn La');
    expect(await original.textContent()).not.toMatch(/\d talks?/);
    const before = await draft();

    const box = (await original.boundingBox())!;
    const room2 = (await page.locator('.programme-room', { hasText: 'Meeting Room 2' }).boundingBox())!;
    const refused = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/sessions/${before.id}`));
    await drag(page, { x: box.x + 20, y: box.y + 4 }, { x: room2.x + room2.width / 2, y: box.y + 4 });
    expect((await refused).status()).toBe(409);
    const conflict = page.getByRole('alert').filter({ hasText: IN_THE_WAY });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Room "Meeting Room 2" is taken by');
    expect(await conflict.textContent()).toContain(`“${MOVED}” cannot go there and is back in its place.`);
    await original.waitFor();
    expect(await draft()).toMatchObject({ start: before.start, roomId: before.roomId });
    await screenshot(page, 'programme-moves-1-refused');

    // To a free time in the same room: saved, and the warnings are asked for again. Both ends in view first.
    await original.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const label = (await page.locator('.programme-hour', { hasText: '14:00' }).boundingBox())!;
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/sessions/${before.id}`));
    const warningsAgain = page.waitForResponse(
      (response) => response.request().method() === 'GET' && response.url().endsWith(`/events/${DEMO}/programme/warnings`),
    );
    const again = (await original.boundingBox())!;
    await drag(page, { x: again.x + 20, y: again.y + 4 }, { x: again.x + 20, y: label.y + 4 });
    expect((await saved).status()).toBe(200);
    expect((await warningsAgain).status()).toBe(200);
    await card(page, '14:00–15:30, Meeting Room 1').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `“${MOVED}” moved to Tue 29 Oct, 14:00–15:30, Meeting Room 1.` })
      .waitFor();
    expect((await draft()).start).toBe('2024-10-29T14:00:00+07:00');
    const expected = (await web.request('GET', `/events/${DEMO}/programme/warnings`, { token })).body as unknown[];
    const warnings = page.getByRole('region', { name: /^Warnings/ });
    if (expected.length) await expect(warnings.locator('.programme-count').textContent()).resolves.toBe(String(expected.length));
    await screenshot(page, 'programme-moves-2-saved');

    await page.getByRole('button', { name: 'Undo move' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Move of “${MOVED}” undone.` })
      .waitFor();
    await original.waitFor();
    expect((await draft()).start).toBe(before.start);
    await context.close();
  }, 120_000);

  it('by keyboard: picks a session up, moves it with the arrows, Escape cancels, Page Down and Enter move it to the next day', async () => {
    const context = await openContext(browser, web, { token });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/programme`);
    const handle = page.getByRole('button', { name: `Move “${MOVED}”` });
    await handle.focus();
    await page.keyboard.press('Space');
    const live = page.locator('[aria-live="assertive"]');
    await expect(live.textContent()).resolves.toContain(`Picked up “${MOVED}”`);
    await page.keyboard.press('ArrowRight');
    await expect(live.textContent()).resolves.toBe('Tue 29 Oct, 11:00–12:30, Meeting Room 2');
    await page.keyboard.press('ArrowDown');
    await expect(live.textContent()).resolves.toBe('Tue 29 Oct, 11:15–12:45, Meeting Room 2');
    await page.locator('.programme-drop').waitFor();
    await screenshot(page, 'programme-moves-3-keyboard');
    await page.keyboard.press('Escape');
    await expect(live.textContent()).resolves.toBe(`Move cancelled: “${MOVED}” stays where it was.`);
    expect((await draft()).start).toBe('2024-10-29T11:00:00+07:00');

    await page.keyboard.press('Space');
    await page.keyboard.press('PageDown');
    await expect(live.textContent()).resolves.toBe('Wed 30 Oct, 11:00–12:30, Meeting Room 1');
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/sessions/'));
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    // The editor follows the session to its new day.
    await page.getByRole('heading', { level: 2, name: 'Wednesday, 30 October 2024' }).waitFor();
    await card(page, '11:00–12:30, Meeting Room 1').waitFor();
    expect((await draft()).start).toBe('2024-10-30T11:00:00+07:00');

    // The list view stays, for those who prefer it.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.locator('.programme-list').isVisible()).resolves.toBe(true);
    await expect(page.locator('.programme-grid-scroll').isVisible()).resolves.toBe(false);
    await context.close();
  }, 120_000);

  it('warns on the card and in the list when a talk falls in a time its speaker cannot speak; organisers see and edit those times', async () => {
    const roles = (await web.request('GET', `/events/${DEMO}/roles`, { token })).body as { userId: string; role: string; displayName: string }[];
    const china = roles.find((role) => role.role === 'speaker' && role.displayName === 'Chinese learning city representative')!;
    const set = await web.request('PUT', `/events/${DEMO}/speaker-availability/${china.userId}`, {
      token,
      body: { times: [{ start: '2024-10-29T10:30', end: '2024-10-29T11:15' }] },
    });
    expect(set.status).toBe(200);

    const context = await openContext(browser, web, { token });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/programme`);
    const other = page.getByRole('button', { name: new RegExp(`^${IN_THE_WAY}, 11:00–12:30, Meeting Room 2`) });
    await other.locator('.programme-card-warning', { hasText: 'Speaker unavailable' }).waitFor();
    const warnings = page.getByRole('region', { name: /^Warnings/ });
    await warnings
      .getByRole('listitem')
      .filter({ hasText: 'Chinese learning city representative is not available at the time of "Learning for climate action in cities"' })
      .waitFor();

    // The organiser sees the times and clears them: the warning goes.
    const panel = page.getByRole('region', { name: 'Speaker availability' });
    await panel.getByLabel('Speaker').selectOption({ label: 'Chinese learning city representative (has unavailable times)' });
    const form = panel.getByRole('form', { name: 'Times Chinese learning city representative cannot speak' });
    await expect(form.getByLabel('Unavailable time 1: from').inputValue()).resolves.toMatch(/29\/10\/2024 10:30|2024-10-29 10:30/);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'programme-moves-5-availability');
    await form.getByRole('button', { name: 'Remove time 1' }).click();
    await form.getByRole('button', { name: 'Save times' }).click();
    await form.getByRole('status').filter({ hasText: 'Times saved.' }).waitFor();
    await other.locator('.programme-card-warning', { hasText: 'Speaker unavailable' }).waitFor({ state: 'detached' });
    expect((await web.request('GET', `/events/${DEMO}/speaker-availability`, { token })).body).toEqual([]);
    await context.close();
  }, 120_000);

  it('scrolls while a card is held near an edge, across to a room out of sight and down to a later time; keyboard steps stay in view', async () => {
    const context = await openContext(browser, web, { token });
    const page = await context.newPage();
    // Narrow and short enough that neither the last room nor the afternoon fits.
    await page.setViewportSize({ width: 820, height: 560 });
    await page.goto(`/organiser/events/${DEMO}/programme`);
    const held = page.getByRole('button', { name: new RegExp(`^${IN_THE_WAY}, 11:00–12:30, Meeting Room 2`) });
    await held.waitFor();
    const scroller = page.locator('.programme-grid-scroll');
    const hall = page.locator('.programme-room', { hasText: 'Plenary Hall' });
    await held.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const region = (await scroller.boundingBox())!;
    expect((await hall.boundingBox())!.x).toBeGreaterThan(region.x + region.width);

    // Across: held at the grid's right edge, the rooms scroll by until the last one is in sight.
    const box = (await held.boundingBox())!;
    const y = box.y + 4;
    await page.mouse.move(box.x + 20, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 30, y, { steps: 3 });
    await page.mouse.move(region.x + region.width - 4, y, { steps: 6 });
    await page.waitForFunction(() => {
      const grid = document.querySelector('.programme-grid-scroll')!;
      return grid.scrollLeft > 0 && grid.scrollLeft + grid.clientWidth >= grid.scrollWidth - 1;
    });
    const inSight = (await hall.boundingBox())!;
    await page.mouse.move(inSight.x + inSight.width / 2, y, { steps: 3 });
    await page.locator('.programme-drop', { hasText: 'Tue 29 Oct, 11:00–12:30, Plenary Hall' }).waitFor();
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/sessions/'));
    await page.mouse.up();
    expect((await saved).status()).toBe(200);
    await page.getByRole('button', { name: new RegExp(`^${IN_THE_WAY}, 11:00–12:30, Plenary Hall`) }).waitFor();
    await screenshot(page, 'programme-moves-6-scrolled-across');
    await page.getByRole('button', { name: 'Undo move' }).click();
    await held.waitFor();

    // Down: held at the window's bottom edge, the page scrolls and the target follows the pointer.
    await held.evaluate((element) => element.scrollIntoView({ block: 'start', inline: 'nearest' }));
    const top = await page.evaluate(() => window.scrollY);
    const start = (await held.boundingBox())!;
    await page.mouse.move(start.x + 20, start.y + 4);
    await page.mouse.down();
    await page.mouse.move(start.x + 20, start.y + 14, { steps: 3 });
    await page.mouse.move(start.x + 20, 556, { steps: 6 });
    await page.waitForFunction((from) => window.scrollY > from + 150, top);
    await page.mouse.move(start.x + 20, 400, { steps: 2 });
    const later = await page.locator('.programme-drop').textContent();
    expect(/, (\d\d:\d\d)–/.exec(later ?? '')?.[1] ?? '').toMatch(/^1[3-9]:/);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await page.locator('.programme-drop').waitFor({ state: 'detached' });
    await held.waitFor();

    // By keyboard: each step brings where the card would go into view.
    await held.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const before = await page.evaluate(() => window.scrollY);
    await page.getByRole('button', { name: `Move “${IN_THE_WAY}”` }).focus();
    await page.keyboard.press('Space');
    for (let step = 0; step < 14; step++) await page.keyboard.press('ArrowDown');
    await expect(page.locator('[aria-live="assertive"]').textContent()).resolves.toBe('Tue 29 Oct, 14:30–16:00, Meeting Room 2');
    const target = (await page.locator('.programme-drop').boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(0);
    expect(target.y + target.height).toBeLessThanOrEqual(560);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await screenshot(page, 'programme-moves-7-keyboard-in-view');
    await page.keyboard.press('Escape');
    await context.close();
  }, 120_000);

  it('shows the editor in Vietnamese', async () => {
    const context = await openContext(browser, web, { token, language: 'vi' });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/programme`);
    await page.getByRole('heading', { level: 1, name: 'Soạn chương trình' }).waitFor();
    await page
      .getByRole('button', { name: /^Di chuyển phiên/ })
      .first()
      .waitFor();
    await screenshot(page, 'programme-moves-4-vi');
    await context.close();
  }, 60_000);
});
