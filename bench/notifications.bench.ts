import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConsoleLogger, type INestApplicationContext, Logger } from '@nestjs/common';
import { AppLogger, loadConfig, type AppConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { LAYOUT_WORDS, linksInLanguage, MailTransport, TemplateRenderer, type OutgoingMail } from '@app/notifications';
import { createTestDatabase, freshRedisUrl, type TestDatabase } from '@app/testing';
import { setDefaultBackendFactory } from 'bullmq';
import { DateTime, Interval } from 'luxon';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataSource } from 'typeorm';
import { WorkerModule } from '@app/runtime';
import { percentile, positiveInt, round, round3 } from './support/figures.js';
import { BenchProcess, processCpuMs, sleep } from './support/processes.js';
import { startMessageBench } from './support/organiser-message.js';
import { SmtpRelay } from './support/smtp-relay.js';
import { WorkerSupervisor } from '../apps/api/src/worker-thread/worker-supervisor.js';

/**
 * Notifications end to end: N outbox rows committed → OutboxRelay → BullMQ (Redis, then
 * PostgreSQL) → DeliverNotification → pooled nodemailer → an SMTP relay in a process of its own
 * (bench/support/smtp-relay-main.ts: reads each message whole, answers 250; before, a parsing sink
 * shared the bench's event loop, and with it the in-process worker's CPU). Messages/s and
 * commit → SMTP-accept latency per backend, against a ceiling: the same MailTransport sending
 * the same N pre-rendered messages to the same relay with the same parallelism, in a plain loop.
 * The ceiling runs before and after the backends and counts as the mean of the two, so that a
 * machine getting busier or quieter during the run moves both sides of the ratio.
 *
 * Each backend runs three times: with the worker (outbox relay, queue consumer, mail transport) on the
 * bench process's event loop, sharing it with the producer; in a worker thread
 * of the bench process, as `npm start` runs it next to the api (the built worker-thread.js under
 * its WorkerSupervisor, lowering its own priority once started); and as a scaled-out deployment
 * runs it, the built worker (`dist/apps/worker/src/main.js`) in a process of its own, the producer
 * staying here. The last two need `npm run build` (`npm run bench` does it).
 *
 * Then an organiser's message: one POST /events/{slug}/messages to MESSAGE_RECIPIENTS confirmed
 * delegates, through the api with its worker in the same process (Redis), each mail with the
 * recipient's name and a private link minted in the send transaction; commit (the api's answer)
 * → SMTP accept of every recipient's mail, as a ratio to the same ceiling.
 *
 *   npm run bench -- notifications
 *   BENCH_MESSAGES=500 npm run bench -- notifications      (quick check)
 *
 * Other knobs: BENCH_CONCURRENCY (QUEUE_CONCURRENCY, default 50), BENCH_BACKENDS (default
 * "redis,postgres"), BENCH_WORKERS (default "in-process,thread,separate"), BENCH_REDIS_DB (default 15),
 * BENCH_TIMEOUT_MS (per phase, default 240000), BENCH_MESSAGE_RECIPIENTS (default 2000; 0 skips it), BENCH_WORKER_NODE_ARGS (node flags of the separate
 * worker process, to profile it), BENCH_BEFORE_DIST (the dist/ folder of an earlier build, e.g. main's, whose
 * in-process worker then runs before this one's on each backend: before and after in one run).
 */

type Backend = 'redis' | 'postgres';
/** Where the worker runs: inside the bench process, or as its own process (production's topology). */
type WorkerPlacement = 'in-process' | 'thread' | 'separate';

