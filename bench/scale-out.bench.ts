import { runMigrations } from '@app/database';
import { createTestDatabase, freshRedisUrl, type TestDatabase } from '@app/testing';
import autocannon from 'autocannon';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { positiveInt, round } from './support/figures.js';
import { BENCH_ADMIN, builtAppEnv, call, SHUTTLE_MESSAGE, waitForHealthy } from './support/api.js';
import { BenchProcess, freePort, machineCpu, sleep } from './support/processes.js';

/**
 * Scale-out: N built api processes (`dist/apps/api/src/main.js`, RUN_WORKER=false) and N built workers
 * (`dist/apps/worker/src/main.js`) against one PostgreSQL database and one Redis (the Redis queue
 * backend), mail to an SMTP sink in this process that counts what it accepts. 1 + 1, then 2 + 2, each on
 * a fresh database and an emptied Redis database:
 *   1. registrations: BENCH_SCALE_REGISTRATIONS POSTs /events/{slug}/registrations (distinct emails),
 *      spread evenly over the apis from BENCH_SCALE_CONNECTIONS connections in all, to an event of
 *      BENCH_SCALE_CAPACITY places; the workers send each registrant's mail meanwhile. Registrations/s,
 *      p99, then the time until every mail was accepted.
 *   2. mail: an organiser's message to every confirmed delegate; mail/s from the request to the last
 *      acceptance.
 * Checks: no event overbooked, its counter equal to its confirmed rows, every outbox row sent, and
 * no message accepted twice (same recipient and subject).
 * CPU: each process's user + system time, and the whole machine's busy share, per phase.
 *
 * On 2 CPUs shared with PostgreSQL, Redis, the sink and the load generator, a second api and worker add
 * processes, not CPU: the gain is bounded by the idle CPU there was (none under load), and two event loops
 * cost more context switches and PostgreSQL connections. With more cores (PostgreSQL on its own), each
 * api and worker would get a core of its own and the figures would rise towards 2× until PostgreSQL (the
 * event's counter row for registrations, the outbox claims for mail) is the limit.
 *
 *   npm run bench -- scale-out           (needs TEST_REDIS_URL or BENCH_REDIS_URL; a Redis database is emptied)
 */
const API_MAIN = resolve('dist/apps/api/src/main.js');
const WORKER_MAIN = resolve('dist/apps/worker/src/main.js');
const REGISTRATIONS = positiveInt('BENCH_SCALE_REGISTRATIONS', 3000);
const CONNECTIONS = positiveInt('BENCH_SCALE_CONNECTIONS', 40);
const CAPACITY = positiveInt('BENCH_SCALE_CAPACITY', 2000);
const REDIS_DB = positiveInt('BENCH_SCALE_REDIS_DB', 13);
const SLUG = 'bench-scale-out';
const PRIVACY_NOTICE = '2024-1';
const DRAIN_TIMEOUT_MS = 300_000;
const DUE = `(n.send_after IS NULL OR n.send_after <= now())`;

interface Topology {
  apis: number;
  workers: number;
}

interface Phase {
  name: string;
  count: number;
  seconds: number;
  perSecond: number;
  /** CPU ms per item of each kind of process, summed over its processes. */
  cpuMsPerItem: Record<string, number>;
  /** Share of all the machine's CPUs busy during the phase (everything running on it). */
  machineBusy: number;
  /** Share of all the machine's CPUs the apis and workers used during the phase. */
  appsBusy: number;
}

interface Result {
  topology: Topology;
  registrations: Phase & { p50Ms: number; p99Ms: number; failed: number };
  registrationMailDrainSeconds: number;
  mail: Phase;
  overbooked: number;
  countersMatch: boolean;
  duplicates: number;
  unsent: number;
}

