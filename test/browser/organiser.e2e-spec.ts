import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { DEMO, launchBrowser, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** A still video (Y4M, what Chromium's fake camera plays) of a badge's QR code, black on white. */
function qrVideo(content: string, path: string): void {
  const width = 640;
  const height = 480;
  const { modules } = QRCode.create(content, { errorCorrectionLevel: 'M' });
  const scale = 8;
  const side = (modules.size + 8) * scale;
  const left = (width - side) / 2;
  const top = (height - side) / 2;
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let y = 0; y < scale; y++) {
        const offset = (top + (row + 4) * scale + y) * width + left + (column + 4) * scale;
        luma.fill(16, offset, offset + scale);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

/** The organiser pages, driven as the platform admin (who may act as organiser of any event). */
describe('organiser pages', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let category: string;
  let privacyNoticeVersion: string;

  const register = async (fullName: string, email: string, country = 'VN') => {
    const response = await web.request('POST', `/events/${DEMO}/registrations`, {
      body: { fullName, email, country, language: 'en', category, consent: { privacyNoticeVersion, accepted: true } },
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; state: string; badgeCode: string | null };
  };
  const registration = async (email: string) => {
    const response = await web.request('GET', `/events/${DEMO}/registrations?q=${encodeURIComponent(email)}`, { token: admin });
    expect(response.status).toBe(200);
    return response.body.items[0] as { id: string; state: string; badgeCode: string; fullName: string };
  };

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 2 }));
    admin = await web.adminToken();
    // Registration open now, with the organisers approving each registration.
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: admin,
      body: { opensAt: '2026-01-01T00:00:00+07:00', closesAt: '2027-12-31T23:59:59+07:00', capacity: 300, approvalRequired: true },
    });
    expect(settings.status).toBe(200);
    privacyNoticeVersion = settings.body.privacyNoticeVersion;
    const categories = await web.request('GET', `/events/${DEMO}/registration-categories`);
    if (categories.body.length === 0) {
      const created = await web.request('POST', `/events/${DEMO}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'City delegate' } });
      expect(created.status).toBe(201);
      category = created.body.code;
    } else {
      category = categories.body[0].code;
    }
    await register('Nguyễn Thị Lan', 'lan.nguyen@hanoi.example', 'VN');
    await register('Somchai Prasert', 'somchai@bangkok.example', 'TH');
    await register('Kim Min-jun', 'minjun.kim@suwon.example', 'KR');
    const delegation = await web.request('POST', `/events/${DEMO}/delegations`, {
      body: {
        city: 'Huế',
        country: 'VN',
        gnlcMember: true,
        head: {
          fullName: 'Trần Văn Minh',
          email: 'minh.tran@hue.example',
          country: 'VN',
          language: 'vi',
          category,
          consent: { privacyNoticeVersion, accepted: true },
        },
        members: [
          { fullName: 'Lê Thị Hoa', email: 'hoa.le@hue.example', country: 'VN', language: 'vi', category, consent: { privacyNoticeVersion, accepted: true } },
        ],
      },
    });
    expect(delegation.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const open = async (options: { language?: 'en' | 'vi'; phone?: boolean; signedIn?: boolean } = {}): Promise<Page> => {
    const context = await openContext(browser, web, {
      token: options.signedIn === false ? undefined : admin,
      language: options.language,
      phone: options.phone,
    });
    return context.newPage();
  };

  it('asks a visitor to sign in, and lists the events to the admin', async () => {
    const visitor = await open({ signedIn: false });
    await visitor.goto(`/organiser/events/${DEMO}`);
    const signIn = visitor.getByRole('main').getByRole('link', { name: 'Sign in' });
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(`/organiser/events/${DEMO}`)}`);
    await visitor.context().close();

    const page = await open();
    await page.goto('/organiser');
    await page.getByRole('heading', { level: 1, name: 'Events I organise' }).waitFor();
    await page.getByRole('link', { name: /ASEAN\+3/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await screenshot(page, 'organiser-events');
    await page.context().close();
  });

  it('shows the registration counts the API gives, and the chart of registrations over time', async () => {
    const counts = (await web.request('GET', `/events/${DEMO}/registration-counts`, { token: admin })).body;
    const total = Object.values(counts.byState as Record<string, number>).reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThanOrEqual(5);

    const page = await open();
    await page.goto(`/organiser/events/${DEMO}`);
    const summary = page.getByRole('list', { name: 'Summary' });
    await summary.waitFor();
    expect(await summary.getByRole('listitem').first().textContent()).toBe(`${total} registrations in all`);
    const byState = page.getByRole('region', { name: 'By status' });
    expect(
      await byState
        .getByRole('row', { name: /Awaiting approval/ })
        .getByRole('cell')
        .textContent(),
    ).toBe(String(counts.byState.pending));
    const byCountry = page.getByRole('region', { name: 'By country' });
    expect(
      await byCountry
        .getByRole('row', { name: /Viet Nam/ })
        .getByRole('cell')
        .textContent(),
    ).toBe(String(counts.byCountry.VN));

    const chart = page.getByRole('img', { name: /Registrations per day/ });
    await chart.waitFor();
    expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(1);
    // The same numbers as a table, for people who do not see the picture.
    await page.getByText('Show the numbers as a table').click();
    const perDay = counts.perDay as { key: string; count: number }[];
    const lastRow = page.getByRole('group').getByRole('row').last();
    expect(await lastRow.getByRole('cell').last().textContent()).toBe(String(perDay.reduce((sum, day) => sum + day.count, 0)));
    // One row per day that had registrations (plus the header), however long the quiet spells between them.
    expect(await page.getByRole('group').getByRole('row').count()).toBe(perDay.filter((day) => day.count > 0).length + 1);
    for (const name of ['Delegates', 'Programme', 'Awards', 'Check-in', 'Speakers & slides', 'Messages']) {
      expect(await page.getByRole('link', { name: new RegExp(`^${name}`) }).count()).toBeGreaterThanOrEqual(1);
    }
    await screenshot(page, 'organiser-dashboard');
    await page.context().close();

    const vi = await open({ language: 'vi' });
    await vi.goto(`/organiser/events/${DEMO}`);
    await vi.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
    await vi.getByRole('img', { name: /Số đăng ký mỗi ngày/ }).waitFor();
    await screenshot(vi, 'organiser-dashboard-vi');
    await vi.context().close();
  });

  it('approves a pending registration from the delegates list', async () => {
    const pending = await register('Sato Yuki', 'yuki.sato@okayama.example', 'JP');
    expect(pending.state).toBe('pending');

    const page = await open();
    await page.goto(`/organiser/events/${DEMO}/delegates?state=pending`);
    await page.getByRole('button', { name: 'Approve Sato Yuki' }).click();
    await page.getByText('Sato Yuki was approved and is now: Confirmed.').waitFor();
    expect((await registration('yuki.sato@okayama.example')).state).toBe('confirmed');
    await screenshot(page, 'organiser-delegates');

    // Filters: a search narrows the list to one person.
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Search').fill('Somchai');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: 'Showing 1–1 of 1' }).waitFor();
    expect(await page.getByRole('rowheader', { name: /Somchai Prasert/ }).count()).toBe(1);
    await page.context().close();
  });

  it('downloads the delegates as CSV', async () => {
    const page = await open();
    await page.goto(`/organiser/events/${DEMO}/delegates`);
    // The list shows the first page (the demo's delegates came first); the CSV holds everyone.
    await page.getByRole('rowheader').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`${DEMO}-registrations.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('fullName');
    expect(csv).toContain('Nguyễn Thị Lan');
    expect(csv).toContain('Trần Văn Minh');
    await page.context().close();
  });

  it('lists the delegations with their members', async () => {
    const page = await open();
    await page.goto(`/organiser/events/${DEMO}/delegations`);
    await page.getByRole('heading', { level: 2, name: /Huế, Viet Nam/ }).waitFor();
    expect(await page.getByRole('rowheader', { name: /Lê Thị Hoa/ }).count()).toBe(1);
    await screenshot(page, 'organiser-delegations');
    await page.context().close();
  });

  it('checks a delegate in by typed badge code, and says so on a second scan', async () => {
    const lan = await registration('lan.nguyen@hanoi.example');
    const approved = await web.request('POST', `/events/${DEMO}/registrations/${lan.id}/approve`, { token: admin });
    expect(approved.status).toBe(200);
    const badgeCode = approved.body.badgeCode as string;
    expect(badgeCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    // The demo's early arrivals are already checked in.
    const before = (await web.request('GET', `/events/${DEMO}/check-ins/summary`, { token: admin })).body.checkedInAnyDay as number;

    // On a phone at the door.
    const page = await open({ phone: true });
    await page.goto(`/organiser/events/${DEMO}/check-in`);
    const code = page.getByRole('textbox', { name: /^Badge code/ });
    // The demo's days are over: an organiser records an earlier day, at the time the delegate arrived.
    await page.getByRole('textbox', { name: /^Time of arrival/ }).fill('08:42');
    await code.fill(badgeCode.toLowerCase());
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText('Checked in: Nguyễn Thị Lan').waitFor();
    await page.getByText(/^At 08:42 on/).waitFor();
    await expectEventually(async () => expect(await page.getByText(new RegExp(`^${before + 1} delegates? checked in on at least one day`)).count()).toBe(1));
    expect((await registration('lan.nguyen@hanoi.example')).state).toBe('confirmed');
    const checkedIn = (await web.request('GET', `/events/${DEMO}/registrations?q=lan.nguyen&checkedIn=true`, { token: admin })).body;
    expect(checkedIn.total).toBe(1);

    await code.fill(badgeCode);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText('Nguyễn Thị Lan is already checked in').waitFor();

    // A name typed without diacritics finds her, with what tells namesakes apart; typing a name is no error.
    await code.fill('nguyen thi lan');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const candidate = page.getByRole('listitem').filter({ hasText: 'Nguyễn Thị Lan' });
    await candidate.first().waitFor();
    await expect(candidate.first().textContent()).resolves.toContain('Viet Nam');
    await screenshot(page, 'organiser-check-in-lookup-phone');
    await candidate.first().getByRole('button', { name: 'Check in Nguyễn Thị Lan' }).click();
    await page.getByText('Nguyễn Thị Lan is already checked in').waitFor();

    await code.fill('ZZZZZZZZZZ');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText('Unknown badge code: ZZZZZZZZZZ').waitFor();

    // A registration still awaiting approval has a code, but no entry with it.
    const pending = await registration('minjun.kim@suwon.example');
    expect(pending.state).toBe('pending');
    await code.fill(pending.badgeCode);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText(`Badge ${pending.badgeCode} cannot be checked in`).waitFor();
    await page.getByText('This registration is not confirmed', { exact: false }).waitFor();
    await screenshot(page, 'organiser-check-in-phone');

    // The camera is asked for only on the button; without one (or without permission) the page says so and typing still works.
    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /camera/ })
      .waitFor();
    await expect(code.isEditable()).resolves.toBe(true);
    await page.context().close();
  });

  it('checks a delegate in from the badge’s QR code seen by the camera', async () => {
    const somchai = await registration('somchai@bangkok.example');
    const approved = await web.request('POST', `/events/${DEMO}/registrations/${somchai.id}/approve`, { token: admin });
    expect(approved.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'plenary-camera-'));
    const video = join(dir, 'badge.y4m');
    qrVideo(approved.body.badgeCode, video);
    // A browser whose camera shows the badge (and which says yes when the page asks for it).
    const cameraBrowser = await launchBrowser({
      args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    try {
      const context = await openContext(cameraBrowser, web, { token: admin });
      const page = await context.newPage();
      await page.goto(`/organiser/events/${DEMO}/check-in`);
      await page.getByRole('textbox', { name: /^Time of arrival/ }).fill('09:15');
      await page.getByRole('button', { name: 'Scan with the camera' }).click();
      await page.getByText('Checked in: Somchai Prasert').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Stop the camera' }).click();
      const checkedIn = (await web.request('GET', `/events/${DEMO}/registrations?q=somchai&checkedIn=true`, { token: admin })).body;
      expect(checkedIn.total).toBe(1);
      await screenshot(page, 'organiser-check-in-camera');
    } finally {
      await cameraBrowser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives staff the check-in desk only, and tells others they have no access', async () => {
    const createUser = async (email: string, displayName: string) => {
      const created = await web.request('POST', '/users', { token: admin, body: { email, displayName, password: 'a long enough password 123' } });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const staffId = await createUser('door@bangkok.example', 'Door Staff');
    await createUser('nobody@bangkok.example', 'No Role');
    expect((await web.request('POST', `/events/${DEMO}/roles`, { token: admin, body: { userId: staffId, role: 'staff' } })).status).toBe(200);

    const staff = await openContext(browser, web, { token: await web.login('door@bangkok.example', 'a long enough password 123') });
    const page = await staff.newPage();
    await page.goto(`/organiser/events/${DEMO}/delegates`);
    await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
    await page.getByRole('link', { name: 'Go to the check-in desk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    // Staff check in today only: no day to choose, and the navigation shows only what they may open.
    expect(await page.getByLabel('Day to record').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Organiser pages' }).getByRole('link').allTextContents()).toEqual(['Check-in']);
    await page.goto('/organiser');
    await page.getByText('Staff (check-in)').waitFor();
    await screenshot(page, 'organiser-staff');
    await staff.close();

    const other = await openContext(browser, web, { token: await web.login('nobody@bangkok.example', 'a long enough password 123') });
    const otherPage = await other.newPage();
    await otherPage.goto('/organiser');
    await otherPage.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
    await otherPage.getByText('You are not an organiser or staff member of any event.', { exact: false }).waitFor();
    await other.close();
  });

  it('shows the slide status of the programme’s slots', async () => {
    const page = await open();
    await page.goto(`/organiser/events/${DEMO}/slides`);
    await page.getByRole('heading', { level: 1, name: 'Slide status' }).waitFor();
    await page.getByRole('list', { name: 'Slides summary' }).or(page.getByText('The programme has no speaker slots yet.')).waitFor();
    await screenshot(page, 'organiser-slides');
    await page.context().close();
  });

  it('shows sent messages, and retries a failed one', async () => {
    await expectEventually(
      async () => {
        const sent = await web.request('GET', `/events/${DEMO}/notifications?state=sent`, { token: admin });
        expect(sent.body.total).toBeGreaterThan(0);
      },
      30_000,
      250,
    );

    // The mail server refuses the next message for good.
    web.smtp.mode = { kind: 'reject', code: 550, message: 'Mailbox unavailable' };
    await register('Chen Wei', 'wei.chen@hangzhou.example', 'CN');
    const failed = await expectEventually(
      async () => {
        const log = await web.request('GET', `/events/${DEMO}/notifications?state=failed&recipient=wei.chen@hangzhou.example`, { token: admin });
        expect(log.body.total).toBe(1);
        return log.body.items[0] as { id: string };
      },
      30_000,
      250,
    );
    web.smtp.mode = { kind: 'accept' };

    const page = await open();
    await page.goto(`/organiser/events/${DEMO}/notifications`);
    await page
      .getByRole('cell', { name: /^Sent / })
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^Failed: 1/ }).click();
    const row = page.getByRole('row', { name: /wei\.chen@hangzhou\.example/ });
    await row.getByText('Mailbox unavailable').waitFor();
    await row.getByText('Registration received').waitFor();
    await screenshot(page, 'organiser-notifications');
    await row.getByRole('button', { name: 'Retry the message to wei.chen@hangzhou.example' }).click();
    await page.getByText('The message to wei.chen@hangzhou.example will be sent again.').waitFor();
    await expectEventually(
      async () => {
        const after = await web.request('GET', `/notifications/${failed.id}`, { token: admin });
        expect(after.body.state).toBe('sent');
      },
      30_000,
      250,
    );
    expect(web.smtp.to('wei.chen@hangzhou.example').length).toBeGreaterThan(0);
    await page.context().close();
  });
});
