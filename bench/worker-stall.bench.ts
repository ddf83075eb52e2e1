import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { BENCH_ADMIN, builtAppEnv, call, SHUTTLE_MESSAGE, waitForHealthy } from './support/api.js';
import { percentile, positiveInt, round } from './support/figures.js';
import { freePort, sleep } from './support/processes.js';

/**
 * Does the worker of `npm start` stall the api? The built api (`dist/apps/api/src/main.js`) as `npm start`
 * runs it: worker in the same process, PostgreSQL queue backend, mail as .eml files. An organiser sends one
 * message to BENCH_STALL_RECIPIENTS (default 2000) delegates; while the worker renders and writes them, a
 * small page (GET /events/{slug}, under 1 KB) is requested one after another and the registrations CSV
 * export (every delegate) now and then; the same requests on the quiet api first.
 *
 * Three placements in one run, side by side: WORKER_THREAD=false (the worker on the HTTP event loop, as
 * before), a worker thread with the api's priority (WORKER_THREAD_NICENESS=0) and the default worker thread
 * that yields the CPU to the api's thread. Figures: the small page's p50/p99 quiet and busy, the export's
 * median quiet and busy and their ratio, and mail/s.
 *
 *   npm run bench -- worker-stall
 */
const API_MAIN = resolve('dist/apps/api/src/main.js');
const RECIPIENTS = positiveInt('BENCH_STALL_RECIPIENTS', 2000);
const SLUG = 'bench-stall';
const QUIET_PROBES = 200;
const PROBE_GAP_MS = 10;
const EXPORTS = 3;

interface Placement {
  name: string;
  workerThread: boolean;
  niceness?: number;
}

interface Figures {
  name: string;
  quietP50: number;
  quietP99: number;
  busyP50: number;
  busyP99: number;
  busyMax: number;
  probes: number;
  exportQuiet: number;
  exportBusy: number;
  mailPerSecond: number;
}

export async function run(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} missing: npm run build first`);
  const load = loadavg()[0];
  console.log(
    `worker-stall: ${RECIPIENTS} messages through the api of npm start; ${cpus().length} CPUs, node ${process.version}, load average ${load.toFixed(2)}`,
  );
  const placements: Placement[] = [
    { name: 'worker on the event loop (before)', workerThread: false },
    { name: 'worker thread, same priority', workerThread: true, niceness: 0 },
    { name: 'worker thread, yielding (after)', workerThread: true },
  ];
  const results: Figures[] = [];
  for (const placement of placements) results.push(await measure(placement));
  console.log('');
  console.log(
    '| placement | page p50 quiet | page p99 quiet | page p50 busy | page p99 busy | page max busy | export quiet | export busy | busy/quiet | mail/s |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.quietP50} ms | ${r.quietP99} ms | ${r.busyP50} ms | ${r.busyP99} ms | ${r.busyMax} ms | ${r.exportQuiet} ms | ${r.exportBusy} ms | ${(r.exportBusy / r.exportQuiet).toFixed(2)} | ${r.mailPerSecond} |`,
    );
  }
  const [before, , after] = results;
  console.log(
    `  busy page p99, after/before: ${(after.busyP99 / before.busyP99).toFixed(2)}; busy export, after/before: ${(after.exportBusy / before.exportBusy).toFixed(2)}`,
  );
}

async function measure(placement: Placement): Promise<Figures> {
  const database: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-stall-'));
  let api: ChildProcess | undefined;
  const db = new pg.Client({ connectionString: database.url });
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [API_MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        ...builtAppEnv(database.url, dataDir),
        PORT: String(port),
        WORKER_THREAD: String(placement.workerThread),
        ...(placement.niceness === undefined ? {} : { WORKER_THREAD_NICENESS: String(placement.niceness) }),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealthy(baseUrl, () => (api!.exitCode === null ? undefined : `api exited with ${api!.exitCode}`));
    await db.connect();
    const token = (await call(baseUrl, 'POST', '/auth/login', undefined, BENCH_ADMIN)).accessToken as string;
    const eventBody = { slug: SLUG, name: 'Hội nghị Thành phố học tập', city: 'Hà Nội', country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' };
    await call(baseUrl, 'POST', '/events', token, { ...eventBody, startDate: '2030-05-06', endDate: '2030-05-07', languages: ['vi', 'en'] });
    await seedDelegates(db, RECIPIENTS);
    const page = `${baseUrl}/events/${SLUG}`;
    const exportUrl = `${baseUrl}/events/${SLUG}/registrations.csv`;
    const auth = { authorization: `Bearer ${token}` };

    // Warm both paths once, then the quiet figures.
    await timed(page);
    await timed(exportUrl, auth);
    const quiet: number[] = [];
    for (let index = 0; index < QUIET_PROBES; index++) {
      quiet.push(await timed(page));
      await sleep(PROBE_GAP_MS);
    }
    const exportQuiet: number[] = [];
    for (let index = 0; index < EXPORTS; index++) exportQuiet.push(await timed(exportUrl, auth));

    const mailDir = join(dataDir, 'mail');
    const sentAt = performance.now();
    await call(baseUrl, 'POST', `/events/${SLUG}/messages`, token, SHUTTLE_MESSAGE, { 'idempotency-key': `bench-stall-${placement.name}` });
    const busy: number[] = [];
    const exportBusy: number[] = [];
    let delivered = 0;
    let lastExport = performance.now();
    const deadline = sentAt + 300_000;
    while (delivered < RECIPIENTS && performance.now() < deadline) {
      busy.push(await timed(page));
      // An export every second while mail is going out, as long as there is mail going out.
      if (exportBusy.length < EXPORTS && performance.now() - lastExport > 1000) {
        exportBusy.push(await timed(exportUrl, auth));
        lastExport = performance.now();
      }
      await sleep(PROBE_GAP_MS);
      delivered = existsSync(mailDir) ? readdirSync(mailDir).length : 0;
    }
    const seconds = (performance.now() - sentAt) / 1000;
    if (delivered < RECIPIENTS) console.warn(`  ${placement.name}: only ${delivered} of ${RECIPIENTS} delivered in ${seconds.toFixed(0)} s`);
    const sortedQuiet = [...quiet].sort((a, b) => a - b);
    const sortedBusy = [...busy].sort((a, b) => a - b);
    const figures: Figures = {
      name: placement.name,
      quietP50: round(percentile(sortedQuiet, 0.5)),
      quietP99: round(percentile(sortedQuiet, 0.99)),
      busyP50: round(percentile(sortedBusy, 0.5)),
      busyP99: round(percentile(sortedBusy, 0.99)),
      busyMax: round(sortedBusy.at(-1) ?? 0),
      probes: busy.length,
      exportQuiet: round(median(exportQuiet)),
      exportBusy: round(median(exportBusy)),
      mailPerSecond: round(delivered / seconds),
    };
    console.log(`  ${placement.name}: ${delivered} mails in ${seconds.toFixed(1)} s, ${busy.length} page requests and ${exportBusy.length} exports meanwhile`);
    return figures;
  } finally {
    await db.end().catch(() => undefined);
    if (api && api.exitCode === null) {
      const exited = new Promise((done) => api!.once('exit', done));
      api.kill('SIGTERM');
      await exited;
    }
    await database.drop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function seedDelegates(db: pg.Client, count: number): Promise<void> {
  const emails = Array.from({ length: count }, (_, index) => `delegate-${String(index + 1).padStart(5, '0')}@example.test`);
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
}

async function timed(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