const MESSAGES = positiveInt('BENCH_MESSAGES', 5000);
const CONCURRENCY = positiveInt('BENCH_CONCURRENCY', 50);
const REDIS_DB = positiveInt('BENCH_REDIS_DB', 15);
const PHASE_TIMEOUT_MS = positiveInt('BENCH_TIMEOUT_MS', 240_000);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'redis,postgres')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is Backend => name === 'redis' || name === 'postgres');
const WORKERS = (process.env.BENCH_WORKERS ?? 'in-process,thread,separate')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is WorkerPlacement => name === 'in-process' || name === 'thread' || name === 'separate');
const ROWS_PER_TRANSACTION = 100;
/** A build of an earlier version (its dist/ folder): its in-process worker runs as a phase "(before)" next to this one. */
const BEFORE_DIST = process.env.BENCH_BEFORE_DIST;
const MESSAGE_RECIPIENTS = Number(process.env.BENCH_MESSAGE_RECIPIENTS ?? 2000);
const MESSAGE_PHASE = 'organiser message, commit → SMTP accept';
const WARM_UP_MESSAGES = Math.min(200, MESSAGES);
const TARGET_REDIS_RATIO = 0.6;
const RESULTS_FILE = fileURLToPath(new URL('../../bench/results/notifications.json', import.meta.url));
const WORKER_MAIN = fileURLToPath(new URL('../apps/worker/src/main.js', import.meta.url));

const EVENT = {
  slug: 'plenary-bench-summit',
  name: 'Plenary Bench Summit 2025',
  venue: 'National Convention Centre',
  city: 'Hanoi',
  country: 'VN',
  time_zone: 'Asia/Ho_Chi_Minh',
  start_date: '2025-11-18',
  end_date: '2025-11-20',
  languages: ['en', 'vi'],
};
const ROLE = 'speaker';

interface Recipient {
  userId: string;
  email: string;
  name: string;
}

interface PhaseResult {
  name: string;
  messages: number;
  elapsedMs: number;
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  latency: string;
  averageMessageBytes: number;
  /**
   * CPU time per message of this process (worker and producer together) and, with a separate
   * worker, of the worker process too: steadier than wall time on a busy machine.
   */
  cpuMsPerMessage: number;
  /** With a separate worker: its share of cpuMsPerMessage (the rest is the producer here). */
  workerCpuMsPerMessage?: number;
  /** The SMTP relay's process: not in cpuMsPerMessage. */
  relayCpuMsPerMessage?: number;
  /**
   * PostgreSQL's own CPU per message: the server processes of the phase's database (the worker's,
   * BullMQ's and the producer's connections), from /proc. Not in cpuMsPerMessage.
   */
  databaseCpuMsPerMessage?: number;
  backend?: Backend;
  worker?: WorkerPlacement;
  commitPhaseMs?: number;
  finalStates?: Record<string, number>;
  /** From the outbox's own timestamps (database clock): where the time went. */
  stages?: Record<string, { p50Ms: number; p99Ms: number }>;
  /** The ceiling: each of its runs. */
  runs?: PhaseResult[];
}

/** A phase's result and its raw latencies (kept out of the JSON). */
type Measured = PhaseResult & { latencies: number[] };

