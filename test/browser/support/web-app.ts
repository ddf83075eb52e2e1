import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestDatabase, freshRedisUrl, type SmtpSink, startSmtpSink, type TestDatabase } from '@app/testing';
import { spawnApi, type SpawnedApi, waitForHealthy } from '../../support/spawned-api.js';
import { findChromium } from '@app/testing';

export const DEMO = 'aseanplus3-learning-cities-2024';
export const ADMIN_EMAIL = 'admin@plenary.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';

export const SCREENSHOTS = resolve('test/artifacts/screenshots');

export interface WebApp {
  api: SpawnedApi;
  baseUrl: string;
  smtp: SmtpSink;
  database: TestDatabase;
  /** JSON request to the api as a program would make it (for setting up and checking what the browser did). */
  request(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  login(email: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The built system exactly as `npm start` runs it (api + worker + web app in one process), on a fresh
 * database of this machine's PostgreSQL, its own Redis database and an SMTP server in the test process,
 * with the demo conference loaded.
 */
export async function startWebApp({ redisDatabase, env = {} }: { redisDatabase: number; env?: Record<string, string> }): Promise<WebApp> {
  // Each thing is undone if a later one fails, so a failing setup leaves no database, server or process behind.
  const undo: Array<() => unknown> = [];
  const rollback = async () => {
    for (const step of undo.reverse()) await Promise.resolve(step()).catch(() => undefined);
  };
  let api: SpawnedApi;
  let smtp: SmtpSink;
  let database: TestDatabase;
  let dataDir: string;
  try {
    database = await createTestDatabase();
    undo.push(() => database.drop());
    smtp = await startSmtpSink();
    undo.push(() => smtp.stop());
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-web-'));
    undo.push(() => rmSync(dataDir, { recursive: true, force: true }));
    api = await spawnApi({
      DATABASE_URL: database.url,
      REDIS_URL: await freshRedisUrl(redisDatabase),
      SMTP_URL: smtp.url,
      DATA_DIR: dataDir,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      JWT_SECRET: 'browser-test-secret-that-is-long-enough-for-hs256',
      LOG_LEVEL: process.env.WEB_LOG_LEVEL ?? 'warn',
      LOGIN_LIMIT_PER_IP: '1000',
      // A private build of the web app (`npm run build:web -- <dir>`), so parallel work does not swap assets mid-test.
      ...(process.env.WEB_ROOT ? { WEB_ROOT: process.env.WEB_ROOT } : {}),
      ...env,
    });
    undo.push(() => api.stop('SIGKILL'));
    await waitForHealthy(api, 60_000);
  } catch (error) {
    await rollback();
    throw error;
  }
  const request: WebApp['request'] = async (method, path, options = {}) => {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body };
  };
  const login = async (email: string, password: string) => {
    const response = await request('POST', '/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken as string;
  };
  let admin: string | undefined;
  return {
    api,
    baseUrl: api.baseUrl,
    smtp,
    database,
    request,
    login,
    adminToken: async () => (admin ??= await login(ADMIN_EMAIL, ADMIN_PASSWORD)),
    close: async () => {
      await api.stop();
      await smtp.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The web app and a browser, started side by side. Both are waited for, and if either fails the other is
 * closed before the error is thrown: a suite's afterAll never sees the one that succeeded.
 */
export async function startWebAppAndBrowser(options: { redisDatabase: number; env?: Record<string, string> }): Promise<{ web: WebApp; browser: Browser }> {
  const [web, browser] = await Promise.allSettled([startWebApp(options), launchBrowser()]);
  if (web.status === 'fulfilled' && browser.status === 'fulfilled') return { web: web.value, browser: browser.value };
  if (web.status === 'fulfilled') await web.value.close();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw web.status === 'rejected' ? web.reason : (browser as PromiseRejectedResult).reason;
}

/** A headless Chromium (see findChromium for which one), with extra command-line switches if given. */
export async function launchBrowser({ args = [] }: { args?: string[] } = {}): Promise<Browser> {
  const { executablePath, env } = await findChromium();
  return chromium.launch({
    executablePath,
    headless: true,
    env: { ...process.env, ...env },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-extensions', '--no-first-run', ...args],
  });
}

/**
 * A fresh browser context (its own storage) at a phone's or a desktop's size, optionally signed in with
 * a token and in a language, both as the app keeps them (localStorage).
 */
export async function openContext(
  browser: Browser,
  web: WebApp,
  { token, language = 'en', phone = false }: { token?: string; language?: 'en' | 'vi' | 'th'; phone?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: web.baseUrl,
    locale: { en: 'en-GB', vi: 'vi-VN', th: 'th-TH' }[language],
    viewport: phone ? { width: 360, height: 740 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
  });
  await context.addInitScript(
    ({ token, language }) => {
      // Only the first time: after that the page's own choices (language switch, sign-out) stand.
      if (localStorage.getItem('plenary.seeded')) return;
      localStorage.setItem('plenary.seeded', '1');
      localStorage.setItem('plenary.lang', language);
      if (token) localStorage.setItem('plenary.token', token);
    },
    { token, language },
  );
  return context;
}

/** Every browser test leaves a picture of where it ended, under test/artifacts/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
