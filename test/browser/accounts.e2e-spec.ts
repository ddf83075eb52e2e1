import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const EMAIL = 'tran.van.binh@danang.example.org';
const FIRST_PASSWORD = 'first password 2024';
const NEW_PASSWORD = 'a new password 2024';
const LAST_PASSWORD = 'the last password 2024';

/** A JWT-shaped token the api refuses, with the expiry given (seconds since the epoch). */
const refusedToken = (exp: number) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: 'x', exp })).toString('base64url')}.c2lnbmF0dXJl`;

describe('accounts (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const storedToken = () => page.evaluate(() => localStorage.getItem('plenary.token'));

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 15 }));
    const created = await web.request('POST', '/users', {
      token: await web.adminToken(),
      body: { email: EMAIL, displayName: 'Trần Văn Bình', language: 'en', password: FIRST_PASSWORD },
    });
    expect(created.status).toBe(201);
    context = await openContext(browser, web);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await web?.close();
  });

  it('resets a forgotten password from the link in the mail, then signs in with the new one', async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(EMAIL);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(`If an account exists for ${EMAIL}`).waitFor();
    await screenshot(page, 'accounts-forgot-password-en');

    const mail = await expectEventually(() => {
      const [received] = web.smtp.to(EMAIL);
      expect(received).toBeDefined();
      return received;
    });
    const link = new URL(/https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')![0]);
    await page.goto(link.pathname + link.search);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').first().fill(NEW_PASSWORD);
    await page.getByLabel('Repeat the new password').fill('not the same');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
    await screenshot(page, 'accounts-reset-password-en');
    await page.getByRole('button', { name: 'Save the new password' }).click();

    await page.getByText('Your password has been changed. Sign in with the new one.').waitFor();
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'My account' }).waitFor();

    // The link worked once.
    await page.goto(link.pathname + link.search);
    await page.getByLabel('New password').first().fill(LAST_PASSWORD);
    await page.getByLabel('Repeat the new password').fill(LAST_PASSWORD);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('This password reset link has already been used.').waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
  });

  it('stays signed in when the access token has expired: on reload, and when a request is refused', async () => {
    // Reload with an expired token: the page renews the session before it opens.
    await page.evaluate((token) => localStorage.setItem('plenary.token', token), refusedToken(1));
    await page.goto('/account');
    await page.getByText(`Signed in as Trần Văn Bình (${EMAIL}).`).waitFor();
    const renewed = await storedToken();
    expect(renewed).not.toBe(refusedToken(1));
    expect((await web.request('GET', '/auth/me', { token: renewed! })).status).toBe(200);

    // A token the api refuses mid-visit: the request is sent again after one refresh (the only way to a working token).
    const farFuture = refusedToken(Math.floor(Date.now() / 1000) + 3600);
    await page.evaluate((token) => localStorage.setItem('plenary.token', token), farFuture);
    await page.reload();
    await page.getByText(`Signed in as Trần Văn Bình (${EMAIL}).`).waitFor();
    const again = await storedToken();
    expect(again).not.toBe(farFuture);
    expect((await web.request('GET', '/auth/me', { token: again! })).status).toBe(200);
  });

  it('changes the password on the account page and signs out everywhere', async () => {
    await page.goto('/account');
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password').first().fill(LAST_PASSWORD);
    await page.getByLabel('Repeat the new password').fill(LAST_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The current password is wrong.').waitFor();

    await page.getByLabel('Current password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed.').waitFor();
    await screenshot(page, 'accounts-account-en');
    expect((await web.request('GET', '/auth/me', { token: (await storedToken())! })).status).toBe(200);

    const phone = await openContext(browser, web, { language: 'vi', phone: true, token: await web.login(EMAIL, LAST_PASSWORD) });
    const phonePage = await phone.newPage();
    await phonePage.goto('/account');
    await phonePage.getByRole('heading', { name: 'Tài khoản của tôi' }).waitFor();
    await screenshot(phonePage, 'accounts-account-vi-phone');

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByText('You have been signed out on every device.').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'accounts-signed-out-everywhere-en');
    // The phone's session ended too: its next page asks to sign in.
    await phonePage.reload();
    await phonePage.getByText('Quý vị vui lòng đăng nhập để quản lý tài khoản.').waitFor();
    await phone.close();
    await page.goto('/account');
    await page.getByText('Sign in to manage your account.').waitFor();
  });
});