export async function run(): Promise<void> {
  const loadBefore = loadavg()[0];
  console.log(
    `notifications: ${MESSAGES} messages, QUEUE_CONCURRENCY ${CONCURRENCY}, ${ROWS_PER_TRANSACTION} rows per transaction, ` +
      `backends ${BACKENDS.join(', ')}, workers ${WORKERS.join(', ')}, ${cpus().length} CPUs, node ${process.version}, load average ${loadBefore.toFixed(2)}`,
  );
  if (loadBefore > cpus().length / 2) {
    console.warn(`  warning: the machine is already busy (load ${loadBefore.toFixed(2)} on ${cpus().length} CPUs): wall-clock figures will be noisy`);
  }
  // Only warnings and errors from the app's own loggers (migrations, relay, transport).
  Logger.overrideLogger(new AppLogger('text', 'warn'));
  const relay = await SmtpRelay.start();
  const clock = new AcceptClock(relay);
  const measured: Measured[] = [];
  let ceiling: Measured;
  try {
    // Unmeasured: JIT and a first SMTP pool, so the first measured phase is not penalised.
    await ceilingPhase(relay, clock, WARM_UP_MESSAGES, 'warm-up');
    const before = await ceilingPhase(relay, clock, MESSAGES, 'ceiling (before)');
    report(before);
    for (const backend of BACKENDS) {
      for (const worker of WORKERS) {
        if (BEFORE_DIST && worker === 'in-process') {
          const before = await pipelinePhase(backend, worker, relay, clock, await workerModuleOf(BEFORE_DIST));
          measured.push(before);
          report(before);
        }
        const result = await pipelinePhase(backend, worker, relay, clock);
        measured.push(result);
        report(result);
      }
    }
    if (MESSAGE_RECIPIENTS > 0) {
      const result = await messagePhase(relay, clock);
      measured.push(result);
      report(result);
    }
    const after = await ceilingPhase(relay, clock, MESSAGES, 'ceiling (after)');
    report(after);
    ceiling = combineCeilings(before, after);
  } finally {
    await relay.stop();
    Logger.overrideLogger(new ConsoleLogger()); // the next bench of `npm run bench` logs as usual
  }
  const results: PhaseResult[] = [ceiling, ...measured].map(({ latencies: _latencies, ...result }) => result);

  const ratios: Record<string, number> = {};
  for (const result of results.slice(1)) ratios[result.name] = result.messagesPerSecond / ceiling.messagesPerSecond;

  console.log('');
  printTable(results, ceiling);
  console.log('');
  for (const [name, ratio] of Object.entries(ratios)) {
    const verdict = name.startsWith('redis') ? `  (target >= ${TARGET_REDIS_RATIO}: ${ratio >= TARGET_REDIS_RATIO ? 'met' : 'NOT met'})` : '';
    console.log(`${name} / ceiling = ${ratio.toFixed(3)}${verdict}`);
  }

  await mkdir(join(RESULTS_FILE, '..'), { recursive: true });
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        bench: 'notifications',
        at: new Date().toISOString(),
        messages: MESSAGES,
        queueConcurrency: CONCURRENCY,
        workers: WORKERS,
        rowsPerTransaction: ROWS_PER_TRANSACTION,
        node: process.version,
        cpus: cpus().length,
        loadAverage: { before: loadBefore, after: loadavg()[0] },
        results,
        ratios,
        target: {
          redis: TARGET_REDIS_RATIO,
          met: ratios.redis === undefined ? null : ratios.redis >= TARGET_REDIS_RATIO,
          metWithSeparateWorker: ratios[phaseName('redis', 'separate')] === undefined ? null : ratios[phaseName('redis', 'separate')] >= TARGET_REDIS_RATIO,
        },
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nResults written to ${RESULTS_FILE}`);
}

/** The ceiling: the worker's own MailTransport, pre-rendered messages, CONCURRENCY sends in flight. */
async function ceilingPhase(relay: SmtpRelay, clock: AcceptClock, count: number, name: string): Promise<Measured> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plenary-bench-'));
  const config = loadConfig({ SMTP_URL: relay.url, DATA_DIR: dataDir, QUEUE_CONCURRENCY: String(CONCURRENCY), LOG_LEVEL: 'warn' });
  const transport = new MailTransport(config);
  try {
    const renderer = new TemplateRenderer();
    const mails = recipientsFor(count).map((recipient, index) => composeLikeTheWorker(renderer, config, recipient, `${name}-${index}`));
    clock.reset(count);
    const sentAt = new Map<string, number>();
    let next = 0;
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, count) }, async () => {
        while (next < count) {
          const mail = mails[next++];
          sentAt.set(mail.to.address, performance.now());
          await transport.send(mail);
        }
      }),
    );
    await clock.wait(PHASE_TIMEOUT_MS, name);
    return summarise(name, clock, sentAt, started, cpuStart, 'send() call → SMTP accept');
  } finally {
    transport.onApplicationShutdown();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** One message to MESSAGE_RECIPIENTS delegates: from the api's answer (the send committed) to the last SMTP accept. */
async function messagePhase(relay: SmtpRelay, clock: AcceptClock): Promise<Measured> {
  const bench = await startMessageBench({ smtpUrl: relay.url, redisUrl: await freshRedisUrl(REDIS_DB), concurrency: CONCURRENCY, count: MESSAGE_RECIPIENTS });
  try {
    await sleep(1500);
    clock.reset(MESSAGE_RECIPIENTS);
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await bench.send();
    const committed = performance.now();
    await clock.wait(PHASE_TIMEOUT_MS, MESSAGE_PHASE);
    const result = summarise(MESSAGE_PHASE, clock, new Map(bench.emails.map((email) => [email, committed])), started, cpuStart, 'commit → SMTP accept');
    // The request itself (audience, 2,000 recipient rows, links and outbox rows in one transaction) counts in the rate.
    result.commitPhaseMs = round(committed - started);
    return result;
  } finally {
    await bench.close();
    await freshRedisUrl(REDIS_DB).catch(() => undefined);
  }
}

/** 'redis', 'postgres' for the worker in this process (the names earlier results used); the separate worker named as such. */
function phaseName(backend: Backend, worker: WorkerPlacement): string {
  if (worker === 'thread') return `${backend}, worker thread (npm start)`;
  return worker === 'in-process' ? backend : `${backend}, separate worker process`;
}

/** The WorkerModule of another build (BENCH_BEFORE_DIST), to measure an earlier version in the same run. */
async function workerModuleOf(dist: string): Promise<typeof WorkerModule> {
  const runtime = (await import(pathToFileURL(join(dist, 'libs/runtime/src/index.js')).href)) as { WorkerModule: typeof WorkerModule };
  return runtime.WorkerModule;
}

/**
 * The whole pipeline on one backend, on a fresh database (and a flushed Redis database); with
 * `earlier`, the worker of another build in this process.
 */
async function pipelinePhase(
  backend: Backend,
  worker: WorkerPlacement,
  relay: SmtpRelay,
  clock: AcceptClock,
  earlier?: typeof WorkerModule,
): Promise<Measured> {
  const name = earlier ? `${phaseName(backend, worker)} (before)` : phaseName(backend, worker);
  const database: TestDatabase = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'plenary-bench-'));
  let app: INestApplicationContext | undefined;
  let child: BenchProcess | undefined;
  let thread: WorkerSupervisor | undefined;
  let producer: DataSource | undefined;
  try {
    await runMigrations(database.url);
    // The producer is the api's side: its own small pool.
    producer = await new DataSource({
      type: 'postgres',
      url: database.url,
      poolSize: 2,
      logging: false,
      extra: { application_name: 'plenary-bench-producer' },
    }).initialize();
    const { eventId, recipients } = await seed(producer, MESSAGES);

    const env: Record<string, string> = {
      DATABASE_URL: database.url,
      SMTP_URL: relay.url,
      DATA_DIR: dataDir,
      QUEUE_CONCURRENCY: String(CONCURRENCY),
      MAIL_RATE_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '200',
    };
    if (backend === 'redis') env.REDIS_URL = await freshRedisUrl(REDIS_DB);
    if (worker === 'in-process') {
      const config: AppConfig = loadConfig(env);
      app = await NestFactory.createApplicationContext((earlier ?? WorkerModule).standalone(config, database.url), {
        logger: new AppLogger(config.LOG_FORMAT, config.LOG_LEVEL),
        abortOnError: false,
      });
      await app.init();
    } else if (worker === 'thread') {
      thread = await startWorkerThread(env, database.url);
    } else {
      child = await startWorkerProcess(env, producer, database.name);
    }
    // Let the relay's first poll, the queue worker's connections and the migrations of BullMQ's own schema settle.
    await sleep(1500);

    clock.reset(MESSAGES);
    const committedAt = new Map<string, number>();
    const cpuStart = process.cpuUsage();
    const workerCpuStart = child?.cpuMs();
    const databaseCpuStart = await databaseCpu(producer, database.name);
    const started = performance.now();
    for (let first = 0; first < recipients.length; first += ROWS_PER_TRANSACTION) {
      const batch = recipients.slice(first, first + ROWS_PER_TRANSACTION);
      await commitOutboxRows(producer, eventId, batch);
      const committed = performance.now();
      for (const recipient of batch) committedAt.set(recipient.email, committed);
    }
    const commitPhaseMs = performance.now() - started;
    await clock.wait(PHASE_TIMEOUT_MS, name, async () => describeStates(producer!));
    const workerCpuMs = child && workerCpuStart !== undefined ? child.cpuMs() - workerCpuStart : undefined;
    const databaseCpuEnd = await databaseCpu(producer, database.name);
    const result = summarise(name, clock, committedAt, started, cpuStart, 'commit → SMTP accept');
    result.backend = backend;
    result.worker = worker;
    result.commitPhaseMs = round(commitPhaseMs);
    // A connection opened during the phase counts from zero; one closed during it is missed (pools keep theirs while busy).
    const databaseCpuMs = [...databaseCpuEnd].reduce((sum, [pid, ms]) => sum + ms - (databaseCpuStart.get(pid) ?? 0), 0);
    result.databaseCpuMsPerMessage = round3(databaseCpuMs / Math.max(1, result.messages));
    if (workerCpuMs !== undefined) {
      result.workerCpuMsPerMessage = round3(workerCpuMs / Math.max(1, result.messages));
      result.cpuMsPerMessage = round3(result.cpuMsPerMessage + result.workerCpuMsPerMessage);
    }

    // Both wait for the jobs still recording their outcome.
    await app?.close();
    app = undefined;
    if (child) await stopWorkerProcess(child);
    child = undefined;
    await thread?.stop();
    thread = undefined;
    result.finalStates = await states(producer);
    result.stages = await stages(producer);
    const unsent = Object.entries(result.finalStates).filter(([state]) => state !== 'sent');
    if (unsent.length > 0) console.warn(`  ${name}: not every row ended 'sent': ${JSON.stringify(result.finalStates)}`);
    return result;
  } finally {
    await app?.close().catch((error: unknown) => console.warn(`  closing the worker: ${String(error)}`));
    if (child) await stopWorkerProcess(child).catch((error: unknown) => console.warn(`  stopping the worker process: ${String(error)}`));
    await thread?.stop().catch((error: unknown) => console.warn(`  stopping the worker thread: ${String(error)}`));
    await producer?.destroy().catch(() => undefined);
    // queueConnection() made PostgreSQL BullMQ's process-wide default; put Redis back.
    if (backend === 'postgres' && worker === 'in-process') setDefaultBackendFactory();
    if (backend === 'redis') await freshRedisUrl(REDIS_DB).catch(() => undefined);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The worker thread of `npm start`, built, under its supervisor. A thread reads its configuration from
 * process.env, copied when it is created: the phase's variables are there for that moment only.
 */
async function startWorkerThread(env: Record<string, string>, databaseUrl: string): Promise<WorkerSupervisor> {
  const saved = { ...process.env };
  // Unset first: a REDIS_URL of the machine's environment would pick the other backend.
  delete process.env.REDIS_URL;
  Object.assign(process.env, env);
  const supervisor = new WorkerSupervisor({ databaseUrl });
  try {
    supervisor.start();
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
  const deadline = Date.now() + 120_000;
  while (!supervisor.running) {
    if (Date.now() > deadline) throw new Error('the worker thread did not start within 120 s');
    await sleep(100);
  }
  return supervisor;
}

/** CPU ms so far of each PostgreSQL server process connected to the database (this machine's server only). */
async function databaseCpu(db: DataSource, databaseName: string): Promise<Map<number, number>> {
  const rows: { pid: number }[] = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [databaseName]);
  const entries = rows.map(({ pid }): [number, number] => [pid, processCpuMs(pid)]);
  return new Map(entries.filter(([, ms]) => !Number.isNaN(ms)));
}

/**
 * `node dist/apps/worker/src/main.js` (what `npm run start:worker` runs), with the phase's environment;
 * booted once its relay LISTENs, which happens after the queue consumer was created (as in test/worker-processes).
 */
async function startWorkerProcess(env: Record<string, string>, db: DataSource, databaseName: string): Promise<BenchProcess> {
  // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the worker process on its own.
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
  const worker = BenchProcess.start('worker', WORKER_MAIN, env, { nodeArgs });
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (!worker.alive) throw new Error(`the worker process exited while starting:\n${worker.log}`);
    const [{ relays }] = await db.query(
      `SELECT count(*)::int AS relays FROM pg_stat_activity WHERE datname = $1 AND application_name = 'plenary-outbox-relay'`,
      [databaseName],
    );
    if (relays > 0) return worker;
    if (performance.now() > deadline) {
      await worker.stop();
      throw new Error(`the worker process did not start within 60 s:\n${worker.log}`);
    }
    await sleep(100);
  }
}

/** SIGTERM, as an orchestrator stops it: it finishes its active jobs, then exits. */
async function stopWorkerProcess(worker: BenchProcess): Promise<void> {
  const ended = await worker.stop(30_000);
  if (ended && ended.code !== 0) console.warn(`  the worker process ended with ${ended.signal ?? `code ${ended.code}`}:\n${worker.log}`);
}

/**
 * ROWS_PER_TRANSACTION outbox rows in one statement (its own transaction): the rows Outbox.add
 * writes, hold check included, in one round trip instead of one per row, so that the producer,
 * which shares this process and its CPU with the worker, costs the pipeline as little as possible.
 */
async function commitOutboxRows(db: DataSource, eventId: string, batch: Recipient[]): Promise<void> {
  await db.query(
    `INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, state)
     SELECT $1::uuid, $2, lower(r.email), r.name, 'en', jsonb_build_object('eventId', $1::uuid::text, 'userId', r.user_id, 'role', $3::text),
            CASE WHEN EXISTS (SELECT 1 FROM notification_holds h WHERE h.event_id = $1::uuid AND h.kind = $2) THEN 'held' ELSE 'pending' END
       FROM unnest($4::text[], $5::text[], $6::text[]) AS r(email, name, user_id)`,
    [eventId, 'role-granted', ROLE, batch.map((r) => r.email), batch.map((r) => r.name), batch.map((r) => r.userId)],
  );
}

/** One event, N users each holding ROLE on it (so role-granted's load() finds the role). */
async function seed(db: DataSource, count: number): Promise<{ eventId: string; recipients: Recipient[] }> {
  const [{ id: eventId }] = await db.query(
    `INSERT INTO events (slug, name, venue, city, country, time_zone, start_date, end_date, languages)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [EVENT.slug, EVENT.name, EVENT.venue, EVENT.city, EVENT.country, EVENT.time_zone, EVENT.start_date, EVENT.end_date, EVENT.languages],
  );
  const wanted = recipientsFor(count);
  const rows: { id: string; email: string; display_name: string }[] = await db.query(
    `INSERT INTO users (email, display_name, language) SELECT e, n, 'en' FROM unnest($1::text[], $2::text[]) AS u(e, n)
     RETURNING id, email, display_name`,
    [wanted.map((recipient) => recipient.email), wanted.map((recipient) => recipient.name)],
  );
  await db.query(`INSERT INTO event_roles (event_id, user_id, role) SELECT $1, unnest($2::uuid[]), $3`, [eventId, rows.map((row) => row.id), ROLE]);
  const recipients = rows.map((row) => ({ userId: row.id, email: row.email, name: row.display_name })).sort((a, b) => a.email.localeCompare(b.email));
  return { eventId, recipients };
}

