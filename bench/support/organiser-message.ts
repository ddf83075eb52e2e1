import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApiApp } from '../../apps/api/src/create-api-app.js';

const ADMIN_EMAIL = 'bench-admin@plenary.test';
const ADMIN_PASSWORD = 'bench admin password, long enough';
const SLUG = 'bench-message';

/**
 * The api with its worker in one process (RUN_WORKER=true, as `npm start` runs it) on a fresh
 * database, an event of `count` confirmed delegates (written directly: registering them would mail
 * each one first), and an organiser's token: ready to send one message to all of them.
 */
export async function startMessageBench(env: { smtpUrl: string; redisUrl: string; concurrency: number; count: number }) {
  const database: TestDatabase = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'plenary-bench-'));
  let app: NestFastifyApplication | undefined;
  const db = new pg.Client({ connectionString: database.url });
  try {
    await runMigrations(database.url);
    await db.connect();
    const config = loadConfig({
      DATABASE_URL: database.url,
      REDIS_URL: env.redisUrl,
      SMTP_URL: env.smtpUrl,
      DATA_DIR: dataDir,
      RUN_WORKER: 'true',
      QUEUE_CONCURRENCY: String(env.concurrency),
      MAIL_RATE_PER_MINUTE: '1000000',
      OUTBOX_POLL_MS: '200',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
    });
    app = await createApiApp({ config, databaseUrl: database.url, jwtSecret: 'bench-secret-that-is-long-enough-for-hs256-keys' }, { docsUi: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
    const token = (await call(baseUrl, 'POST', '/auth/login', undefined, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, 200)).accessToken as string;
    const eventBody = { slug: SLUG, name: 'Hội nghị Thành phố học tập', city: 'Hà Nội', country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' };
    await call(baseUrl, 'POST', '/events', token, { ...eventBody, startDate: '2030-05-06', endDate: '2030-05-07', languages: ['vi', 'en'] }, 201);
    const emails = Array.from({ length: env.count }, (_, index) => `delegate-${String(index + 1).padStart(5, '0')}@example.test`);
    await db.query(
      `WITH event AS (SELECT id FROM events WHERE slug = $1),
            category AS (INSERT INTO registration_categories (event_id, code, name) SELECT id, 'delegate', 'Delegate' FROM event RETURNING id, event_id)
       INSERT INTO registrations (event_id, category_id, state, full_name, country, email, language, privacy_notice_version, consented_at,
                                  management_token_hash, badge_code)
       SELECT c.event_id, c.id, 'confirmed', 'Delegate ' || n, 'VN', e, CASE WHEN n % 2 = 0 THEN 'en' ELSE 'vi' END, '2024-1', now(),
              sha256(convert_to(gen_random_uuid()::text, 'UTF8')), upper(substr(md5(e), 1, 10))
         FROM category c, unnest($2::text[]) WITH ORDINALITY AS r(e, n)`,
      [SLUG, emails],
    );
    const message = {
      audience: { states: ['confirmed'] },
      content: [
        { language: 'vi', subject: 'Xe đưa đón lúc 08:00', body: 'Kính gửi {{name}},\n\nXe khởi hành lúc **08:00**. Trang của Quý vị: {{managementLink}}' },
        { language: 'en', subject: 'The shuttle at 08:00', body: 'Dear {{name}},\n\nThe shuttle leaves at **08:00**. Your page: {{managementLink}}' },
      ],
    };
    return {
      emails,
      /** Resolves when the send transaction has committed (the api answers after COMMIT). */
      send: () => call(baseUrl, 'POST', `/events/${SLUG}/messages`, token, message, 201, { 'idempotency-key': 'bench-message' }),
      async close() {
        await app?.close();
        await db.end();
        await database.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    await database.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function call(baseUrl: string, method: string, path: string, token: string | undefined, body: unknown, expected: number, headers = {}): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}
