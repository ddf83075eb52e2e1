import 'reflect-metadata';
import { createTestDatabase } from '@app/testing';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

/**
 * A 100 MB slide upload through the real api (the built `dist/apps/api/src/main.js`, spawned, RUN_WORKER=false,
 * local-disk storage in a temporary directory) against writing the same bytes to the same disk with a plain
 * Node stream. Reports MB/s of each (target ratio api/plain >= 0.5) and the api process's RSS growth during
 * the upload, sampled from /proc every 10 ms (target < 64 MB: the upload streams).
 *
 *   npm run bench -- uploads            BENCH_UPLOAD_MB=100 (default), BENCH_UPLOAD_RUNS=3 (best of)
 */
const MB = Number(process.env.BENCH_UPLOAD_MB ?? 100);
const RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 3);
const RESULTS_FILE = fileURLToPath(new URL('../../bench/results/uploads.json', import.meta.url));
const API_MAIN = resolve('dist/apps/api/src/main.js');
const ADMIN_EMAIL = 'bench-admin@plenary.test';
const ADMIN_PASSWORD = 'bench admin password, long enough';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function json(base: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = (await response.json()) as any;
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`);
  return data;
}

/** Streams a file from disk as one multipart part, so the bench process holds no copy either. */
function uploadFile(base: string, path: string, token: string, file: string, size: number): Promise<{ status: number; body: string }> {
  const boundary = `bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL(base + path);
  return new Promise((done, fail) => {
    const req = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + size + tail.length),
      },
    });
    req.on('response', (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk)).on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.write(head);
    const source = createReadStream(file);
    source.pipe(req, { end: false });
    source.on('end', () => req.end(tail));
    source.on('error', fail);
  });
}

export async function run(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'plenary-bench-uploads-'));
  const database = await createTestDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const file = join(work, 'source.pdf');
  const size = MB * 1024 * 1024;
  {
    // A PDF header then random bytes: sniffed as PDF, incompressible.
    const out = createWriteStream(file);
    out.write('%PDF-1.7\n');
    for (let written = 9; written < size; written += 1024 * 1024) out.write(randomBytes(Math.min(1024 * 1024, size - written)));
    await new Promise((done) => out.end(done));
  }
  const api = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      DATA_DIR: join(work, 'data'),
      UPLOADS_DIR: join(work, 'uploads'),
      RUN_WORKER: 'false',
      LOAD_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-keys',
      SLIDES_MAX_BYTES: String(size * 2),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 300) throw new Error('api did not become healthy');
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    const token = (await json(base, 'POST', '/auth/login', undefined, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).accessToken;
    const slug = 'bench-uploads-2030';
    await json(base, 'POST', '/events', token, {
      slug,
      name: 'Uploads bench',
      city: 'Hà Nội',
      country: 'VN',
      timeZone: 'Asia/Ho_Chi_Minh',
      startDate: '2030-05-06',
      endDate: '2030-05-06',
      languages: ['en'],
    });
    const session = await json(base, 'POST', `/events/${slug}/sessions`, token, {
      type: 'plenary',
      title: { en: 'Bench' },
      start: '2030-05-06T09:00',
      end: '2030-05-06T10:00',
    });
    const withSlot = await json(base, 'POST', `/events/${slug}/sessions/${session.id}/slots`, token, {
      title: 'Bench talk',
      start: '2030-05-06T09:00',
      durationMinutes: 30,
      speakerIds: [],
    });
    const slotId = withSlot.slots[0].id;

    const apiRuns: { seconds: number; rssGrowthMB: number }[] = [];
    const plainRuns: number[] = [];
    const expected = createHash('sha256').update(readFileSync(file)).digest('hex');
    for (let i = 0; i < RUNS; i++) {
      // Plain Node stream, same bytes, same disk.
      const target = join(work, `plain-${i}`);
      let started = performance.now();
      await pipeline(createReadStream(file), createWriteStream(target));
      plainRuns.push((performance.now() - started) / 1000);
      await rm(target);

      const before = rssMB(api.pid!);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMB(api.pid!))), 10);
      started = performance.now();
      const response = await uploadFile(base, `/events/${slug}/slots/${slotId}/slides`, token, file, size);
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, rssMB(api.pid!));
      if (response.status !== 201) throw new Error(`upload: ${response.status} ${response.body}`);
      if (JSON.parse(response.body).sha256 !== expected) throw new Error('the stored SHA-256 differs from the file');
      apiRuns.push({ seconds, rssGrowthMB: peak - before });
    }
    const bestApi = Math.min(...apiRuns.map((r) => r.seconds));
    const bestPlain = Math.min(...plainRuns);
    const result = {
      when: new Date().toISOString(),
      fileMB: MB,
      runs: RUNS,
      apiMBps: +(MB / bestApi).toFixed(1),
      plainMBps: +(MB / bestPlain).toFixed(1),
      ratio: +(bestPlain / bestApi).toFixed(2),
      targetRatio: 0.5,
      peakRssGrowthMB: +Math.max(...apiRuns.map((r) => r.rssGrowthMB)).toFixed(1),
      targetRssGrowthMB: 64,
      apiRuns,
      plainSeconds: plainRuns,
      storedBytes: (await stat(file)).size,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `api ${result.apiMBps} MB/s vs plain ${result.plainMBps} MB/s: ratio ${result.ratio} (target >= 0.5) ${result.ratio >= 0.5 ? 'OK' : 'MISSED'}; ` +
        `peak RSS growth ${result.peakRssGrowthMB} MB (target < 64) ${result.peakRssGrowthMB < 64 ? 'OK' : 'MISSED'}\n`,
    );
    writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
    await database.drop();
    await rm(work, { recursive: true, force: true });
  }
}
