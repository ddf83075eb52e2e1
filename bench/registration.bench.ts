import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from '@nestjs/common';
import { AppLogger, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { REGISTRATION_WRITES_IN_FLIGHT, RegistrationTurns } from '@app/registration';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import autocannon from 'autocannon';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { nonNegativeInt, percentile, positiveInt, round, round3 } from './support/figures.js';
import { countQueries } from './support/query-counter.js';

/**
 * Registration under load, end to end, against a physical ceiling.
 *
 * API: the real api in this process (createApiApp, RUN_WORKER=false so outbox delivery does not
 * compete, LOG_LEVEL=warn) on a fresh database of this machine's PostgreSQL, listening on
 * 127.0.0.1. autocannon, in its own worker thread, sends BENCH_REGISTRATIONS POSTs
 * /events/{slug}/registrations, each with a distinct email, from BENCH_CONNECTIONS keep-alive
 * connections, to an event of BENCH_CAPACITY places (so some are confirmed and the rest waitlisted).
 *
 * Ceiling: pgbench, on the same database, a second event with the same capacity, runs the same
 * writes in one transaction with the fewest round trips: INSERT the registration, take the place
 * (the event's and the category's conditional UPDATEs), record the outcome, INSERT the outbox row,
 * COMMIT, each its own statement. The api (since #21) reads the event by slug and then, in one
 * statement, the settings, the category and its questions; writes all of the above in one more, which commits on its own
 * (new-registration.ts); and counts a waitlisted delegate's position once committed.
 *
 * Then the api again at BENCH_P99_CONNECTIONS (20) clients, BENCH_P99_REGISTRATIONS (2000) on an
 * event of its own of the same capacity, for its p99 (goal: under 100 ms).
 *
 * Each api run is paired, side by side, with one on another event without the event's turns
 * (registration-turns.ts: every write sent to PostgreSQL at once, as before they existed).
 *
 * Round trips: every statement node-postgres sends while the api runs, per registration answered
 * (the event's look-up by slug, BEGIN and COMMIT included); pgbench's by its script (7 for a
 * confirmed registration, 6 for a waitlisted one). Goal: at most 7, and the api at 0.6 of pgbench.
 *
 * Both: no event may be overbooked, and each counter must equal its confirmed rows.
 *
 *   npm run bench -- registration
 *   BENCH_REGISTRATIONS=1000 npm run bench -- registration      (quick check)
 *
 * Other knobs: BENCH_CONNECTIONS (100), BENCH_CAPACITY (4000), BENCH_PGBENCH_CLIENTS (100, capped
 * by the server's free connections), BENCH_PGBENCH_JOBS (2), BENCH_POOL_SIZE (the api's
 * DATABASE_POOL_SIZE; default: the app's own default), BENCH_WARMUP (300, on a third event),
 * BENCH_AUTOCANNON_WORKERS (1; 0 runs autocannon on the api's own event loop), PGBENCH (its path).
 */

const REGISTRATIONS = positiveInt('BENCH_REGISTRATIONS', 5000);
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 100);
const CAPACITY = positiveInt('BENCH_CAPACITY', 4000);
const PGBENCH_CLIENTS = positiveInt('BENCH_PGBENCH_CLIENTS', 100);
const PGBENCH_JOBS = positiveInt('BENCH_PGBENCH_JOBS', 2);
const WARMUP = nonNegativeInt('BENCH_WARMUP', 300);
const AUTOCANNON_WORKERS = nonNegativeInt('BENCH_AUTOCANNON_WORKERS', 1);
const POOL_SIZE = process.env.BENCH_POOL_SIZE;
const P99_CONNECTIONS = positiveInt('BENCH_P99_CONNECTIONS', 20);
const P99_REGISTRATIONS = positiveInt('BENCH_P99_REGISTRATIONS', 2000);
const TARGET_RATIO = 0.6;
const TARGET_ROUND_TRIPS = 7;
const TARGET_P99_MS = 100;
const RESULTS_FILE = fileURLToPath(new URL('../../bench/results/registration.json', import.meta.url));

const ADMIN_EMAIL = 'bench-admin@plenary.test';
const ADMIN_PASSWORD = 'bench admin password, long enough';
const PRIVACY_NOTICE = '2024-1';
const SLUGS = {
  warmup: 'bench-reg-warmup',
  api: 'bench-reg-api',
  apiP99: 'bench-reg-api-p99',
  apiBefore: 'bench-reg-api-before',
  apiP99Before: 'bench-reg-api-p99-before',
  pgbenchPool: 'bench-reg-pgbench-pool',
  pgbenchClients: 'bench-reg-pgbench-clients',
};

