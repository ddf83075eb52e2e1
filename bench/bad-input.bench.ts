import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppLogger, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { createTestDatabase } from '@app/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { percentile, positiveInt, round } from './support/figures.js';

/**
 * Hostile JSON bodies before login (issue 12): how long the api takes to refuse them and how long its event
 * loop is blocked meanwhile. Budget: refused within 50 ms. For comparison, a valid 1 MiB body, which the
 * depth scan reads in full before parsing.
 *
 *   npm run bench -- bad-input
 *   BENCH_BAD_INPUT_REQUESTS=5 npm run bench -- bad-input     (quick check)
 */

const REQUESTS = positiveInt('BENCH_BAD_INPUT_REQUESTS', 20);
const BUDGET_MS = 50;

const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const BODIES: Array<[string, string]> = [
  ['objects nested 3,000 levels (18 KB)', nested(3000)],
  ['objects nested 100,000 levels (600 KB)', nested(100_000)],
  ['arrays nested 500,000 levels (1 MB)', '['.repeat(500_000) + ']'.repeat(500_000)],
  ['an array of 400,000 items where an object belongs (800 KB)', `[${'1,'.repeat(400_000)}1]`],
  ['a valid flat body of 1 MiB (password too long: 400)', JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1024 * 1024 - 40) })],
];

export async function run(): Promise<void> {
  console.log(
    `bad-input: ${REQUESTS} POST /auth/login per body, in-process api; ${cpus().length} CPUs, node ${process.version}, load average ${loadavg()[0].toFixed(2)}`,
  );
  Logger.overrideLogger(new AppLogger('text', 'error'));
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'plenary-bench-bad-input-'));
  let app: NestFastifyApplication | undefined;
  try {
    await runMigrations(database.url);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      ADMIN_EMAIL: 'admin@bench.test',
      ADMIN_PASSWORD: 'bench-admin-password',
      LOAD_DEMO: 'false',
      RUN_WORKER: 'false',
      LOG_LEVEL: 'error',
    });
    app = await createApiApp({ config, databaseUrl: database.url, jwtSecret: 'bench-secret-that-is-long-enough-for-hs256-keys' }, { docsUi: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1')}/auth/login`;

    for (const [label, body] of BODIES) {
      const times: number[] = [];
      const statuses = new Set<number>();
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      for (let i = 0; i < REQUESTS; i++) {
        const started = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await response.text();
        times.push(performance.now() - started);
        statuses.add(response.status);
      }
      delay.disable();
      times.sort((a, b) => a - b);
      const median = percentile(times, 0.5);
      console.log(
        `  ${label}: ${[...statuses].join('/')} in median ${round(median)} ms, p90 ${round(percentile(times, 0.9))} ms, max ${round(times[times.length - 1])} ms; ` +
          `event loop blocked at most ${round(delay.max / 1e6)} ms${median > BUDGET_MS ? `  (over the ${BUDGET_MS} ms budget)` : ''}`,
      );
    }
  } finally {
    await app?.close();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