export async function run(): Promise<void> {
  for (const main of [API_MAIN, WORKER_MAIN]) if (!existsSync(main)) throw new Error(`${main} missing: npm run build first`);
  const redisBase = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL;
  if (!redisBase) throw new Error('scale-out needs a Redis: TEST_REDIS_URL or BENCH_REDIS_URL (its database BENCH_SCALE_REDIS_DB is emptied)');
  process.env.TEST_REDIS_URL = redisBase;
  console.log(
    `scale-out: ${REGISTRATIONS} registrations (capacity ${CAPACITY}) from ${CONNECTIONS} connections, then a message to every confirmed delegate; ` +
      `${cpus().length} CPUs, node ${process.version}, load average ${loadavg()[0].toFixed(2)}`,
  );
  const results: Result[] = [];
  for (const topology of [
    { apis: 1, workers: 1 },
    { apis: 2, workers: 2 },
  ])
    results.push(await measure(topology));

  console.log('');
  console.log(
    '| apis + workers | registrations/s | reg p50 | reg p99 | mail drained after load | mail/s | apis + workers CPU share (reg / mail) | machine CPU busy (reg / mail) | api CPU ms/reg | worker CPU ms/mail | overbooked | duplicate mail | unsent |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.topology.apis} + ${r.topology.workers} | ${r.registrations.perSecond} | ${r.registrations.p50Ms} ms | ${r.registrations.p99Ms} ms | ${r.registrationMailDrainSeconds} s | ${r.mail.perSecond} | ` +
        `${percent(r.registrations.appsBusy)} / ${percent(r.mail.appsBusy)} | ${percent(r.registrations.machineBusy)} / ${percent(r.mail.machineBusy)} | ${r.registrations.cpuMsPerItem.api} | ${r.mail.cpuMsPerItem.worker} | ` +
        `${r.overbooked} | ${r.duplicates} | ${r.unsent} |`,
    );
  }
  const [one, two] = results;
  console.log(
    `  2 + 2 against 1 + 1: registrations/s ×${(two.registrations.perSecond / one.registrations.perSecond).toFixed(2)}, mail/s ×${(two.mail.perSecond / one.mail.perSecond).toFixed(2)} ` +
      `on ${cpus().length} CPUs (PostgreSQL, Redis, the sink and the load generator share them)`,
  );
  const bad = results.filter((r) => r.overbooked > 0 || !r.countersMatch || r.duplicates > 0 || r.unsent > 0 || r.registrations.failed > 0);
  if (bad.length > 0) throw new Error(`scale-out: correctness failed for ${bad.map((r) => `${r.topology.apis} + ${r.topology.workers}`).join(', ')}`);
}

