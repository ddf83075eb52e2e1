import { expect } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser } from 'playwright-core';
import { DEMO, startWebAppAndBrowser, type WebApp } from './web-app.js';

/**
 * The web app and a browser, with the demo event's registration open all through 2026–2027 and no
 * approval needed, and an admin's token. If the setting up fails, both are closed before the error is thrown.
 */
export async function startWithOpenRegistration(redisDatabase: number): Promise<{ web: WebApp; browser: Browser; admin: string }> {
  const { web, browser } = await startWebAppAndBrowser({ redisDatabase });
  try {
    const admin = await web.adminToken();
    const settings = await web.request('PUT', `/events/${DEMO}/registration-settings`, {
      token: admin,
      body: { opensAt: '2026-01-01T00:00:00+07:00', closesAt: '2027-12-31T23:59:59+07:00', capacity: 400, approvalRequired: false },
    });
    expect(settings.status).toBe(200);
    return { web, browser, admin };
  } catch (error) {
    await browser.close();
    await web.close();
    throw error;
  }
}

/** The token of the private link mailed to this address (waits for the mail). */
export function manageTokenMailedTo(web: WebApp, email: string): Promise<string> {
  return expectEventually(
    () => {
      const link = web.smtp
        .to(email)
        .map((mail) => /\/manage\/([\w-]{20,})/.exec(mail.parsed.text ?? '')?.[1])
        .find(Boolean);
      expect(link).toBeDefined();
      return link!;
    },
    30_000,
    200,
  );
}
