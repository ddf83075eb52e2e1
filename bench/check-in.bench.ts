import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from '@nestjs/common';
import { AppLogger, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { createTestDatabase } from '@app/testing';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { positiveInt, round, round3 } from './support/figures.js';

/**
 * The offline check-in desk at scale (issue #20), against plain PostgreSQL doing the same work.
 *
 * Snapshot: a desk downloads the confirmed badges of BENCH_DESK_DELEGATES (5,000) delegates through
 * the api (GET …/check-ins/desk-snapshot, over HTTP, as JSON); the floor is the same SELECT through
 * `pg` and JSON.stringify of its rows in this process. Sync: BENCH_DESK_SCANS (1,000) scans queued
 * offline sent in one POST …/check-ins/sync; the floor is one plain batch INSERT of the same rows
 * (unnest), with no checks. Each is run BENCH_DESK_ROUNDS (7) times; medians are reported, and the
 * ratios are floor time / api time (1 = as fast as the plain statement).
 *
 *   npm run bench -- check-in
 */

const DELEGATES = positiveInt('BENCH_DESK_DELEGATES', 5000);
const SCANS = positiveInt('BENCH_DESK_SCANS', 1000);
const ROUNDS = positiveInt('BENCH_DESK_ROUNDS', 7);
const ADMIN_EMAIL = 'bench-admin@plenary.test';
const ADMIN_PASSWORD = 'bench admin password, long enough';
const SLUG = 'bench-desk';
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const badgeCode = (n: number) => Array.from({ length: 10 }, (_, i) => ALPHABET[Math.floor(n / ALPHABET.length ** i) % ALPHABET.length]).join('');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(rounds: number, work: () => Promise<unknown>, reset?: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await reset?.();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run(): Promise<void> {
  console.log(`check-in desk: snapshot of ${DELEGATES} confirmed delegates, ${SCANS} offline scans synced, median of ${ROUNDS} rounds`);
  Logger.overrideLogger(new AppLogger('text', 'warn'));
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'plenary-bench-desk-'));
  const db = new pg.Client({ connectionString: database.url });
  let app: NestFastifyApplication | undefined;
  try {
    await runMigrations(database.url);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LOAD_DEMO: 'false',
      RUN_WORKER: 'false',
      LOG_LEVEL: 'warn',
    });
    app = await createApiApp({ config, databaseUrl: database.url, jwtSecret: 'bench-secret-that-is-long-enough-for-hs256-keys' }, { docsUi: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
    await db.connect();
    const call = async (method: string, path: string, token?: string, body?: unknown) => {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return { json: JSON.parse(text), bytes: Buffer.byteLength(text) };
    };
    const token = (await call('POST', '/auth/login', undefined, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).json.accessToken as string;
    const today = new Date();
    const iso = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    await call('POST', '/events', token, {
      slug: SLUG,
      name: 'Hội nghị Thành phố học tập ASEAN+3',
      city: 'Bangkok',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
      startDate: iso(-1),
      endDate: iso(1),
      languages: ['en', 'vi'],
    });
    await call('POST', `/events/${SLUG}/registration-categories`, token, { code: 'delegate', name: 'Delegate' });
    // Setup only: the delegates are written straight into the table, confirmed, each with a badge.
    const [{ eventId, categoryId }] = (
      await db.query(`SELECT e.id AS "eventId", c.id AS "categoryId" FROM events e JOIN registration_categories c ON c.event_id = e.id WHERE e.slug = $1`, [
        SLUG,
      ])
    ).rows;
    const codes = Array.from({ length: DELEGATES }, (_, i) => badgeCode(i * 7919 + 1));
    await db.query(
      `INSERT INTO registrations (event_id, category_id, state, full_name, country, email, language, privacy_notice_version, consented_at,
                                  management_token_hash, badge_code, confirmed_at)
       SELECT $1, $2, 'confirmed', 'Nguyễn Thị Lan ' || n, 'VN', 'delegate' || n || '@bench.test', 'vi', '2024-1', now(),
              sha256(convert_to('bench' || n, 'UTF8')), code, now()
         FROM unnest($3::text[]) WITH ORDINALITY AS u(code, n)`,
      [eventId, categoryId, codes],
    );

    let bytes = 0;
    const apiSnapshot = await timed(ROUNDS, async () => {
      bytes = (await call('GET', `/events/${SLUG}/check-ins/desk-snapshot`, token)).bytes;
    });
    const plainSnapshot = await timed(ROUNDS, async () => {
      const { rows } = await db.query(
        `SELECT r.badge_code AS "badgeCode", r.full_name AS "fullName", d.city AS delegation, c.code AS category, r.country
           FROM registrations r JOIN registration_categories c ON c.id = r.category_id LEFT JOIN delegations d ON d.id = r.delegation_id
          WHERE r.event_id = $1 AND r.state = 'confirmed' ORDER BY r.full_name`,
        [eventId],
      );
      JSON.stringify(rows);
    });

    const scanned = codes.slice(0, SCANS);
    const at = new Date().toISOString();
    const clear = () => db.query(`DELETE FROM check_ins`);
    const apiSync = await timed(
      ROUNDS,
      () =>
        call('POST', `/events/${SLUG}/check-ins/sync`, token, {
          desk: 'Desk A',
          scans: scanned.map((code) => ({ clientId: randomUUID(), badgeCode: code, at })),
        }),
      clear,
    );
    const [{ count }] = (await db.query(`SELECT count(*)::int FROM check_ins`)).rows;
    if (count !== SCANS) throw new Error(`sync recorded ${count} check-ins, expected ${SCANS}`);
    const plainSync = await timed(
      ROUNDS,
      () =>
        db.query(
          `INSERT INTO check_ins (registration_id, event_day, checked_in_at, client_id, desk)
           SELECT r.id, ($3::timestamptz AT TIME ZONE 'Asia/Bangkok')::date, $3, gen_random_uuid(), 'Desk A' FROM registrations r WHERE r.event_id = $1 AND r.badge_code = ANY($2)`,
          [eventId, scanned, at],
        ),
      clear,
    );

    const figures = {
      snapshot: {
        delegates: DELEGATES,
        bytes,
        kib: round(bytes / 1024),
        apiMs: round(apiSnapshot),
        plainSelectMs: round(plainSnapshot),
        ratio: round3(plainSnapshot / apiSnapshot),
      },
      sync: { scans: SCANS, apiMs: round(apiSync), plainInsertMs: round(plainSync), ratio: round3(plainSync / apiSync) },
    };
    console.log(
      `  snapshot: ${figures.snapshot.kib} KiB in ${figures.snapshot.apiMs} ms through the api; plain SELECT + JSON ${figures.snapshot.plainSelectMs} ms → ratio ${figures.snapshot.ratio}`,
    );
    console.log(
      `  sync: ${SCANS} scans in ${figures.sync.apiMs} ms through the api; plain batch INSERT ${figures.sync.plainInsertMs} ms → ratio ${figures.sync.ratio}`,
    );
    console.log(JSON.stringify(figures));
  } finally {
    await app?.close();
    await db.end().catch(() => undefined);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
