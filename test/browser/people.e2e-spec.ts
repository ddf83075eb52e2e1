import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

/** Polls until the check passes or the time is up (mail is sent by the worker, after the request). */
async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const PEOPLE = `/organiser/events/${DEMO}/people`;

describe('people by invitation (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 9 }));
    admin = await web.adminToken();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  /** The path of the invitation link in the mail the address received. */
  const linkFor = async (email: string): Promise<string> => {
    const mail = await eventually(() => web.smtp.to(email).at(-1));
    const link = /https?:\/\/\S+?\/events\/[^/\s]+\/invitations\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')?.[0];
    expect(link).toBeDefined();
    return new URL(link!).pathname;
  };

  const invite = async (page: Page, email: string, role: string, extra: (page: Page) => Promise<void> = async () => undefined) => {
    const form = page.getByRole('form', { name: 'Invite a person' });
    await form.getByLabel(/^Email/).fill(email);
    await form.getByLabel('Role').selectOption({ label: role });
    await extra(page);
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${email}.` })
      .waitFor();
  };

  it('an organiser invites a juror by email; the juror sets a password from the link and is on the people page with the role', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(PEOPLE);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('navigation', { name: 'Organiser pages' }).getByRole('link', { name: 'People' }).waitFor();

    await invite(page, 'tran.juror@example.org', 'Juror', async () => page.getByLabel(/^Name/).fill('Trần Văn Bình'));
    const pending = page.getByRole('region', { name: 'Invitations waiting for an answer' });
    await pending.getByText('tran.juror@example.org').waitFor();
    await screenshot(page, 'people-en');

    // The invitee, in a browser of their own, opens the link from the mail.
    const path = await linkFor('tran.juror@example.org');
    const invitee = await openContext(browser, web);
    const invitation = await invitee.newPage();
    await invitation.goto(path);
    await invitation.getByText(`You are invited to take part in`).waitFor();
    await invitation.getByText('as Juror.').waitFor();
    await screenshot(invitation, 'role-invitation-en');
    await invitation.getByLabel(/^Choose a password/).fill('a long enough password 123');
    await invitation.getByRole('button', { name: 'Accept the invitation' }).click();
    await invitation.waitForURL('**/jury');

    // The same link a second time: gone, said in words.
    await invitation.goto(path);
    await invitation.getByText('This invitation has already been accepted').waitFor();

    await page.reload();
    const everyone = page.getByRole('region', { name: 'Everyone with a role' });
    const juror = everyone.getByRole('listitem').filter({ hasText: 'tran.juror@example.org' }).first();
    await juror.getByText('Trần Văn Bình', { exact: true }).waitFor();
    await juror.getByText('Juror', { exact: true }).waitFor();
    expect(await pending.getByText('tran.juror@example.org').count()).toBe(0);

    // From the same page, onto a round's jury.
    await juror.getByLabel('Round for Trần Văn Bình to judge').selectOption({ label: 'UNESCO Learning City Award 2024' });
    await juror.getByLabel(/^Juror’s country/).fill('vn');
    await juror.getByRole('button', { name: 'Add to the jury' }).click();
    await juror.getByRole('status').filter({ hasText: 'Trần Văn Bình is on the jury of UNESCO Learning City Award 2024.' }).waitFor();
    await screenshot(page, 'people-juror-en');
    await invitee.close();
    await context.close();
  });

  it('an organiser resends and withdraws invitations; the withdrawn link says so', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(PEOPLE);
    await invite(page, 'door.staff@example.org', 'Staff (check-in)');
    const firstPath = await linkFor('door.staff@example.org');
    const pending = page.getByRole('region', { name: 'Invitations waiting for an answer' });
    const row = pending.getByRole('listitem').filter({ hasText: 'door.staff@example.org' });
    await row.getByRole('button', { name: 'Send a new link' }).click();
    await pending.getByRole('status').filter({ hasText: 'A new link was sent to door.staff@example.org' }).waitFor();
    await eventually(() => (web.smtp.to('door.staff@example.org').length === 2 ? true : undefined));
    const secondPath = await linkFor('door.staff@example.org');
    expect(secondPath).not.toBe(firstPath);

    const fresh = pending.getByRole('listitem').filter({ hasText: 'door.staff@example.org' });
    await fresh.getByRole('button', { name: 'Withdraw' }).click();
    await fresh.getByRole('button', { name: 'Withdraw the invitation' }).click();
    await pending.getByRole('status').filter({ hasText: 'The invitation to door.staff@example.org was withdrawn.' }).waitFor();
    await pending.getByRole('listitem').filter({ hasText: 'door.staff@example.org' }).waitFor({ state: 'detached' });

    const invitee = await openContext(browser, web);
    const invitation = await invitee.newPage();
    await invitation.goto(firstPath);
    await invitation.getByText('A newer invitation replaced this one').waitFor();
    await invitation.goto(secondPath);
    await invitation.getByText('The organisers withdrew this invitation').waitFor();
    await invitee.close();
    await context.close();
  });

  it('a city representative invited for a registry city accepts in Vietnamese on a phone and represents it', async () => {
    const context = await openContext(browser, web, { token: admin, language: 'vi', phone: true });
    const page = await context.newPage();
    await page.goto(PEOPLE);
    await page.getByRole('heading', { level: 1, name: 'Thành viên' }).waitFor();
    const form = page.getByRole('form', { name: 'Mời một người' });
    await form.getByLabel(/^Email/).fill('dai.dien@example.org');
    await form.getByLabel('Vai trò').selectOption({ label: 'Đại diện thành phố' });
    await form.getByLabel(/^Thành phố đại diện/).selectOption({ label: 'Sơn La (Việt Nam)' });
    await form.getByLabel('Ngôn ngữ của thư').selectOption({ label: 'Tiếng Việt' });
    await form.getByRole('button', { name: 'Gửi lời mời' }).click();
    await form.getByRole('status').filter({ hasText: 'Đã gửi lời mời đến dai.dien@example.org.' }).waitFor();
    await screenshot(page, 'people-vi-phone');

    const mail = await eventually(() => web.smtp.to('dai.dien@example.org')[0]);
    expect(mail.parsed.text).toContain('Quý vị');
    const invitee = await openContext(browser, web, { language: 'vi', phone: true });
    const invitation = await invitee.newPage();
    await invitation.goto(await linkFor('dai.dien@example.org'));
    await invitation.getByText('với vai trò Đại diện thành phố cho Sơn La').waitFor();
    await invitation.getByLabel(/^Họ tên hiển thị/).fill('Lò Văn Sơn');
    await invitation.getByLabel(/^Chọn mật khẩu/).fill('mật khẩu đủ dài 123');
    await screenshot(invitation, 'role-invitation-vi-phone');
    await invitation.getByRole('button', { name: 'Nhận lời mời' }).click();
    await invitation.waitForURL(`**/organiser/events/${DEMO}/awards/nominate`);

    await page.reload();
    const person = page.getByRole('region', { name: 'Những người có vai trò' }).getByRole('listitem').filter({ hasText: 'Lò Văn Sơn' }).first();
    await person.getByText('Đại diện cho: Sơn La (Việt Nam)').waitFor();
    await invitee.close();
    await context.close();
  });
});
