import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** Two small but valid PDFs (the API recognises slides by their content, not their name). */
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
const FIRST = pdf('first draft');
const SECOND = pdf('final version, with the closing slide');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const SPEAKER_EMAIL = 'minh.anh.pham@example.org';
const SPEAKER_NAME = 'Phạm Minh Anh';
const PASSWORD = 'learning cities 2024';

/** Polls until the check passes or the time is up (for things that happen in another process, like mail). */
async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('speaker pages (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let slot: { id: string; title: string };
  let invitationPath: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 3 }));
    admin = await web.adminToken();
    // A programme slot of the demo event, as an organiser sees the draft.
    const sessions = await web.request('GET', `/events/${DEMO}/sessions`, { token: admin });
    expect(sessions.status).toBe(200);
    const session = (sessions.body as { slots: { id: string; title: string }[] }[]).find((candidate) => candidate.slots.length > 0)!;
    slot = session.slots[0];
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await web?.close();
  });

  /** Invites in Vietnamese and opens the mail as the invitee gets it: the invitation's id and the link's path. */
  async function inviteInVietnamese(email: string, name: string, slotId: string): Promise<{ id: string; path: string }> {
    const invited = await web.request('POST', `/events/${DEMO}/speaker-invitations`, {
      token: admin,
      body: { email, name, language: 'vi', slotIds: [slotId] },
    });
    expect(invited.status).toBe(201);
    const mail = await eventually(() => web.smtp.to(email)[0]);
    const link = /https?:\/\/\S+?\/events\/[^/\s]+\/speaker-invitations\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')![0];
    return { id: (invited.body as { id: string }).id, path: new URL(link).pathname };
  }

  const uploadFile = (name: string, mimeType: string, buffer: Buffer) =>
    page.getByLabel('Slides file (PDF, PPTX, PPT, KEY or ODP)').setInputFiles({ name, mimeType, buffer });

  it('a speaker uploads slides and sees v2 after a second upload', async () => {
    const invited = await web.request('POST', `/events/${DEMO}/speaker-invitations`, {
      token: admin,
      body: { email: SPEAKER_EMAIL, name: SPEAKER_NAME, language: 'en', slotIds: [slot.id] },
    });
    expect(invited.status).toBe(201);

    // The link arrives by email, as the invitee would get it.
    const mail = await eventually(() => web.smtp.to(SPEAKER_EMAIL)[0]);
    const link = /https?:\/\/\S+?\/events\/[^/\s]+\/speaker-invitations\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')?.[0];
    expect(link).toBeDefined();
    invitationPath = new URL(link!).pathname;
    expect(invitationPath).toMatch(new RegExp(`^/events/${DEMO}/speaker-invitations/[A-Za-z0-9_-]{20,}$`));

    context = await openContext(browser, web);
    page = await context.newPage();
    await page.goto(invitationPath);
    await page.getByRole('heading', { level: 1, name: 'Invitation to speak' }).waitFor();
    await page.getByText(`invites ${SPEAKER_NAME} to speak at`).waitFor();
    await page.getByText(slot.title).first().waitFor();
    await screenshot(page, 'speaker-invitation-en');

    // No account yet: accepting asks for a password and signs the new speaker in.
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await page.waitForURL('**/speaker?accepted=1');
    await page.getByRole('heading', { level: 1, name: 'My talks' }).waitFor();
    await page.getByText('You accepted the invitation').waitFor();
    await page.getByRole('heading', { level: 2, name: slot.title }).waitFor();
    // The demo event is in the past and nothing was uploaded: the slides are overdue.
    await page.getByText('Overdue', { exact: true }).waitFor();
    await page.getByText('No slides yet').waitFor();

    await page.getByRole('link', { name: `Upload slides and see versions for “${slot.title}”` }).click();
    await page.getByRole('heading', { level: 1, name: slot.title }).waitFor();
    await page.getByText('No slides uploaded yet.').waitFor();

    const upload = page.getByRole('button', { name: 'Upload', exact: true });
    const progress = page.getByRole('progressbar', { name: 'Upload progress' });
    await uploadFile('talk.pdf', 'application/pdf', FIRST);
    await upload.click();
    await page.getByText('Upload complete').waitFor();
    expect(await progress.getAttribute('value')).toBe('100');
    await page.getByText('Version 1 uploaded.').waitFor();
    await page.getByRole('rowheader', { name: /^v1/ }).waitFor();

    await uploadFile('talk-final.pdf', 'application/pdf', SECOND);
    await upload.click();
    await page.getByText('Version 2 uploaded.').waitFor();
    await page.getByRole('rowheader', { name: /^v2/ }).waitFor();
    expect(await progress.getAttribute('value')).toBe('100');
    const rows = page.locator('.speaker-history tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('current');
    expect(await rows.nth(0).textContent()).toContain(sha256(SECOND).slice(0, 12));
    expect(await rows.nth(1).textContent()).toContain(sha256(FIRST).slice(0, 12));
    // The current version downloads with the bearer token.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download version 2' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await screenshot(page, 'speaker-slides-v2');

    // Through the API, as a program: two versions, the second current, byte for byte what was uploaded.
    const speaker = await web.login(SPEAKER_EMAIL, PASSWORD);
    const versions = await web.request('GET', `/events/${DEMO}/slots/${slot.id}/slides`, { token: speaker });
    expect(versions.status).toBe(200);
    expect(versions.body).toEqual([
      expect.objectContaining({ version: 2, current: true, size: SECOND.length, sha256: sha256(SECOND), extension: 'pdf' }),
      expect.objectContaining({ version: 1, current: false, size: FIRST.length, sha256: sha256(FIRST) }),
    ]);
    const mine = await web.request('GET', '/me/slots', { token: speaker });
    expect(mine.body.find((row: any) => row.slotId === slot.id).slides.currentVersion).toBe(2);
  });

  it('shows the API refusal of a non-PDF renamed .pdf next to the file field', async () => {
    await uploadFile('notes.pdf', 'application/pdf', Buffer.from('These are my speaking notes, not slides.\n'));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const input = page.getByLabel('Slides file (PDF, PPTX, PPT, KEY or ODP)');
    await page.getByText('The file must be PDF, PPTX, PPT, KEY, or ODP (detected from the content, not the name)').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's own: tied to the input by aria-describedby.
    const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
    const messageIds = await page.locator('.field-error').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(describedBy).toEqual(expect.arrayContaining(messageIds));
    expect(await page.locator('.field-error').textContent()).toContain('detected from the content');
    await screenshot(page, 'speaker-slides-rejected');

    const speaker = await web.login(SPEAKER_EMAIL, PASSWORD);
    const versions = await web.request('GET', `/events/${DEMO}/slots/${slot.id}/slides`, { token: speaker });
    expect(versions.body).toHaveLength(2);
  });

  it('says plainly that a used invitation link no longer works', async () => {
    // The same address answered JSON to the page's own fetch: the browser must not show that as the page.
    await page.goto(invitationPath);
    await page.getByText('This invitation has already been answered').waitFor();
    await page.getByRole('link', { name: 'Go to my talks' }).waitFor();
    await screenshot(page, 'speaker-invitation-used');
    // What keeps the two apart in caches: the answer varies with Accept.
    const json = await fetch(`${web.baseUrl}${invitationPath}`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(410);
    expect(json.headers.get('vary')?.toLowerCase()).toContain('accept');
    expect(((await json.json()) as { message: string }).message).toContain('already been accepted');
  });

  it('reads well on a 360 px phone in Vietnamese and saves the profile', async () => {
    const token = await web.login(SPEAKER_EMAIL, PASSWORD);
    const phone = await openContext(browser, web, { token, language: 'vi', phone: true });
    try {
      const mobile = await phone.newPage();
      await mobile.goto('/speaker');
      await mobile.getByRole('heading', { level: 1, name: 'Bài trình bày của tôi' }).waitFor();
      await mobile.getByText('Phiên bản 2, tải lên lúc', { exact: false }).waitFor();
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const name = mobile.getByLabel('Họ và tên');
      await name.fill('');
      await mobile.getByRole('button', { name: 'Lưu hồ sơ' }).click();
      // The API's message for the field, next to it.
      await mobile.locator('.field-error').first().waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await mobile.locator('.field-error').first().textContent()).toContain('name');
      await name.fill(SPEAKER_NAME);
      await mobile.getByLabel('Chức vụ').fill('Giám đốc');
      await mobile.getByLabel('Quốc gia').fill('vn');
      await mobile.getByLabel('Tiểu sử ngắn bằng tiếng Việt').fill('Chị Minh Anh phụ trách chương trình học tập suốt đời của thành phố.');
      await mobile.getByRole('button', { name: 'Lưu hồ sơ' }).click();
      await mobile.getByText('Hồ sơ của Quý vị đã được lưu.').waitFor();
      await screenshot(mobile, 'speaker-portal-vi-360');

      const profile = await web.request('GET', '/me/speaker-profile', { token });
      expect(profile.body).toMatchObject({
        name: SPEAKER_NAME,
        title: 'Giám đốc',
        country: 'VN',
        biography: { vi: 'Chị Minh Anh phụ trách chương trình học tập suốt đời của thành phố.' },
      });

      await mobile.getByRole('link', { name: /^Tải lên bài trình chiếu và xem các phiên bản/ }).click();
      await mobile.getByRole('heading', { level: 2, name: 'Lịch sử phiên bản' }).waitFor();
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(mobile, 'speaker-slides-vi-360');
    } finally {
      await phone.close();
    }
  });

  it('an invitee marks a time they cannot speak while accepting, on a phone in Vietnamese; the editor then warns of the talk in it', async () => {
    const email = 'hoa.tran@example.org';
    const name = 'Trần Thị Hoa';
    type Draft = { id: string; title: { en: string }; start: string; slots: { id: string; title: string; start: string; end: string }[] };
    const sessions = (await web.request('GET', `/events/${DEMO}/sessions`, { token: admin })).body as Draft[];
    const session = sessions.filter((candidate) => candidate.slots.length > 0).sort((a, b) => a.start.localeCompare(b.start))[0];
    const talk = session.slots[0];
    // Typed as a person would, on the event's clock (the API answers with the event's offset).
    const typed = (instant: string) => instant.slice(0, 16).replace('T', ' ');
    const invited = await inviteInVietnamese(email, name, talk.id);

    const phone = await openContext(browser, web, { language: 'vi', phone: true });
    try {
      const mobile = await phone.newPage();
      await mobile.goto(invited.path);
      await mobile.getByRole('heading', { level: 1, name: 'Lời mời trình bày' }).waitFor();
      const times = mobile.getByRole('group', { name: 'Thời gian Quý vị không thể trình bày (không bắt buộc)' });
      await times.getByText('Không có: mọi thời gian của sự kiện đều phù hợp.').waitFor();
      await mobile.getByLabel('Mật khẩu').fill(PASSWORD);
      await times.getByRole('button', { name: 'Thêm thời gian' }).click();
      // The wrong way round first: refused next to the times, and nothing is saved.
      await times.getByLabel('Thời gian bận 1: từ').fill(typed(talk.end));
      await times.getByLabel('Thời gian bận 1: đến').fill(typed(talk.start));
      await mobile.getByRole('button', { name: 'Nhận lời mời' }).click();
      await times.getByRole('alert').filter({ hasText: 'Thời gian kết thúc phải sau thời gian bắt đầu.' }).waitFor();
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(mobile, 'speaker-invitation-times-refused-vi-360');
      const pending = await web.request('GET', `/events/${DEMO}/speaker-invitations`, { token: admin });
      expect(pending.body.find((row: any) => row.id === invited.id)).toMatchObject({ state: 'pending' });

      await times.getByLabel('Thời gian bận 1: từ').fill(typed(talk.start));
      await times.getByLabel('Thời gian bận 1: đến').fill(typed(talk.end));
      await expect(times.getByRole('alert').count()).resolves.toBe(0);
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(mobile, 'speaker-invitation-times-vi-360');
      await mobile.getByRole('button', { name: 'Nhận lời mời' }).click();
      await mobile.waitForURL('**/speaker?accepted=1');
      // The portal starts from the times just given.
      const saved = mobile.getByRole('form', { name: /^Thời gian tôi không thể trình bày tại/ });
      await expect(saved.getByLabel('Thời gian bận 1: từ').inputValue()).resolves.toMatch(new RegExp(`${typed(talk.start).slice(11)}$`));
      await screenshot(mobile, 'speaker-portal-times-vi-360');
    } finally {
      await phone.close();
    }

    const desk = await openContext(browser, web, { token: admin });
    try {
      const page = await desk.newPage();
      await page.goto(`/organiser/events/${DEMO}/programme`);
      const warnings = page.getByRole('region', { name: /^Warnings/ });
      await warnings
        .getByRole('listitem')
        .filter({ hasText: `${name} is not available at the time of "${talk.title}"` })
        .waitFor();
      const card = page.getByRole('button', { name: `${session.title.en}, ` });
      await card.locator('.programme-card-warning', { hasText: 'Speaker unavailable' }).waitFor();
      await screenshot(page, 'speaker-invitation-times-editor-warning');
    } finally {
      await desk.close();
    }
  }, 120_000);

  it('an invitee can decline, after confirming, and the organisers see it declined', async () => {
    const email = 'busy.speaker@example.org';
    const invited = await inviteInVietnamese(email, 'Trần Văn Bình', slot.id);

    const phone = await openContext(browser, web, { language: 'vi', phone: true });
    try {
      const mobile = await phone.newPage();
      await mobile.goto(invited.path);
      await mobile.getByRole('heading', { level: 1, name: 'Lời mời trình bày' }).waitFor();
      await mobile.getByText('trân trọng kính mời Ông/Bà Trần Văn Bình tham gia trình bày').waitFor();
      await mobile.getByRole('button', { name: 'Từ chối…' }).click();
      await mobile.getByRole('button', { name: 'Có, từ chối' }).click();
      await mobile.getByText('Quý vị đã từ chối lời mời.').waitFor();
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(mobile, 'speaker-invitation-declined-vi-360');
    } finally {
      await phone.close();
    }
    const list = await web.request('GET', `/events/${DEMO}/speaker-invitations`, { token: admin });
    expect(list.body.find((row: any) => row.id === invited.id)).toMatchObject({ state: 'declined' });
  });
});