/** A delegate as the registration form sends one; `[<id>]` becomes a unique id per request. */
const delegateBody = (emailLocalPart: string) =>
  JSON.stringify({
    fullName: 'Nguyễn Thị Lan',
    title: 'Phó Giám đốc',
    organisation: 'Sở Giáo dục và Đào tạo Hà Nội',
    city: 'Hà Nội',
    country: 'VN',
    email: `${emailLocalPart}@bench.plenary.test`,
    language: 'vi',
    category: 'delegate',
    consent: { privacyNoticeVersion: PRIVACY_NOTICE, accepted: true },
  });

interface Outcome {
  capacity: number;
  eventCounter: number;
  categoryCounter: number;
  confirmed: number;
  waitlisted: number;
  other: number;
  registrations: number;
  outboxRows: number;
  overbooked: number;
  countersMatch: boolean;
}

interface Phase {
  name: string;
  registrations: number;
  failed: number;
  elapsedMs: number;
  registrationsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  outcome: Outcome;
  detail: Record<string, unknown>;
}

export async function run(): Promise<void> {
  const pgbenchPath = findPgbench();
  console.log(
    `registration: ${REGISTRATIONS} registrations, ${CONNECTIONS} concurrent clients, capacity ${CAPACITY} per event, ` +
      `${cpus().length} CPUs, node ${process.version}, ${pgbenchPath} (${await version(pgbenchPath)})`,
  );
  console.log(
    `  api in-process with RUN_WORKER=false (outbox rows are written, not delivered: no relay or queue worker competes), ` +
      `LOG_LEVEL=warn, DATABASE_POOL_SIZE=${POOL_SIZE ?? 'app default (10)'}; autocannon in ${AUTOCANNON_WORKERS > 0 ? `${AUTOCANNON_WORKERS} worker thread(s)` : "the api's own thread"}`,
  );
  Logger.overrideLogger(new AppLogger('text', 'warn'));

  const database: TestDatabase = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'plenary-bench-'));
  let app: NestFastifyApplication | undefined;
  const db = new pg.Client({ connectionString: database.url, application_name: 'plenary-bench-check' });
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
      ...(POOL_SIZE ? { DATABASE_POOL_SIZE: POOL_SIZE } : {}),
    });
    const queries = countQueries();
    app = await createApiApp({ config, databaseUrl: database.url, jwtSecret: 'bench-secret-that-is-long-enough-for-hs256-keys' }, { docsUi: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
    await db.connect();

    // Three events opened through the api, as an organiser would.
    const token = await login(baseUrl);
    await openEvent(baseUrl, token, SLUGS.warmup, Math.max(1, WARMUP));
    await openEvent(baseUrl, token, SLUGS.api, CAPACITY);
    await openEvent(baseUrl, token, SLUGS.apiP99, CAPACITY);
    await openEvent(baseUrl, token, SLUGS.apiBefore, CAPACITY);
    await openEvent(baseUrl, token, SLUGS.apiP99Before, CAPACITY);
    await openEvent(baseUrl, token, SLUGS.pgbenchPool, CAPACITY);
    await openEvent(baseUrl, token, SLUGS.pgbenchClients, CAPACITY);

    if (WARMUP > 0) {
      // Unmeasured: JIT, the pool's connections, PostgreSQL's caches.
      const warm = await cannon(`${baseUrl}/events/${SLUGS.warmup}/registrations`, WARMUP, 'warmup', CONNECTIONS);
      if (warm['2xx'] !== WARMUP) throw new Error(`warm-up: ${warm['2xx']}/${WARMUP} answered 2xx (${JSON.stringify(warm.statusCodeStats)})`);
    }

    // Each measured twice, side by side: without the event's turns (every write sent to PostgreSQL at once, as
    // before) and with them; the two take turns so that a machine getting busier weighs on both.
    const turns = app.get(RegistrationTurns);
    const measure = async (slug: string, amount: number, connections: number, withTurns: boolean) => {
      turns.inFlight = withTurns ? REGISTRATION_WRITES_IN_FLIGHT : Number.POSITIVE_INFINITY;
      queries.reset();
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      const result = await cannon(`${baseUrl}/events/${slug}/registrations`, amount, slug, connections);
      return {
        slug,
        result,
        elapsedMs: performance.now() - started,
        cpu: process.cpuUsage(cpuStart),
        sqlPerRequest: queries.count / Math.max(1, result['2xx']),
      };
    };
    const runs = {
      apiBefore: await measure(SLUGS.apiBefore, REGISTRATIONS, CONNECTIONS, false),
      api: await measure(SLUGS.api, REGISTRATIONS, CONNECTIONS, true),
      apiP99: await measure(SLUGS.apiP99, P99_REGISTRATIONS, P99_CONNECTIONS, true),
      apiP99Before: await measure(SLUGS.apiP99Before, P99_REGISTRATIONS, P99_CONNECTIONS, false),
    };
    queries.restore();

    await app.close();
    app = undefined;

    const apiPhase = async (name: string, measured: (typeof runs)['api'], detail: Record<string, unknown>): Promise<Phase> => {
      const { result, elapsedMs, cpu, sqlPerRequest } = measured;
      const phase: Phase = {
        name,
        registrations: result['2xx'],
        failed: result.non2xx + result.errors + result.timeouts,
        elapsedMs: round(elapsedMs),
        registrationsPerSecond: round((result['2xx'] / elapsedMs) * 1000),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        outcome: await outcome(db, measured.slug),
        detail: {
          tool: `autocannon ${AUTOCANNON_WORKERS > 0 ? `(${AUTOCANNON_WORKERS} worker thread)` : '(main thread)'}`,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0])),
          sqlRoundTripsPerRegistration: round(sqlPerRequest),
          processCpuMsPerRegistration: round((cpu.user + cpu.system) / 1000 / Math.max(1, result['2xx'])),
          databasePoolSize: config.DATABASE_POOL_SIZE,
          runWorker: false,
          ...detail,
        },
      };
      report(phase);
      return phase;
    };
    const withoutTurns = `every write sent at once (before); ${REGISTRATION_WRITES_IN_FLIGHT} of an event's in flight after`;
    const apiBefore = await apiPhase('api without turns (before)', runs.apiBefore, { connections: CONNECTIONS, why: withoutTurns });
    const api = await apiPhase('api', runs.api, { connections: CONNECTIONS, writesInFlight: REGISTRATION_WRITES_IN_FLIGHT });
    const apiP99Before = await apiPhase(`api -c ${P99_CONNECTIONS} without turns (before)`, runs.apiP99Before, {
      connections: P99_CONNECTIONS,
      why: withoutTurns,
    });
    const apiP99 = await apiPhase(`api -c ${P99_CONNECTIONS}`, runs.apiP99, {
      connections: P99_CONNECTIONS,
      writesInFlight: REGISTRATION_WRITES_IN_FLIGHT,
      why: 'the p99 goal is taken at this concurrency',
    });

    // Two ceilings, each on its own event of the same capacity: the database concurrency the api
    // itself has (its pool), and the HTTP clients' concurrency. The ratio is taken to the better.
    const pgbenchRuns: Phase[] = [];
    pgbenchRuns.push(
      await pgbenchPhase(
        pgbenchPath,
        database,
        db,
        SLUGS.pgbenchPool,
        config.DATABASE_POOL_SIZE,
        "the api's DATABASE_POOL_SIZE: the same database concurrency",
      ),
    );
    report(pgbenchRuns[0]);
    pgbenchRuns.push(await pgbenchPhase(pgbenchPath, database, db, SLUGS.pgbenchClients, PGBENCH_CLIENTS, "the HTTP clients' concurrency"));
    report(pgbenchRuns[1]);
    const ceiling = pgbenchRuns.reduce((best, phase) => (phase.registrationsPerSecond > best.registrationsPerSecond ? phase : best));

    const ratio = api.registrationsPerSecond / ceiling.registrationsPerSecond;
    const ratios = Object.fromEntries(pgbenchRuns.map((phase) => [`api / ${phase.name}`, round3(api.registrationsPerSecond / phase.registrationsPerSecond)]));
    const phases = [apiBefore, api, apiP99Before, apiP99, ...pgbenchRuns];
    const overbooked = phases.reduce((sum, phase) => sum + phase.outcome.overbooked, 0);
    const consistent = phases.every((phase) => phase.outcome.countersMatch);
    console.log('');
    printTable(phases);
    console.log('');
    console.log(`overbooked: ${overbooked}${overbooked === 0 ? '' : '  <-- MUST BE 0'}`);
    console.log(`counters == confirmed rows: ${consistent ? 'yes' : 'NO'}`);
    for (const [name, value] of Object.entries(ratios)) console.log(`${name} = ${value.toFixed(2)}`);
    console.log(`api / pgbench (best: ${ceiling.name}) = ${ratio.toFixed(2)}  (target >= ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`);
    const roundTrips = roundTripsOf(api);
    console.log(
      `round trips per registration: api ${roundTrips}, pgbench ${roundTripsOf(ceiling)} (target <= ${TARGET_ROUND_TRIPS}: ${roundTrips <= TARGET_ROUND_TRIPS ? 'met' : 'NOT met'})`,
    );
    console.log(
      `api p99 at ${P99_CONNECTIONS} clients = ${apiP99.p99Ms} ms  (target < ${TARGET_P99_MS} ms: ${apiP99.p99Ms < TARGET_P99_MS ? 'met' : 'NOT met'}); ` +
        `without turns (before) ${apiP99Before.p99Ms} ms`,
    );
    console.log(
      `api with turns / without (before), side by side: ${round3(api.registrationsPerSecond / apiBefore.registrationsPerSecond)} at ${CONNECTIONS} clients, ` +
        `${round3(apiP99.registrationsPerSecond / apiP99Before.registrationsPerSecond)} at ${P99_CONNECTIONS}; ` +
        `api without turns / pgbench (best) = ${(apiBefore.registrationsPerSecond / ceiling.registrationsPerSecond).toFixed(2)}`,
    );

    await mkdir(join(RESULTS_FILE, '..'), { recursive: true });
    await writeFile(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          bench: 'registration',
          at: new Date().toISOString(),
          registrations: REGISTRATIONS,
          connections: CONNECTIONS,
          capacity: CAPACITY,
          node: process.version,
          cpus: cpus().length,
          postgres: (await db.query('SHOW server_version')).rows[0].server_version,
          runWorker: false,
          results: phases,
          overbooked,
          countersMatch: consistent,
          ceiling: ceiling.name,
          ratio: round3(ratio),
          ratios,
          roundTripsPerRegistration: { api: roundTrips, pgbench: roundTripsOf(ceiling) },
          p99AtGoalConcurrency: { connections: P99_CONNECTIONS, ms: apiP99.p99Ms },
          target: {
            ratio: TARGET_RATIO,
            met: ratio >= TARGET_RATIO,
            roundTrips: TARGET_ROUND_TRIPS,
            roundTripsMet: roundTrips <= TARGET_ROUND_TRIPS,
            p99Ms: TARGET_P99_MS,
            p99Met: apiP99.p99Ms < TARGET_P99_MS,
          },
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nResults written to ${RESULTS_FILE}`);
    if (overbooked !== 0 || !consistent) throw new Error(`registration: overbooked ${overbooked}, counters consistent: ${consistent}`);
  } finally {
    await app?.close().catch((error: unknown) => console.warn(`  closing the api: ${String(error)}`));
    await db.end().catch(() => undefined);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** autocannon: `amount` POSTs, each body with a unique email, from `connections` connections. */
async function cannon(url: string, amount: number, title: string, connections: number): Promise<autocannon.Result> {
  const options = {
    url,
    title,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: delegateBody(`${title}-[<id>]`),
    idReplacement: true,
    connections: Math.min(connections, amount),
    amount,
    timeout: 60,
    ...(AUTOCANNON_WORKERS > 0 ? { workers: AUTOCANNON_WORKERS } : {}),
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(options as autocannon.Options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on?.('error', reject);
  });
}

/**
 * The ceiling: the same writes as the api's registration, in one transaction, the fewest round
 * trips (the extended protocol, as node-postgres uses), from `wanted` connections, on its own event.
 */
async function pgbenchPhase(pgbenchPath: string, database: TestDatabase, db: pg.Client, slug: string, wanted: number, label: string): Promise<Phase> {
  const [ids] = (
    await db.query(
      `SELECT e.id AS event_id, c.id AS category_id FROM events e JOIN registration_categories c ON c.event_id = e.id AND c.code = 'delegate' WHERE e.slug = $1`,
      [slug],
    )
  ).rows;
  const url = new URL(database.url);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    PGDATABASE: database.name,
    PGAPPNAME: 'plenary-bench-pgbench',
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
  };
  // Exactly REGISTRATIONS transactions (clients × per client), within the server's free connections.
  const free = await freeConnections(db);
  let limit = Math.min(wanted, free);
  for (;;) {
    const clients = largestDivisorAtMost(REGISTRATIONS, limit);
    const perClient = REGISTRATIONS / clients;
    const jobs = Math.min(PGBENCH_JOBS, clients);
    const dir = await mkdtemp(join(tmpdir(), 'plenary-pgbench-'));
    try {
      const script = join(dir, 'registration.sql');
      await writeFile(script, PGBENCH_SCRIPT);
      const args = [
        '--no-vacuum',
        '--protocol=extended',
        `--client=${clients}`,
        `--jobs=${jobs}`,
        `--transactions=${perClient}`,
        `--file=${script}`,
        `--define=event_id=${ids.event_id}`,
        `--define=category_id=${ids.category_id}`,
        `--define=notice=${PRIVACY_NOTICE}`,
        '--define=seq=0',
        '--log',
        `--log-prefix=${join(dir, 'tx')}`,
      ];
      const started = performance.now();
      const { code, stdout, stderr } = await exec(pgbenchPath, args, env);
      const elapsedMs = performance.now() - started;
      if (code !== 0 && /too many clients|remaining connection slots/i.test(stderr) && clients > 1) {
        // Another user of the server took connections meanwhile: start this event again with fewer clients.
        console.warn(`  pgbench: the server had no room for ${clients} clients; again with fewer`);
        await resetEvent(db, ids.event_id, ids.category_id);
        limit = clients - 1;
        continue;
      }
      if (code !== 0) throw new Error(`pgbench exited ${code}:\n${stderr}\n${stdout}`);
      const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1] ?? NaN);
      const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
      const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1] ?? NaN);
      if (!Number.isFinite(processed) || !Number.isFinite(tps)) throw new Error(`pgbench: could not read its report:\n${stdout}\n${stderr}`);
      const latencies = await transactionLatencies(dir);
      return {
        name: `pgbench -c ${clients}`,
        registrations: processed,
        failed: failed + (REGISTRATIONS - processed),
        elapsedMs: round((processed / tps) * 1000),
        registrationsPerSecond: round(tps),
        p50Ms: round(percentile(latencies, 0.5)),
        p99Ms: round(percentile(latencies, 0.99)),
        maxMs: round(latencies[latencies.length - 1] ?? 0),
        outcome: await outcome(db, slug),
        detail: {
          tool: `pgbench --protocol=extended -c ${clients} -j ${jobs} -t ${perClient}`,
          clients,
          why: label,
          ...(clients < wanted
            ? {
                wantedClients: wanted,
                note: `${free} free connections on the server (max_connections less those in use, less 2); ${clients} divides ${REGISTRATIONS}`,
              }
            : {}),
          statementsPerTransaction: 6,
          roundTripsPerRegistration: scriptRoundTrips(await outcome(db, slug)),
          averageLatencyMs: Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1] ?? NaN),
          wallMsWithConnections: round(elapsedMs),
        },
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

async function resetEvent(db: pg.Client, eventId: string, categoryId: string): Promise<void> {
  await db.query(`DELETE FROM notifications WHERE event_id = $1`, [eventId]);
  await db.query(`DELETE FROM registrations WHERE event_id = $1`, [eventId]);
  await db.query(`UPDATE registration_settings SET confirmed_count = 0 WHERE event_id = $1`, [eventId]);
  await db.query(`UPDATE registration_categories SET confirmed_count = 0 WHERE id = $1`, [categoryId]);
}

/** pgbench's script: BEGIN, INSERT, the event's UPDATE, [the category's UPDATE], the state's UPDATE, the outbox INSERT, COMMIT. */
function scriptRoundTrips(o: Outcome): number {
  return round((7 * o.confirmed + 6 * (o.registrations - o.confirmed)) / Math.max(1, o.registrations));
}

function roundTripsOf(phase: Phase): number {
  return Number(phase.detail.sqlRoundTripsPerRegistration ?? phase.detail.roundTripsPerRegistration);
}

function largestDivisorAtMost(total: number, limit: number): number {
  for (let candidate = Math.max(1, Math.min(total, limit)); candidate > 1; candidate--) if (total % candidate === 0) return candidate;
  return 1;
}

/**
 * The api's writes as separate statements (the shape RegistrationService.registerIn, takePlace,
 * setState and Outbox.add had before the api wrote them in one statement): the same columns, the
 * same conditional UPDATEs in the same order, and the same outbox INSERT (whose statement trigger
 * NOTIFYs the relay). The email
 * is unique per client and transaction (:client_id and a per-client counter). With no quota on the
 * category, takePlace's give-back branch never runs, so it is left out.
 */
const PGBENCH_SCRIPT = `\\set seq :seq + 1
\\set n :client_id * 1000000 + :seq
BEGIN;
INSERT INTO registrations (event_id, category_id, delegation_id, is_delegation_head, user_id, state, full_name, title,
                           organisation, city, country, email, language, dietary_needs, accessibility_needs,
                           visa_letter_needed, privacy_notice_version, consented_at, management_token_hash, badge_code)
VALUES (:event_id, :category_id, NULL, false, (SELECT id FROM users WHERE email = 'pgbench-' || :n || '@bench.plenary.test'), 'pending',
        'Nguyễn Thị Lan', 'Phó Giám đốc', 'Sở Giáo dục và Đào tạo Hà Nội', 'Hà Nội', 'VN', 'pgbench-' || :n || '@bench.plenary.test',
        'vi', '', '', false, :notice, now(), sha256(convert_to(gen_random_uuid()::text, 'UTF8')),
        upper(substr(md5(gen_random_uuid()::text), 1, 10)))
RETURNING id AS reg_id \\gset
WITH taken AS (UPDATE registration_settings SET confirmed_count = confirmed_count + 1
                WHERE event_id = :event_id AND confirmed_count < capacity RETURNING 1)
SELECT count(*) AS took FROM taken \\gset
\\if :took
UPDATE registration_categories SET confirmed_count = confirmed_count + 1
 WHERE id = :category_id AND (quota IS NULL OR confirmed_count < quota) RETURNING 1 AS ok;
UPDATE registrations SET state = 'confirmed', updated_at = now(), confirmed_at = now() WHERE id = :reg_id;
\\else
UPDATE registrations SET state = 'waitlisted', updated_at = now() WHERE id = :reg_id;
\\endif
INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, dedup_key, send_after, secret, state)
VALUES (:event_id, CASE WHEN :took = 1 THEN 'registration-confirmed' ELSE 'registration-waitlisted' END,
        lower('pgbench-' || :n || '@bench.plenary.test'), 'Nguyễn Thị Lan', 'vi', jsonb_build_object('registrationId', :reg_id::text), NULL, NULL,
        encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'base64'),
        CASE WHEN EXISTS (SELECT 1 FROM notification_holds h WHERE h.event_id = :event_id AND h.kind = CASE WHEN :took = 1 THEN 'registration-confirmed' ELSE 'registration-waitlisted' END)
             THEN 'held' ELSE 'pending' END)
ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
RETURNING id;
COMMIT;
`;

/** Per-transaction latencies (ms) from pgbench's --log files: "client tx time_us script epoch epoch_us". */
async function transactionLatencies(dir: string): Promise<number[]> {
  const latencies: number[] = [];
  for (const file of (await readdir(dir)).filter((name) => name.startsWith('tx.'))) {
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
      const fields = line.trim().split(/\s+/);
      if (fields.length >= 3 && /^\d+$/.test(fields[2])) latencies.push(Number(fields[2]) / 1000);
    }
  }
  return latencies.sort((a, b) => a - b);
}

/** Confirmed places against capacity and against both counters, for one event. */
async function outcome(db: pg.Client, slug: string): Promise<Outcome> {
  const {
    rows: [row],
  } = await db.query(
    `SELECT s.capacity, s.confirmed_count AS event_counter, c.confirmed_count AS category_counter,
            (SELECT count(*) FILTER (WHERE r.state = 'confirmed') FROM registrations r WHERE r.event_id = e.id)::int AS confirmed,
            (SELECT count(*) FILTER (WHERE r.state = 'waitlisted') FROM registrations r WHERE r.event_id = e.id)::int AS waitlisted,
            (SELECT count(*) FROM registrations r WHERE r.event_id = e.id)::int AS registrations,
            (SELECT count(*) FROM notifications n WHERE n.event_id = e.id)::int AS outbox
       FROM events e JOIN registration_settings s ON s.event_id = e.id
       JOIN registration_categories c ON c.event_id = e.id AND c.code = 'delegate'
      WHERE e.slug = $1`,
    [slug],
  );
  return {
    capacity: row.capacity,
    eventCounter: row.event_counter,
    categoryCounter: row.category_counter,
    confirmed: row.confirmed,
    waitlisted: row.waitlisted,
    other: row.registrations - row.confirmed - row.waitlisted,
    registrations: row.registrations,
    outboxRows: row.outbox,
    overbooked: Math.max(0, row.confirmed - row.capacity),
    countersMatch: row.event_counter === row.confirmed && row.category_counter === row.confirmed,
  };
}

/** Client connections the server can still take (pgbench connects as the test server's user). */
async function freeConnections(db: pg.Client): Promise<number> {
  const {
    rows: [row],
  } = await db.query(
    `SELECT current_setting('max_connections')::int AS max,
            (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS used`,
  );
  return Math.max(1, row.max - row.used - 2);
}

async function login(baseUrl: string): Promise<string> {
  const body = await call(baseUrl, 'POST', '/auth/login', undefined, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, 200);
  return body.accessToken as string;
}

async function openEvent(baseUrl: string, token: string, slug: string, capacity: number): Promise<void> {
  await call(
    baseUrl,
    'POST',
    '/events',
    token,
    {
      slug,
      name: 'Hội nghị Thành phố học tập ASEAN+3',
      city: 'Hà Nội',
      country: 'VN',
      timeZone: 'Asia/Ho_Chi_Minh',
      startDate: '2030-05-06',
      endDate: '2030-05-07',
      languages: ['vi', 'en'],
    },
    201,
  );
  const now = Date.now();
  await call(
    baseUrl,
    'PUT',
    `/events/${slug}/registration-settings`,
    token,
    {
      opensAt: new Date(now - 3600_000).toISOString(),
      closesAt: new Date(now + 24 * 3600_000).toISOString(),
      capacity,
      privacyNoticeVersion: PRIVACY_NOTICE,
    },
    200,
  );
  await call(baseUrl, 'POST', `/events/${slug}/registration-categories`, token, { code: 'delegate', name: 'Delegate' }, 201);
}

async function call(baseUrl: string, method: string, path: string, token: string | undefined, body: unknown, expected: number): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

function findPgbench(): string {
  const given = process.env.PGBENCH;
  if (given) return given;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'pgbench'))) return join(dir, 'pgbench');
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => existsSync(join(root, name, 'bin', 'pgbench')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(root, versions[0], 'bin', 'pgbench');
  }
  throw new Error(
    'pgbench not found (PATH, /usr/lib/postgresql/*/bin). On Debian it comes with the server package ' +
      '(apt-get install postgresql-15, or postgresql-contrib on older releases); or set PGBENCH=/path/to/pgbench.',
  );
}

async function version(path: string): Promise<string> {
  const { stdout } = await exec(path, ['--version'], process.env);
  return stdout.trim();
}

function exec(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function report(phase: Phase): void {
  const o = phase.outcome;
  console.log(
    `  ${phase.name}: ${phase.registrations} registrations (${phase.failed} failed) in ${phase.elapsedMs} ms = ${phase.registrationsPerSecond} registrations/s, ` +
      `p50 ${phase.p50Ms} ms, p99 ${phase.p99Ms} ms, max ${phase.maxMs} ms`,
  );
  console.log(
    `    ${o.confirmed} confirmed + ${o.waitlisted} waitlisted${o.other ? ` + ${o.other} other` : ''} of capacity ${o.capacity}; ` +
      `counters event ${o.eventCounter} / category ${o.categoryCounter}; ${o.outboxRows} outbox rows; overbooked ${o.overbooked}`,
  );
  console.log(`    ${JSON.stringify(phase.detail)}`);
}

function printTable(phases: Phase[]): void {
  const rows = [
    ['run', 'registrations/s', 'round trips', 'p50 ms', 'p99 ms', 'ok', 'failed', 'confirmed', 'waitlisted', 'overbooked'],
    ...phases.map((p) => [
      p.name,
      p.registrationsPerSecond.toFixed(1),
      roundTripsOf(p).toFixed(1),
      p.p50Ms.toFixed(1),
      p.p99Ms.toFixed(1),
      String(p.registrations),
      String(p.failed),
      String(p.outcome.confirmed),
      String(p.outcome.waitlisted),
      String(p.outcome.overbooked),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}
