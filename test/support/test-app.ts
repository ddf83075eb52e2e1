import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../../apps/api/src/create-api-app.js';

export const ADMIN_EMAIL = 'admin@plenary.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  database: TestDatabase;
  request(method: string, url: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
  login(email: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

export interface TestResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: any;
  text: string;
}

/** The real api on a fresh database of this machine's PostgreSQL (or the one given), driven through Fastify's inject. */
export async function startTestApp(env: Record<string, string> = {}, { database: given }: { database?: TestDatabase } = {}): Promise<TestApp> {
  const database = given ?? (await createTestDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOAD_DEMO: 'false',
    RUN_WORKER: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  });
  await runMigrations(database.url);
  const app = await createApiApp({ config, databaseUrl: database.url, jwtSecret: 'test-secret-that-is-long-enough-for-hs256-keys' }, { docsUi: false });

  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await app.getUrl();

  // Real HTTP over loopback (jest cannot load light-my-request's ESM-only dependency on this Node).
  const request: TestApp['request'] = async (method, url, options = {}) => {
    const headers: Record<string, string> = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };
    let payload: string | undefined;
    if (options.body !== undefined) {
      payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${baseUrl.replace('[::1]', '127.0.0.1')}${url}`, { method, headers, body: payload });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { statusCode: response.status, headers: Object.fromEntries(response.headers.entries()), body, text };
  };
  const login = async (email: string, password: string) => {
    const response = await request('POST', '/auth/login', { body: { email, password } });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.text}`);
    return response.body.accessToken as string;
  };
  let admin: string | undefined;
  return {
    app,
    baseUrl,
    database,
    request,
    login,
    adminToken: async () => (admin ??= await login(ADMIN_EMAIL, ADMIN_PASSWORD)),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