function recipientsFor(count: number): Recipient[] {
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(5, '0');
    return { userId: '', email: `bench-${number}@example.test`, name: `Bench Speaker ${number}` };
  });
}

/** What DeliverNotification builds for a role-granted row (same context, same templates), so sizes match. */
function composeLikeTheWorker(renderer: TemplateRenderer, config: AppConfig, recipient: Recipient, notificationId: string): OutgoingMail {
  const locale = 'en-GB';
  const start = DateTime.fromISO(EVENT.start_date, { zone: EVENT.time_zone, locale });
  const end = DateTime.fromISO(EVENT.end_date, { zone: EVENT.time_zone, locale });
  const event = `${config.PUBLIC_URL}/events/${EVENT.slug}`;
  const words = LAYOUT_WORDS.en;
  const rendered = renderer.render('role-granted', ['en', ...EVENT.languages, 'en'], {
    roleLabel: ROLE,
    recipientName: recipient.name,
    event: {
      name: EVENT.name,
      city: EVENT.city,
      venue: EVENT.venue,
      timeZone: EVENT.time_zone,
      dates: Interval.fromDateTimes(start, end).toLocaleString(DateTime.DATE_FULL, { locale }),
      startsOn: start.toLocaleString(DateTime.DATE_HUGE),
    },
    links: { app: config.PUBLIC_URL, event },
    // The layout around it, as DeliverNotification frames a transactional kind without a link of its own.
    frame: { button: { url: event, label: words.event }, reason: words.reasonTransactional.replace('{event}', EVENT.name) },
  });
  return {
    notificationId,
    to: { name: recipient.name, address: recipient.email },
    language: rendered.language,
    subject: rendered.subject,
    text: linksInLanguage(rendered.text, config.PUBLIC_URL, rendered.language, false),
    html: linksInLanguage(rendered.html, config.PUBLIC_URL, rendered.language, true),
  };
}