async function measure(topology: Topology): Promise<Result> {
  const label = `${topology.apis} + ${topology.workers}`;
  const database: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-scale-'));
  const sink = await CountingSink.start();
  const processes: BenchProcess[] = [];
  const db = new pg.Client({ connectionString: database.url, application_name: 'plenary-bench-scale-out' });
  try {
    await runMigrations(database.url);
    await db.connect();
    const redisUrl = await freshRedisUrl(REDIS_DB);
    const common = { ...builtAppEnv(database.url, dataDir), REDIS_URL: redisUrl, SMTP_URL: sink.url };
    // One after another: the first creates the admin account; the others find it.
    const apiUrls: string[] = [];
    for (let index = 0; index < topology.apis; index++) {
      const port = await freePort();
      const api = BenchProcess.start(`api ${index + 1}`, API_MAIN, { ...common, PORT: String(port), RUN_WORKER: 'false' });
      processes.push(api);
      apiUrls.push(`http://127.0.0.1:${port}`);
      await waitForHealthy(apiUrls[index], () => (api.alive ? undefined : `${api.name} exited while starting:\n${api.log}`));
    }
    for (let index = 0; index < topology.workers; index++) processes.push(BenchProcess.start(`worker ${index + 1}`, WORKER_MAIN, common));
    await waitForRelays(db, database.name, topology.workers, processes);

    const token = (await call(apiUrls[0], 'POST', '/auth/login', undefined, BENCH_ADMIN)).accessToken as string;
    await openEvent(apiUrls[0], token);

    // 1. Registrations through every api at once; the workers send the mail meanwhile.
    let snapshot = cpuSnapshot(processes);
    let started = performance.now();
    const shares = apiUrls.map((url, index) => ({
      url,
      amount: Math.floor(REGISTRATIONS / apiUrls.length) + (index < REGISTRATIONS % apiUrls.length ? 1 : 0),
      connections: Math.max(1, Math.round(CONNECTIONS / apiUrls.length)),
    }));
    const loads = await Promise.all(
      shares.map((share, index) => register(share.url, share.amount, share.connections, `${label.replace(/\D+/g, '-')}-${index}`)),
    );
    const registerSeconds = (performance.now() - started) / 1000;
    const registered = loads.reduce((sum, load) => sum + load['2xx'], 0);
    const registrations = {
      ...phase('registrations', registered, registerSeconds, snapshot, processes),
      p50Ms: Math.max(...loads.map((load) => load.latency.p50)),
      p99Ms: Math.max(...loads.map((load) => load.latency.p99)),
      failed: loads.reduce((sum, load) => sum + load.non2xx + load.errors + load.timeouts, 0),
    };
    const registrationMail = await dueMail(db);
    await sink.waitFor(registrationMail, processes);
    const registrationMailDrainSeconds = round((performance.now() - started) / 1000 - registerSeconds);

    // 2. A message to every confirmed delegate: the workers alone.
    const before = sink.accepted;
    const recipients = await confirmedDelegates(db);
    snapshot = cpuSnapshot(processes);
    started = performance.now();
    await call(apiUrls[0], 'POST', `/events/${SLUG}/messages`, token, SHUTTLE_MESSAGE, { 'idempotency-key': `bench-scale-${label}` });
    await sink.waitFor(before + recipients, processes);
    const mail = phase('mail', sink.accepted - before, (performance.now() - started) / 1000, snapshot, processes);

    const outcome = await checkOutcome(db);
    const result: Result = { topology, registrations, registrationMailDrainSeconds, mail, ...outcome, duplicates: sink.duplicates };
    console.log(
      `  ${label}: ${registered} registrations in ${registerSeconds.toFixed(1)} s (${registrations.perSecond}/s, ${registrations.failed} failed), mail drained ${registrationMailDrainSeconds} s later; ` +
        `${mail.count} messages in ${mail.seconds} s (${mail.perSecond}/s); overbooked ${outcome.overbooked}, duplicates ${sink.duplicates}, unsent ${outcome.unsent}`,
    );
    return result;
  } finally {
    await Promise.all(processes.map((child) => child.stop()));
    await sink.stop();
    await db.end().catch(() => undefined);
    await database.drop().catch((error: unknown) => console.warn(`  dropping the database: ${String(error)}`));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

type CpuSnapshot = { processes: number[]; machine: { busy: number; total: number } };

function cpuSnapshot(processes: BenchProcess[]): CpuSnapshot {
  return { processes: processes.map((child) => child.cpuMs()), machine: machineCpu() };
}

function phase(name: string, count: number, seconds: number, since: CpuSnapshot, processes: BenchProcess[]): Phase {
  const now = cpuSnapshot(processes);
  const byKind: Record<string, number> = {};
  processes.forEach((child, index) => {
    const kind = child.name.split(' ')[0];
    byKind[kind] = (byKind[kind] ?? 0) + now.processes[index] - since.processes[index];
  });
  return {
    name,
    count,
    seconds: round(seconds),
    perSecond: round(count / seconds),
    cpuMsPerItem: Object.fromEntries(Object.entries(byKind).map(([kind, ms]) => [kind, round(ms / Math.max(1, count))])),
    machineBusy: (now.machine.busy - since.machine.busy) / Math.max(1, now.machine.total - since.machine.total),
    appsBusy: Object.values(byKind).reduce((sum, ms) => sum + ms, 0) / (seconds * 1000 * cpus().length),
  };
}

function register(url: string, amount: number, connections: number, prefix: string): Promise<autocannon.Result> {
  const options = {
    url: `${url}/events/${SLUG}/registrations`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      fullName: 'Nguyễn Thị Lan',
      organisation: 'Sở Giáo dục và Đào tạo Hà Nội',
      city: 'Hà Nội',
      country: 'VN',
      email: `${prefix}-[<id>]@bench.plenary.test`,
      language: 'vi',
      category: 'delegate',
      consent: { privacyNoticeVersion: PRIVACY_NOTICE, accepted: true },
    }),
    idReplacement: true,
    connections: Math.min(connections, amount),
    amount,
    timeout: 60,
    workers: 1,
  };
  return new Promise((done, reject) => {
    const instance = autocannon(options as autocannon.Options, (error, result) => (error ? reject(error) : done(result)));
    instance.on?.('error', reject);
  });
}

