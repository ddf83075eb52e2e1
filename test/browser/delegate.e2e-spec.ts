import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser, Page } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const hour = 3600_000;

describe('delegate pages: register, confirmation, private management page', () => {
  let web: WebApp;
  let browser: Browser;
  // The demo's delegates already hold places: room for 100 more.
  let taken: number;
  let capacity: number;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 14 }));
    // The demo conference was in 2024: open its registration now, as an organiser would, without approval, with two categories.
    const admin = await web.adminToken();
    const now = Date.now();
    taken = (await web.request('GET', `/events/${DEMO}/registration-settings`)).body.confirmedCount ?? 0;
    capacity = taken + 100;
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: admin,
      body: {
        opensAt: new Date(now - hour).toISOString(),
        closesAt: new Date(now + 30 * 24 * hour).toISOString(),
        capacity,
        approvalRequired: false,
        privacyNoticeVersion: '2024-1',
      },
    });
    expect(settings.status).toBe(200);
    expect(settings.body.confirmedCount).toBe(taken);
    const existing = (await web.request('GET', `/events/${DEMO}/registration-categories`)).body.map((category: { code: string }) => category.code);
    for (const category of [
      { code: 'delegate', name: 'City delegate' },
      { code: 'observer', name: 'Observer' },
    ].filter((category) => !existing.includes(category.code))) {
      expect((await web.request('POST', `/events/${DEMO}/registration-categories`, { token: admin, body: category })).status).toBe(201);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  /** The private link the worker mailed to this address (it sends within seconds). */
  async function managementToken(email: string): Promise<string> {
    return expectEventually(
      () => {
        const tokens = web.smtp
          .to(email)
          .map((mail) => /\/manage\/([\w-]{20,})/.exec(`${mail.parsed.text ?? ''} ${mail.parsed.html || ''}`)?.[1])
          .filter((token): token is string => Boolean(token));
        expect(tokens.length).toBeGreaterThan(0);
        return tokens[tokens.length - 1];
      },
      30_000,
      200,
    );
  }

  const sessionItem = (page: Page, title: RegExp) => page.locator('li.agenda-session').filter({ has: page.getByRole('heading', { name: title }) });

  it('a delegate registers and signs up for a parallel session', async () => {
    const context = await openContext(browser, web);
    const page = await context.newPage();
    await page.goto(`/events/${DEMO}/register`);
    await page.getByRole('heading', { level: 1, name: /Register for ASEAN\+3/ }).waitFor();
    await page.getByText(`${taken} of ${capacity} places taken.`).waitFor();
    // The preferred language follows the page's language.
    expect(await page.getByLabel('Preferred language for emails').inputValue()).toBe('en');

    await page.getByLabel('Full name').fill('Trần Văn Minh');
    await page.getByLabel(/^Email/).fill('not-an-email');
    await page.getByLabel('Organisation').fill('Sở Giáo dục và Đào tạo Đà Nẵng');
    await page.getByLabel(/^City/).fill('Đà Nẵng');
    await page.getByLabel('Country').selectOption('VN');
    await page.getByLabel('Registration category').selectOption('delegate');
    await page.getByLabel(/I have read the privacy notice/).check();
    await page.getByRole('button', { name: 'Register' }).click();

    // The API's message for the email appears under the email field, tied to it for screen readers.
    const email = page.getByLabel(/^Email/);
    await page.getByText('email must be a valid email address').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby'))!.split(' ');
    const errorId = describedBy.find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('email must be a valid email address');
    await screenshot(page, 'delegate-register-field-error');

    await email.fill('minh.tran@danang.test');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(`**/events/${DEMO}/registered`);
    await page.getByRole('heading', { level: 1, name: 'Thank you for registering' }).waitFor();
    await page.getByText('Your place is confirmed.').waitFor();
    await page.getByText(/We sent an email to minh\.tran@danang\.test with a private link/).waitFor();
    await screenshot(page, 'delegate-registered');

    const token = await managementToken('minh.tran@danang.test');
    await page.goto(`/manage/${token}`);
    await page.getByRole('heading', { level: 1, name: 'My registration' }).waitFor();
    await page.getByText('Your place is confirmed. See you at the event!').waitFor();
    await page
      .getByText(/Times in Asia\/Bangkok \(GMT\+7\)/)
      .first()
      .waitFor();
    expect(await page.getByLabel('Private calendar address').inputValue()).toMatch(new RegExp(`/registrations/manage/${token}/agenda\\.ics$`));

    const first = sessionItem(page, /^Parallel discussion 1/);
    const second = sessionItem(page, /^Parallel discussion 2/);
    expect(await first.locator('time').first().textContent()).toBe('11:00');
    await first.getByRole('button', { name: 'Sign up' }).click();
    await first.getByText('You have a seat', { exact: false }).first().waitFor();

    await second.getByRole('button', { name: 'Sign up' }).click();
    const conflict = second.getByRole('alert');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/overlaps “Parallel discussion 1: .*” \(.*11:00–12:30\), which is already in your agenda/);
    await screenshot(page, 'delegate-agenda-conflict');

    // The agenda, as the API keeps it, holds the first parallel session only.
    const agenda = await web.request('GET', `/registrations/manage/${token}/agenda`);
    expect(agenda.status).toBe(200);
    expect(agenda.body.entries.map((entry: { title: string; state: string }) => [entry.title.split(':')[0], entry.state])).toEqual([
      ['Parallel discussion 1', 'signed-up'],
    ]);

    // The same page reads well on a 360 px phone.
    const phone = await openContext(browser, web, { phone: true });
    const phonePage = await phone.newPage();
    await phonePage.goto(`/manage/${token}`);
    await sessionItem(phonePage, /^Parallel discussion 1/)
      .getByRole('button', { name: 'Leave' })
      .waitFor();
    expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(phonePage, 'delegate-manage-phone-360');
    await phone.close();
    await context.close();
  });

  it('a head of delegation registers with a member, then adds another from the management page', async () => {
    const context = await openContext(browser, web);
    const page = await context.newPage();
    await page.goto(`/events/${DEMO}/register`);
    await page.getByLabel(/A city delegation/).check();
    const delegation = page.getByRole('group', { name: 'The delegation', exact: true });
    await delegation.getByLabel('City the delegation represents').fill('Huế');
    await delegation.getByLabel('Country').selectOption('VN');
    const head = page.getByRole('group', { name: 'You, the head of the delegation' });
    await head.getByLabel('Full name').fill('Lê Thị Hoa');
    await head.getByLabel(/^Email/).fill('hoa.le@hue.test');
    await head.getByLabel('Country').selectOption('VN');
    await page.getByRole('button', { name: 'Add a member' }).click();
    const member = page.getByRole('group', { name: 'Member 1', exact: true });
    await member.getByLabel('Full name').fill('Phạm Quốc Bảo');
    await member.getByLabel(/^Email/).fill('bao@hue');
    await member.getByLabel('Preferred language for emails').selectOption('vi');
    await page.getByLabel(/every member agreed/).check();
    await page.getByRole('button', { name: 'Register the delegation' }).click();

    // A member's field error appears by that member's field.
    await member.getByText('email must be a valid email address').waitFor();
    expect(await member.getByLabel(/^Email/).getAttribute('aria-invalid')).toBe('true');
    expect(await head.getByLabel(/^Email/).getAttribute('aria-invalid')).toBeNull();
    await member.getByLabel(/^Email/).fill('bao.pham@hue.test');
    await page.getByRole('button', { name: 'Register the delegation' }).click();
    await page.getByRole('heading', { level: 2, name: 'Members of the delegation' }).waitFor();
    await page.getByText(/Phạm Quốc Bảo/).waitFor();

    const token = await managementToken('hoa.le@hue.test');
    await page.goto(`/manage/${token}`);
    const section = page.getByRole('region', { name: 'My delegation' });
    await section.getByText('Phạm Quốc Bảo', { exact: true }).waitFor();
    await section.getByRole('button', { name: 'Add a member' }).click();
    const form = section.getByRole('group', { name: 'Add a member' });
    await form.getByLabel('Full name').fill('Võ Minh Châu');
    await form.getByLabel(/^Email/).fill('chau.vo@hue.test');
    await form.getByLabel('This member agreed to the privacy notice').check();
    await form.getByRole('button', { name: 'Add the member' }).click();
    await section.getByText('Võ Minh Châu was added; they will receive their own email.').waitFor();
    await screenshot(page, 'delegate-delegation-head');

    const mine = await web.request('GET', `/registrations/manage/${token}/delegation`);
    expect(mine.body.members.map((person: { fullName: string; state: string }) => `${person.fullName}:${person.state}`)).toEqual([
      'Lê Thị Hoa:confirmed',
      'Phạm Quốc Bảo:confirmed',
      'Võ Minh Châu:confirmed',
    ]);
    // The new member gets their own private link.
    await managementToken('chau.vo@hue.test');
    await context.close();
  });

  it('shows the registration page in Vietnamese, with field errors in Vietnamese', async () => {
    const context = await openContext(browser, web, { language: 'vi' });
    const page = await context.newPage();
    await page.goto(`/events/${DEMO}/register`);
    await page.getByRole('heading', { level: 1, name: /Đăng ký tham dự Hội nghị Thành phố học tập khu vực ASEAN\+3/ }).waitFor();
    await page.getByText(/chỗ được đăng ký/).waitFor();
    expect(await page.getByLabel('Ngôn ngữ nhận email').inputValue()).toBe('vi');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await page.getByLabel(/^Email/).fill('lan@');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByText('Vui lòng nhập địa chỉ email hợp lệ, ví dụ: ten@example.org.').waitFor();
    await page.getByText('Vui lòng chọn quốc gia.').waitFor();
    await page.getByText('Vui lòng đồng ý với thông báo về quyền riêng tư để đăng ký.').waitFor();
    await screenshot(page, 'delegate-register-vi');

    await page.getByLabel(/^Email/).fill('lan.nguyen@hanoi.test');
    await page.getByLabel('Quốc gia').selectOption('VN');
    await page.getByLabel(/Tôi đã đọc thông báo về quyền riêng tư/).check();
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Xin cảm ơn Quý vị đã đăng ký tham dự' }).waitFor();
    await page.getByText('Chỗ của Quý vị đã được xác nhận.').waitFor();

    const token = await managementToken('lan.nguyen@hanoi.test');
    await page.goto(`/manage/${token}`);
    await page.getByRole('heading', { level: 1, name: 'Đăng ký của tôi' }).waitFor();
    await page
      .getByText(/Thời gian tính theo giờ Bangkok, GMT\+7/)
      .first()
      .waitFor();
    await page.getByRole('heading', { level: 4, name: /^Phiên thảo luận song song 1/ }).waitFor();
    expect((await web.request('GET', `/registrations/manage/${token}`)).body.language).toBe('vi');
    await screenshot(page, 'delegate-manage-vi');
    await context.close();
  });
  it('says when registration is closed, and puts a delegate on the waiting list once the event is full', async () => {
    const admin = await web.adminToken();
    const now = Date.now();
    const setWindow = async (opensAt: number, closesAt: number, capacity: number) => {
      const response = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
        token: admin,
        body: { opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString(), capacity },
      });
      expect(response.status).toBe(200);
      return response.body as { confirmedCount: number };
    };
    const context = await openContext(browser, web);
    const page = await context.newPage();

    const { confirmedCount } = await setWindow(now - 48 * hour, now - 24 * hour, capacity);
    await page.goto(`/events/${DEMO}/register`);
    await page.getByText(/^Registration closed on .*Asia\/Bangkok \(GMT\+7\)/).waitFor();
    expect(await page.getByRole('button', { name: 'Register' }).count()).toBe(0);
    await screenshot(page, 'delegate-register-closed');

    // Every place taken: the page says so before anyone fills the form, and the delegate joins the waiting list.
    await setWindow(now - hour, now + 24 * hour, confirmedCount);
    await page.reload();
    await page.getByText(/All places are taken/).waitFor();
    await page.getByLabel('Full name').fill('Đỗ Thu Trang');
    await page.getByLabel(/^Email/).fill('trang.do@haiphong.test');
    await page.getByLabel('Country').selectOption('VN');
    await page.getByLabel(/I have read the privacy notice/).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByText(/you are on the waiting list at position 1\./).waitFor();
    await screenshot(page, 'delegate-registered-waitlist');

    const token = await managementToken('trang.do@haiphong.test');
    const mine = await web.request('GET', `/registrations/manage/${token}`);
    expect([mine.body.state, mine.body.waitlistPosition]).toEqual(['waitlisted', 1]);
    await page.goto(`/manage/${token}`);
    await page.getByText('You are on the waiting list at position 1. We will email you when a place becomes free.').waitFor();
    await page.getByText('You can choose sessions once your place is confirmed.').waitFor();

    // Edit a detail, then cancel (asked to confirm first).
    await page.getByLabel('Organisation').fill('Sở Giáo dục và Đào tạo Hải Phòng');
    await page.getByRole('button', { name: 'Save my details' }).click();
    await page.getByText('Your details are saved.').waitFor();
    expect((await web.request('GET', `/registrations/manage/${token}`)).body.organisation).toBe('Sở Giáo dục và Đào tạo Hải Phòng');
    await page.getByRole('button', { name: 'Cancel my registration…' }).click();
    await page
      .getByRole('alertdialog')
      .getByText(/Do you really want to cancel\?/)
      .waitFor();
    await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await page.getByText('This registration is cancelled.').waitFor();
    expect((await web.request('GET', `/registrations/manage/${token}`)).body.state).toBe('cancelled');
    await screenshot(page, 'delegate-manage-cancelled');
    await setWindow(now - hour, now + 24 * hour, capacity);
    await context.close();
  });
});