/** When the relay accepted each recipient's message (its first message only), and the bytes it read. */
class AcceptClock {
  readonly acceptedAt = new Map<string, number>();
  bytes = 0;
  private expected = 0;
  private relayCpuStart = 0;
  private arrived?: () => void;

  constructor(private readonly relay: SmtpRelay) {
    relay.onAccepted((address, acceptedAt, bytes) => {
      this.bytes += bytes;
      if (!this.acceptedAt.has(address)) this.acceptedAt.set(address, acceptedAt);
      if (this.acceptedAt.size >= this.expected) this.arrived?.();
    });
  }

  /** CPU the relay used since `reset`. */
  relayCpuMs(): number {
    return this.relay.cpuMs() - this.relayCpuStart;
  }

  reset(expected: number): void {
    this.acceptedAt.clear();
    this.relayCpuStart = this.relay.cpuMs();
    this.bytes = 0;
    this.expected = expected;
    this.arrived = undefined;
  }

  async wait(timeoutMs: number, phase: string, diagnose?: () => Promise<string>): Promise<void> {
    if (this.acceptedAt.size >= this.expected) return;
    const deadline = performance.now() + timeoutMs;
    const progress = setInterval(() => console.log(`  ${phase}: ${this.acceptedAt.size}/${this.expected} accepted`), 10_000);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          async () => {
            const detail = diagnose ? await diagnose().catch((error: unknown) => String(error)) : '';
            reject(new Error(`${phase}: only ${this.acceptedAt.size}/${this.expected} messages reached the relay within ${timeoutMs} ms ${detail}`));
          },
          Math.max(0, deadline - performance.now()),
        );
        this.arrived = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    } finally {
      clearInterval(progress);
      this.arrived = undefined;
    }
  }
}