async function openEvent(baseUrl: string, token: string): Promise<void> {
  const event = { slug: SLUG, name: 'Hội nghị Thành phố học tập ASEAN+3', city: 'Hà Nội', country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' };
  await call(baseUrl, 'POST', '/events', token, { ...event, startDate: '2030-05-06', endDate: '2030-05-07', languages: ['vi', 'en'] });
  const now = Date.now();
  await call(baseUrl, 'PUT', `/events/${SLUG}/registration-settings`, token, {
    opensAt: new Date(now - 3600_000).toISOString(),
    closesAt: new Date(now + 24 * 3600_000).toISOString(),
    capacity: CAPACITY,
    privacyNoticeVersion: PRIVACY_NOTICE,
  });
  await call(baseUrl, 'POST', `/events/${SLUG}/registration-categories`, token, { code: 'delegate', name: 'Delegate' });
}

/** Every mail due now that the outbox holds for the event (each is to be accepted exactly once); reminders wait for 2030. */
async function dueMail(db: pg.Client): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS count FROM notifications n JOIN events e ON e.id = n.event_id WHERE e.slug = $1 AND ${DUE}`, [SLUG]);
  return rows[0].count;
}

async function confirmedDelegates(db: pg.Client): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS count FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = $1 AND r.state = 'confirmed'`,
    [SLUG],
  );
  return rows[0].count;
}

async function checkOutcome(db: pg.Client): Promise<{ overbooked: number; countersMatch: boolean; unsent: number }> {
  const {
    rows: [row],
  } = await db.query(
    `SELECT s.capacity, s.confirmed_count AS counter,
            (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.state = 'confirmed')::int AS confirmed,
            (SELECT count(*) FROM notifications n WHERE n.event_id = e.id AND n.state <> 'sent' AND ${DUE})::int AS unsent
       FROM events e JOIN registration_settings s ON s.event_id = e.id WHERE e.slug = $1`,
    [SLUG],
  );
  return { overbooked: Math.max(0, row.confirmed - row.capacity), countersMatch: row.counter === row.confirmed, unsent: row.unsent };
}

/**
 * An SMTP server that accepts everything and keeps, per recipient and subject, how often it accepted
 * it: counting only, so that its own CPU stays small next to the workers'.
 */
class CountingSink {
  accepted = 0;
  duplicates = 0;
  url = '';
  private readonly seen = new Set<string>();
  private readonly server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
        const subject = /^Subject:(.*(?:\r\n[ \t].*)*)/im.exec(headers)?.[1] ?? '';
        for (const recipient of session.envelope.rcptTo) this.count(`${recipient.address}\u0000${subject}`);
        callback();
      });
    },
  });

  static async start(): Promise<CountingSink> {
    const sink = new CountingSink();
    sink.server.on('error', () => undefined);
    const port = await freePort();
    await new Promise<void>((done) => sink.server.listen(port, '127.0.0.1', done));
    sink.url = `smtp://127.0.0.1:${port}`;
    return sink;
  }

  private count(key: string): void {
    this.accepted++;
    if (this.seen.has(key)) this.duplicates++;
    else this.seen.add(key);
  }

  async waitFor(total: number, processes: BenchProcess[]): Promise<void> {
    const deadline = performance.now() + DRAIN_TIMEOUT_MS;
    while (this.accepted < total) {
      const dead = processes.find((child) => !child.alive);
      if (dead) throw new Error(`${dead.name} exited:\n${dead.log}`);
      if (performance.now() > deadline) throw new Error(`only ${this.accepted} of ${total} messages accepted within ${DRAIN_TIMEOUT_MS / 1000} s`);
      await sleep(50);
    }
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

/** A worker is ready once its outbox relay LISTENs, which it does after its queue consumer exists. */
async function waitForRelays(db: pg.Client, databaseName: string, workers: number, processes: BenchProcess[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = processes.find((child) => !child.alive);
    if (dead) throw new Error(`${dead.name} exited while starting:\n${dead.log}`);
    const { rows } = await db.query(`SELECT count(*)::int AS relays FROM pg_stat_activity WHERE datname = $1 AND application_name = 'plenary-outbox-relay'`, [
      databaseName,
    ]);
    if (rows[0].relays >= workers) return;
    if (Date.now() > deadline) throw new Error(`${workers} workers not ready within ${timeoutMs} ms`);
    await sleep(200);
  }
}
