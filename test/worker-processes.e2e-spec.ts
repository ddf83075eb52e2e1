import { runMigrations } from '@app/database';
import {
  createTestDatabase,
  expectEventually,
  freshRedisUrl,
  type ReceivedMail,
  type SmtpSink,
  spawnTracked,
  startSmtpSink,
  type TestDatabase,
} from '@app/testing';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

/**
 * The notification pipeline as it runs in production: built worker processes (`npm run
 * start:worker`) on this machine's PostgreSQL and Redis, delivering to an SMTP server in the test
 * process. Every test runs on both queue backends: Redis, and BullMQ's PostgreSQL backend (no
 * REDIS_URL, as `npm start` runs), where one job carries several rows. Needs `npm run build`
 * first (`npm test` does it).
 */
const WORKER_MAIN = resolve('dist/apps/worker/src/main.js');
// Every test file that uses the local Redis has a database number of its own.
const REDIS_DATABASE = 11;
const TEST_CLIENT = 'worker-processes-e2e';

interface SpawnedWorker {
  name: string;
  process: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface OutboxRow {
  id: string;
  recipient_email: string;
  state: string;
  attempts: number;
  last_error: string | null;
  smtp_message_id: string | null;
  sent_at: Date | null;
  failed_at: Date | null;
}

type QueueBackend = 'redis' | 'postgres';
const BACKENDS: QueueBackend[] = ['redis', 'postgres'];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** How the worker ended, or 'still running' after `ms`. */
async function exitWithin(worker: SpawnedWorker, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([worker.exited, new Promise<'still running'>((done) => (timer = setTimeout(() => done('still running'), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** A fresh database, Redis database and SMTP sink per test, and the worker processes it started. */
class Pipeline {
  readonly workers: SpawnedWorker[] = [];
  private constructor(
    readonly database: TestDatabase,
    readonly db: pg.Client,
    readonly redisUrl: string,
    readonly sink: SmtpSink,
    readonly dataDir: string,
    readonly backend: QueueBackend,
  ) {}

  static async start(backend: QueueBackend): Promise<Pipeline> {
    const database = await createTestDatabase();
    await runMigrations(database.url);
    const db = new pg.Client({ connectionString: database.url, application_name: TEST_CLIENT });
    await db.connect();
    return new Pipeline(database, db, await freshRedisUrl(REDIS_DATABASE), await startSmtpSink(), mkdtempSync(join(tmpdir(), 'plenary-workers-')), backend);
  }

  /** `node dist/apps/worker/src/main.js`; its name is in the From address of every message it sends. */
  spawnWorker(name: string, env: Record<string, string> = {}): SpawnedWorker {
    const child = spawnTracked(process.execPath, [WORKER_MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        NODE_ENV: 'test',
        DATABASE_URL: this.database.url,
        ...(this.backend === 'redis' ? { REDIS_URL: this.redisUrl } : {}),
        SMTP_URL: this.sink.url,
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'warn',
        QUEUE_CONCURRENCY: '10',
        MAIL_RATE_PER_MINUTE: '1000000',
        OUTBOX_POLL_MS: '200',
        MAIL_FROM: `Plenary ${name} <${name}@plenary.test>`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
    const worker = { name, process: child, output: () => output, exited };
    this.workers.push(worker);
    return worker;
  }

  /** Each worker's relay LISTENs once it has booted, after its queue consumer was created. */
  async waitForWorkers(count: number): Promise<void> {
    await expectEventually(
      async () => {
        for (const worker of this.workers) {
          if (worker.process.exitCode !== null) throw new Error(`worker ${worker.name} exited early:\n${worker.output()}`);
        }
        const [{ relays }] = (
          await this.db.query(`SELECT count(*)::int AS relays FROM pg_stat_activity WHERE datname = $1 AND application_name = 'plenary-outbox-relay'`, [
            this.database.name,
          ])
        ).rows;
        expect(relays).toBe(count);
      },
      30_000,
      100,
    );
  }

  /** Once a killed worker's PostgreSQL sessions are gone, nothing it started can still change a row. */
  async waitForNoWorkerSessions(): Promise<void> {
    await expectEventually(async () => {
      const [{ sessions }] = (
        await this.db.query(`SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2`, [
          this.database.name,
          TEST_CLIENT,
        ])
      ).rows;
      expect(sessions).toBe(0);
    }, 10_000);
  }

  /** One event, `count` users each holding the delegate role, and a pending role-granted row each, in one transaction. */
  async seed(prefix: string, count: number): Promise<string[]> {
    const {
      rows: [event],
    } = await this.db.query(
      `INSERT INTO events (slug, name, city, venue, country, time_zone, start_date, end_date, languages)
       VALUES ($1, 'Worker Process Summit', 'Hanoi', 'National Convention Centre', 'VN', 'Asia/Ho_Chi_Minh', '2030-03-10', '2030-03-12', '{en}')
       RETURNING id`,
      [`${prefix}-summit`],
    );
    await this.db.query(
      `WITH new_users AS (
         INSERT INTO users (email, display_name, language)
         SELECT $2 || '-' || n || '@example.test', 'Delegate ' || n, 'en' FROM generate_series(1, $3::int) AS n
         RETURNING id, email, display_name, language
       ), roles AS (
         INSERT INTO event_roles (event_id, user_id, role) SELECT $1, id, 'delegate' FROM new_users
       )
       INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, state)
       SELECT $1, 'role-granted', email, display_name, language,
              jsonb_build_object('eventId', $1::text, 'userId', id::text, 'role', 'delegate'), 'pending'
         FROM new_users`,
      [event.id, prefix, count],
    );
    return Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}@example.test`);
  }

  async rows(): Promise<OutboxRow[]> {
    const { rows } = await this.db.query(
      `SELECT id, recipient_email, state, attempts, last_error, smtp_message_id, sent_at, failed_at FROM notifications ORDER BY recipient_email`,
    );
    return rows;
  }

  async stateCounts(): Promise<Record<string, number>> {
    const { rows } = await this.db.query(`SELECT state, count(*)::int AS count FROM notifications GROUP BY state`);
    return Object.fromEntries(rows.map((row: { state: string; count: number }) => [row.state, row.count]));
  }

  async waitUntilAllSent(total: number, timeoutMs: number): Promise<void> {
    await expectEventually(async () => expect(await this.stateCounts()).toEqual({ sent: total }), timeoutMs, 200);
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker) => {
        if (worker.process.exitCode === null && worker.process.signalCode === null) worker.process.kill('SIGKILL');
        await worker.exited;
      }),
    );
    await this.db.end().catch(() => undefined);
    await this.sink.stop();
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function recipientOf(mail: ReceivedMail): string {
  expect(mail.envelope.to).toHaveLength(1);
  return mail.envelope.to[0];
}

/** How many messages each recipient was sent. */
function countByRecipient(received: ReceivedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of received) counts.set(recipientOf(mail), (counts.get(recipientOf(mail)) ?? 0) + 1);
  return counts;
}

/** The row's recorded Message-ID is one the SMTP server actually accepted for that recipient. */
function expectLogMatchesSink(rows: OutboxRow[], received: ReceivedMail[]): void {
  const idsByRecipient = new Map<string, string[]>();
  for (const mail of received) idsByRecipient.set(recipientOf(mail), [...(idsByRecipient.get(recipientOf(mail)) ?? []), mail.parsed.messageId!]);
  const mismatched = rows.filter((row) => !idsByRecipient.get(row.recipient_email)?.some((id) => id === row.smtp_message_id));
  expect(mismatched).toEqual([]);
}

function warnings(worker: SpawnedWorker): string[] {
  return worker
    .output()
    .split('\n')
    .filter((line) => /WARN|ERROR/.test(line));
}

describe.each(BACKENDS)('notification worker processes on PostgreSQL and SMTP, the %s queue', (backend) => {
  let pipeline: Pipeline | undefined;
  afterEach(async () => {
    await pipeline?.stop();
    pipeline = undefined;
  });

  it('two worker processes on the same queue deliver 1,000 messages with no duplicates', async () => {
    pipeline = await Pipeline.start(backend);
    const a = pipeline.spawnWorker('a', { QUEUE_CONCURRENCY: '20' });
    const b = pipeline.spawnWorker('b', { QUEUE_CONCURRENCY: '20' });
    await pipeline.waitForWorkers(2);

    // Committed while both relays listen: both wake and share the rows through SKIP LOCKED.
    const started = Date.now();
    const recipients = await pipeline.seed('pair', 1000);
    await pipeline.waitUntilAllSent(1000, 60_000);
    const elapsed = Date.now() - started;
    await sleep(500); // room for a stray second copy to show up

    const { received } = pipeline.sink;
    expect(received).toHaveLength(1000);
    const counts = countByRecipient(received);
    expect([...counts.keys()].sort()).toEqual([...recipients].sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);

    const rows = await pipeline.rows();
    expect(rows.filter((row) => row.attempts !== 1 || row.last_error !== null || row.sent_at === null)).toEqual([]);
    expectLogMatchesSink(rows, received);

    const sentBy = (name: string) => received.filter((mail) => mail.envelope.from === `${name}@plenary.test`).length;
    const byWorker = { a: sentBy('a'), b: sentBy('b') };
    expect(byWorker.a + byWorker.b).toBe(1000);
    expect(byWorker.a).toBeGreaterThan(0);
    expect(byWorker.b).toBeGreaterThan(0);
    expect([...warnings(a), ...warnings(b)]).toEqual([]);
    process.stdout.write(`two workers: 1,000 messages in ${elapsed} ms, split a=${byWorker.a} b=${byWorker.b}\n`);
  }, 90_000);

  it('the worker process killed with SIGKILL mid-batch and restarted: nothing is lost, duplicates at most the jobs that were in flight, and the log tells the truth', async () => {
    const CONCURRENCY = 10;
    const TOTAL = 600;
    pipeline = await Pipeline.start(backend);
    // 40-80 ms a message, at random so the 10 parallel deliveries do not finish in step: most of a
    // job's time is spent waiting for the server, so a kill cuts several off in the middle.
    pipeline.sink.delayMs = 40;
    pipeline.sink.delayJitterMs = 40;
    const recipients = await pipeline.seed('crash', TOTAL);

    const first = pipeline.spawnWorker('first', { QUEUE_CONCURRENCY: String(CONCURRENCY) });
    await expectEventually(
      async () => {
        if (first.process.exitCode !== null) throw new Error(`worker exited early:\n${first.output()}`);
        expect(pipeline!.sink.received.length).toBeGreaterThanOrEqual(100);
        // ... and only at a moment when deliveries are under way (each still has 40 ms or more to go).
        const { sending = 0 } = await pipeline!.stateCounts();
        expect(sending).toBeGreaterThanOrEqual(3);
      },
      30_000,
      5,
    );
    first.process.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await pipeline.waitForNoWorkerSessions();
    await sleep((pipeline.sink.delayMs + pipeline.sink.delayJitterMs) * 3); // the sink finishes what had fully arrived before the kill

    const atKill = await pipeline.rows();
    const sendingAtKill = atKill.filter((row) => row.state === 'sending').map((row) => row.id);
    const sentAtKill = atKill.filter((row) => row.state === 'sent').length;
    const receivedAtKill = pipeline.sink.received.length;
    // Mid-batch: some sent, some not, and jobs cut off in the middle of their delivery.
    expect(sentAtKill).toBeGreaterThanOrEqual(90);
    expect(sentAtKill).toBeLessThan(TOTAL / 2);
    expect(sendingAtKill.length).toBeGreaterThan(0);
    expect(sendingAtKill.length).toBeLessThanOrEqual(CONCURRENCY);
    // A row is marked sent only after the server accepted its message.
    expect(receivedAtKill).toBeGreaterThanOrEqual(sentAtKill);
    expect(receivedAtKill).toBeLessThanOrEqual(sentAtKill + sendingAtKill.length);
    expect(atKill.filter((row) => !['queued', 'sending', 'sent'].includes(row.state))).toEqual([]);

    const restarted = Date.now();
    const second = pipeline.spawnWorker('second', { QUEUE_CONCURRENCY: String(CONCURRENCY) });
    // The cut-off jobs come back once their locks (30 s) lapse and the stalled check (every 15 s) sees it.
    await pipeline.waitUntilAllSent(TOTAL, 75_000);
    const recovered = Date.now() - restarted;
    await sleep(500);

    const { received } = pipeline.sink;
    const counts = countByRecipient(received);
    expect([...counts.keys()].sort()).toEqual([...recipients].sort()); // nothing lost
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    const duplicates = received.length - TOTAL;
    expect(duplicates).toBeGreaterThanOrEqual(0);
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
    expect(duplicates).toBeLessThanOrEqual(sendingAtKill.length);

    const rows = await pipeline.rows();
    expect(rows.filter((row) => row.state !== 'sent' || row.attempts < 1 || row.sent_at === null || row.last_error !== null)).toEqual([]);
    const rowsByRecipient = new Map(rows.map((row) => [row.recipient_email, row]));
    const twice = [...counts].filter(([, count]) => count === 2).map(([recipient]) => rowsByRecipient.get(recipient)!);
    expect(twice.filter((row) => row.attempts !== 2)).toEqual([]);
    // Exactly the rows cut off while sending were attempted again, once; every other row once.
    const attemptedTwice = rows.filter((row) => row.attempts === 2).map((row) => row.id);
    expect(attemptedTwice.sort()).toEqual([...sendingAtKill].sort());
    expect(rows.filter((row) => row.attempts > 2)).toEqual([]);
    expectLogMatchesSink(rows, received);
    // A duplicate is the restarted worker resending what the killed one had handed over.
    for (const row of twice) {
      expect(pipeline.sink.to(row.recipient_email).map((mail) => mail.envelope.from)).toEqual(['first@plenary.test', 'second@plenary.test']);
    }
    expect(warnings(second)).toEqual([]);
    process.stdout.write(
      `SIGKILL: ${receivedAtKill} received and ${sendingAtKill.length} rows sending at the kill; ` +
        `${duplicates} duplicate(s); all ${TOTAL} sent ${recovered} ms after the restart\n`,
    );
  }, 120_000);

  it('a worker given SIGTERM while sending finishes its active jobs, exits 0, and leaves the rest to the next worker', async () => {
    const TOTAL = 200;
    pipeline = await Pipeline.start(backend);
    pipeline.sink.delayMs = 200; // ~40 messages a second: plenty still queued when the signal comes
    pipeline.sink.delayJitterMs = 100;
    const recipients = await pipeline.seed('term', TOTAL);

    const first = pipeline.spawnWorker('first', { QUEUE_CONCURRENCY: '10' });
    const inFlight = await expectEventually(
      async () => {
        if (first.process.exitCode !== null) throw new Error(`worker exited early:\n${first.output()}`);
        expect(pipeline!.sink.received.length).toBeGreaterThanOrEqual(30);
        const sending = (await pipeline!.rows()).filter((row) => row.state === 'sending').map((row) => row.id);
        expect(sending.length).toBeGreaterThanOrEqual(3); // each has 200 ms or more still to go at the server
        return sending;
      },
      30_000,
      5,
    );
    const signalled = Date.now();
    first.process.kill('SIGTERM');
    const exit = await exitWithin(first, 10_000);
    const stopTook = Date.now() - signalled;
    // main.ts stops the app and exits 0 itself; 143 (128 + SIGTERM) means another SIGTERM handler exited first.
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stopTook).toBeLessThan(5_000);
    await pipeline.waitForNoWorkerSessions();

    const afterStop = await pipeline.rows();
    const sent = afterStop.filter((row) => row.state === 'sent');
    const unsent = afterStop.filter((row) => row.state !== 'sent');
    expect(afterStop.filter((row) => row.state === 'sending')).toEqual([]);
    // The deliveries under way when the signal came were finished, not abandoned.
    expect(afterStop.filter((row) => inFlight.includes(row.id) && row.state !== 'sent')).toEqual([]);
    expect(unsent.length).toBeGreaterThan(0);
    expect(unsent.filter((row) => !['pending', 'queued'].includes(row.state))).toEqual([]);
    // What the log says went out is exactly what the server received, and nothing else was tried.
    expect(pipeline.sink.received.length).toBe(sent.length);
    expect([...countByRecipient(pipeline.sink.received).keys()].sort()).toEqual(sent.map((row) => row.recipient_email).sort());
    expect(sent.filter((row) => row.attempts !== 1)).toEqual([]);
    expect(unsent.filter((row) => row.attempts !== 0 || row.last_error !== null)).toEqual([]);
    expect(warnings(first)).toEqual([]);

    pipeline.sink.delayMs = 0;
    pipeline.sink.delayJitterMs = 0;
    const second = pipeline.spawnWorker('second', { QUEUE_CONCURRENCY: '10' });
    await pipeline.waitUntilAllSent(TOTAL, 30_000);
    await sleep(300);
    const counts = countByRecipient(pipeline.sink.received);
    expect([...counts.keys()].sort()).toEqual([...recipients].sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    const rows = await pipeline.rows();
    expect(rows.filter((row) => row.attempts !== 1)).toEqual([]);
    expectLogMatchesSink(rows, pipeline.sink.received);
    const bySecond = pipeline.sink.received.filter((mail) => mail.envelope.from === 'second@plenary.test').length;
    expect(bySecond).toBe(unsent.length);
    expect(warnings(second)).toEqual([]);
    process.stdout.write(`SIGTERM: exited 0 in ${stopTook} ms with ${sent.length} sent and ${unsent.length} left; the next worker sent those\n`);
  }, 60_000);
});

describe.each(BACKENDS)('a worker process when the SMTP server misbehaves, the %s queue', (backend) => {
  let pipeline: Pipeline | undefined;
  afterEach(async () => {
    await pipeline?.stop();
    pipeline = undefined;
  });
  const quickRetries = { MAIL_BACKOFF_MS: '300', MAIL_MAX_ATTEMPTS: '8' };

  it('SMTP refusing connections, then accepting: every message goes out once, after retries', async () => {
    pipeline = await Pipeline.start(backend);
    await pipeline.sink.stop(); // nothing listens on its port: connections are refused
    const worker = pipeline.spawnWorker('retrying', quickRetries);
    await pipeline.waitForWorkers(1);
    const recipients = await pipeline.seed('refused', 5);

    const refused = await expectEventually(async () => {
      const rows = await pipeline!.rows();
      expect(rows.filter((row) => row.state !== 'queued' || row.attempts < 1 || !/ECONNREFUSED/.test(row.last_error ?? ''))).toEqual([]);
      return rows;
    }, 15_000);
    expect(refused).toHaveLength(5);

    await pipeline.sink.start(); // the same port again
    await pipeline.waitUntilAllSent(5, 20_000);
    await sleep(300);
    const counts = countByRecipient(pipeline.sink.received);
    expect([...counts.keys()].sort()).toEqual([...recipients].sort());
    expect([...counts.values()]).toEqual([1, 1, 1, 1, 1]);
    const rows = await pipeline.rows();
    expect(rows.filter((row) => row.attempts < 2 || row.last_error !== null || row.sent_at === null)).toEqual([]);
    expectLogMatchesSink(rows, pipeline.sink.received);
    expect(warnings(worker)).toEqual([]);
  }, 60_000);

  it('SMTP answering 550: the message fails at once, is not retried, and the log says why', async () => {
    pipeline = await Pipeline.start(backend);
    pipeline.sink.mode = { kind: 'reject', code: 550, message: 'No such mailbox here' };
    const worker = pipeline.spawnWorker('refused', quickRetries);
    await pipeline.waitForWorkers(1);
    await pipeline.seed('bounce', 3);

    await expectEventually(async () => expect(await pipeline!.stateCounts()).toEqual({ failed: 3 }), 15_000);
    await sleep(1_500); // several backoff periods: a retry would have happened by now
    const rows = await pipeline.rows();
    expect(rows.map((row) => ({ state: row.state, attempts: row.attempts, failed: row.failed_at !== null, sent: row.sent_at !== null }))).toEqual(
      Array(3).fill({ state: 'failed', attempts: 1, failed: true, sent: false }),
    );
    expect(rows.filter((row) => !row.last_error?.includes('No such mailbox here'))).toEqual([]);
    expect(pipeline.sink.received).toHaveLength(0);
    const failures = warnings(worker).filter((line) => /failed permanently: .*No such mailbox here/.test(line));
    expect(failures).toHaveLength(3);
    for (const row of rows) expect(failures.some((line) => line.includes(row.id))).toBe(true);
  }, 60_000);
});