function summarise(name: string, clock: AcceptClock, startedAt: Map<string, number>, phaseStart: number, cpuStart: NodeJS.CpuUsage, latency: string): Measured {
  const cpu = process.cpuUsage(cpuStart);
  const latencies: number[] = [];
  let last = phaseStart;
  for (const [address, accepted] of clock.acceptedAt) {
    const from = startedAt.get(address);
    if (from === undefined) throw new Error(`${name}: the relay received an unexpected message for ${address}`);
    latencies.push(Math.max(0, accepted - from));
    last = Math.max(last, accepted);
  }
  latencies.sort((a, b) => a - b);
  const elapsedMs = last - phaseStart;
  return {
    name,
    messages: latencies.length,
    elapsedMs: round(elapsedMs),
    messagesPerSecond: round((latencies.length / elapsedMs) * 1000),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies[latencies.length - 1] ?? 0),
    latency,
    averageMessageBytes: Math.round(clock.bytes / Math.max(1, latencies.length)),
    cpuMsPerMessage: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)) * 1000) / 1000,
    relayCpuMsPerMessage: round3(clock.relayCpuMs() / Math.max(1, latencies.length)),
    latencies,
  };
}

/** Mean throughput of the two ceiling runs; latency percentiles over both runs' messages. */
function combineCeilings(...runs: Measured[]): Measured {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const messages = runs.reduce((sum, run) => sum + run.messages, 0);
  return {
    name: 'ceiling',
    messages,
    elapsedMs: round(runs.reduce((sum, run) => sum + run.elapsedMs, 0)),
    messagesPerSecond: round(runs.reduce((sum, run) => sum + run.messagesPerSecond, 0) / runs.length),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies[latencies.length - 1] ?? 0),
    latency: runs[0].latency,
    averageMessageBytes: Math.round(runs.reduce((sum, run) => sum + run.averageMessageBytes * run.messages, 0) / Math.max(1, messages)),
    cpuMsPerMessage: Math.round((runs.reduce((sum, run) => sum + run.cpuMsPerMessage * run.messages, 0) / Math.max(1, messages)) * 1000) / 1000,
    relayCpuMsPerMessage: round3(runs.reduce((sum, run) => sum + (run.relayCpuMsPerMessage ?? 0) * run.messages, 0) / Math.max(1, messages)),
    runs: runs.map(({ latencies: _, ...run }) => run),
    latencies,
  };
}

function report(result: PhaseResult): void {
  const commit = result.commitPhaseMs === undefined ? '' : `, commits took ${result.commitPhaseMs} ms`;
  console.log(
    `  ${result.name}: ${result.messages} messages in ${result.elapsedMs} ms = ${result.messagesPerSecond} msg/s, ` +
      `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (${result.latency})${commit}, ~${result.averageMessageBytes} bytes/message, ${result.cpuMsPerMessage} CPU ms/message` +
      (result.workerCpuMsPerMessage === undefined
        ? ''
        : ` (worker process ${result.workerCpuMsPerMessage}, bench process ${round3(result.cpuMsPerMessage - result.workerCpuMsPerMessage)})`) +
      (result.databaseCpuMsPerMessage === undefined ? '' : `, PostgreSQL ${result.databaseCpuMsPerMessage} CPU ms/message`) +
      (result.relayCpuMsPerMessage === undefined ? '' : `, SMTP relay ${result.relayCpuMsPerMessage} CPU ms/message`),
  );
  for (const [stage, { p50Ms, p99Ms }] of Object.entries(result.stages ?? {})) console.log(`    ${stage}: p50 ${p50Ms} ms, p99 ${p99Ms} ms`);
}

function printTable(results: PhaseResult[], ceiling: PhaseResult): void {
  const rows = [
    ['backend', 'messages/s', 'p50 ms', 'p99 ms', 'ratio to ceiling', 'CPU ms/msg', 'PostgreSQL CPU ms/msg', 'latency measured'],
    ...results.map((result) => [
      result.name,
      result.messagesPerSecond.toFixed(0),
      result.p50Ms.toFixed(1),
      result.p99Ms.toFixed(1),
      (result.messagesPerSecond / ceiling.messagesPerSecond).toFixed(2),
      result.cpuMsPerMessage.toFixed(2),
      result.databaseCpuMsPerMessage === undefined ? '-' : result.databaseCpuMsPerMessage.toFixed(2),
      result.latency,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 || column === 7 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

async function states(db: DataSource): Promise<Record<string, number>> {
  const rows: { state: string; count: number }[] = await db.query(`SELECT state, count(*)::int AS count FROM notifications GROUP BY state ORDER BY state`);
  return Object.fromEntries(rows.map((row) => [row.state, row.count]));
}

async function stages(db: DataSource): Promise<PhaseResult['stages']> {
  const [row] = await db.query(
    `SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM queued_at - created_at)) AS relay,
            percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - queued_at)) AS delivery
       FROM notifications WHERE state = 'sent'`,
  );
  const pair = (values: number[] | null) => ({ p50Ms: round((values?.[0] ?? 0) * 1000), p99Ms: round((values?.[1] ?? 0) * 1000) });
  return { 'insert → queued (relay)': pair(row.relay), 'queued → sent recorded (queue + worker + SMTP)': pair(row.delivery) };
}

async function describeStates(db: DataSource): Promise<string> {
  const [counts, errors] = await Promise.all([
    states(db),
    db.query(`SELECT last_error, count(*)::int AS count FROM notifications WHERE last_error IS NOT NULL GROUP BY last_error LIMIT 5`),
  ]);
  return `(outbox states ${JSON.stringify(counts)}; errors ${JSON.stringify(errors)})`;
}
