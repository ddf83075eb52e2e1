import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from '@nestjs/common';
import { AppLogger, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import type { EventContext } from '@app/auth';
import { EventCache, EventsService } from '@app/events';
import { ProgrammeService, PublishingService, ScheduleExportsService, scheduleIcs, scheduleJson, scheduleXml, type PublishedProgramme } from '@app/programme';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { EXPORT_CACHE_CONTROL, exportEtag, matches } from '../apps/api/src/programme/conditional-get.js';
import { buildTimetable, exportVariant, ScheduleExportCache } from '@app/programme';
import { nonNegativeInt, positiveInt, round, round3 } from './support/figures.js';
import { countQueries, type QueryCounter } from './support/query-counter.js';
import { type SequentialReads, sequentialReads } from './support/sequential-reads.js';
import { builtAppEnv, waitForHealthy } from './support/api.js';
import { BenchProcess, freePort, sleep } from './support/processes.js';

/**
 * The programme at conference scale: a synthetic event of 5 days, 40 rooms, 2,000 sessions
 * (10 per room per day, 50 minutes each on the hour, 08:00–17:50 Asia/Ho_Chi_Minh), 8,000 slots
 * (4 back-to-back slots of 12 minutes in each session), 1,600 speakers (users with the speaker
 * role; one per slot, a second in every panel's slots, never in two places at once) and 8 tracks,
 * written straight into a fresh, migrated database with set-based SQL.
 *
 * Then, through the real services and the real api (in this process, LOG_LEVEL=warn, RUN_WORKER=false):
 *   1. publish v1 (PublishingService.publish): time, snapshot and changelog size;
 *   2. move BENCH_MOVED sessions (ProgrammeService.updateSession: the 17:00 session of the first rooms
 *      goes to 18:00, with its slots and speakers) and retitle BENCH_RETITLED, then publish v2:
 *      time, changelog entries, outbox rows;
 *   3. build each export from the published version, cold then warm: schedule.xml, schedule.json,
 *      schedule.ics (the builders ScheduleExportsService uses) and the web timetable
 *      (buildTimetable + JSON.stringify, what GET /events/{slug}/programme sends); for each, the
 *      V8 heap peak above a post-GC baseline (v8.GCProfiler: the heap only grows between
 *      collections, so the peak is the largest "before GC" figure or the final one) and the RSS
 *      high-water mark (VmHWM, reset through /proc/self/clear_refs);
 *   4. the first HTTP request of each export (cold: the api's cache is empty), checked to be
 *      byte-identical to the builder's output;
 *   5. requests/s for GET /events/{slug}/schedule.json once cached, on the api and on a bare
 *      node:http server (same process, the same bytes, same headers: ETag, Cache-Control,
 *      Content-Type, X-Request-Id) on another port; then again with the api's cache holding the
 *      string instead of the Buffer, and through Nest's pipeline rather than the early answer of
 *      conditional-get-hook.ts (how it was before, side by side). autocannon runs in a worker thread.
 *      The two take turns, bare, api, api, bare, each for half of BENCH_SECONDS, so a machine
 *      getting busier or quieter weighs on both sides of the ratio alike; BENCH_ROUNDS times for the
 *      200 as served, once for the others. The same again with
 *      If-None-Match (304s, no body) for BENCH_CONDITIONAL_SECONDS against a bare Fastify server:
 *      the per-request cost alone; first with the event cache keeping nothing (each request looks its
 *      event up by slug, as before), then through Nest's pipeline with the caches (a query string keeps
 *      the request from the early answer of conditional-get-hook.ts, as before it), then as served.
 *   6. one keep-alive connection, one request after another (a lean node:http client, see
 *      support/sequential-reads.ts), for BENCH_READ_SECONDS each: GET /events/{slug}/programme and
 *      GET /events/{slug} (the public event page's data), without then with the event cache: p50, p99,
 *      SQL per request; the timetable also as a browser asks for it (br), next to a bare node:http
 *      server sending the same compressed bytes;
 *   7. the built api in a process of its own (as `npm start` runs it): its RSS started, its peak while
 *      BENCH_CONNECTIONS requests at once ask for the four exports cold, then warm; and the timetable
 *      read one request at a time from it.
 *
 *   npm run bench -- programme
 *   BENCH_SECONDS=3 BENCH_CONDITIONAL_SECONDS=0 npm run bench -- programme      (quick check)
 *
 * Knobs: BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_WARMUP_SECONDS (2),
 * BENCH_ROUNDS (3), BENCH_CONDITIONAL_SECONDS (5; 0 skips the 304 comparison), BENCH_RSS_RUNS (3 fresh api processes for the cold peak), BENCH_AUTOCANNON_WORKERS (1; 0 runs
 * autocannon on the servers' own thread), BENCH_MOVED (100, at most 200), BENCH_RETITLED (20).
 */

const SECONDS = positiveInt('BENCH_SECONDS', 10);
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 50);
const WARMUP_SECONDS = nonNegativeInt('BENCH_WARMUP_SECONDS', 2);
const CONDITIONAL_SECONDS = nonNegativeInt('BENCH_CONDITIONAL_SECONDS', 5);
const AUTOCANNON_WORKERS = nonNegativeInt('BENCH_AUTOCANNON_WORKERS', 1);
const MOVED = Math.min(200, nonNegativeInt('BENCH_MOVED', 100));
const RETITLED = Math.min(200, nonNegativeInt('BENCH_RETITLED', 20));
const TARGET_RATIO = 0.9;
const CONDITIONAL_TARGET_RATIO = 0.5;
const READ_SECONDS = positiveInt('BENCH_READ_SECONDS', 3);
const READ_TARGET_P50_MS = 5;
const RSS_TARGET_MB = 400;
const RSS_RUNS = positiveInt('BENCH_RSS_RUNS', 3);
const ROUNDS = positiveInt('BENCH_ROUNDS', 3);
const API_MAIN = fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url));
const UNCOMPRESSED_TIMETABLE = 'GET /events/{slug}/programme, uncompressed';
const UNCOMPRESSED_FLOOR = 'bare node:http, the same uncompressed timetable (floor)';
const UNCOMPRESSED_PROCESS_FLOOR = 'bare node:http in a process of its own, the same uncompressed timetable (floor)';
const BARE_HTTP_MAIN = fileURLToPath(new URL('./support/bare-http-main.js', import.meta.url));
/** What Chromium and Firefox send. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const RESULTS_FILE = fileURLToPath(new URL('../../bench/results/programme.json', import.meta.url));

const SLUG = 'plenary-bench-congress-2030';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const FIRST_DAY = '2030-05-06';
const DAYS = 5;
const ROOMS = 40;
const SESSIONS_PER_ROOM_PER_DAY = 10;
const SLOTS_PER_SESSION = 4;
const TRACKS = 8;
/** One speaker per (room, slot of the day): 40 × 40. A slot's time is its (day, session, slot) position, so the 40 slots running at once have 40 different speakers. */
const SPEAKERS = ROOMS * SESSIONS_PER_ROOM_PER_DAY * SLOTS_PER_SESSION;
/** Panels (sessions 3 and 7 of each room's day) have a second speaker in each slot. */
const PANEL_INDEXES = [2, 6];
const ADMIN_EMAIL = 'bench-admin@plenary.test';
const ADMIN_PASSWORD = 'bench admin password, long enough';

type ExportName = 'schedule.xml' | 'schedule.json' | 'schedule.ics' | 'timetable';

interface Build {
  name: ExportName;
  bytes: number;
  sha256: string;
  coldMs: number;
  warmMs: number;
  memory: MemoryPeak;
}

interface MemoryPeak {
  /** usedHeapSize after a full GC, before the build. */
  baselineHeapMB: number;
  peakHeapMB: number;
  peakAboveBaselineMB: number;
  /** Still held after a full GC with the output kept: about the output string itself. */
  retainedAfterGcMB: number;
  gcs: number;
  markCompacts: number;
  rssBeforeMB: number;
  /** VmHWM after the build (reset just before it). */
  rssPeakMB: number;
  rssPeakAboveBeforeMB: number;
}

/** A measured phase: autocannon's figures, or the sequential client's, in one shape. */
interface Throughput extends SequentialReads {
  sqlPerRequest?: number;
}

export async function run(): Promise<void> {
  const load = loadavg()[0];
  console.log(
    `programme: ${DAYS} days × ${ROOMS} rooms × ${SESSIONS_PER_ROOM_PER_DAY} sessions = ${DAYS * ROOMS * SESSIONS_PER_ROOM_PER_DAY} sessions, ` +
      `${DAYS * ROOMS * SESSIONS_PER_ROOM_PER_DAY * SLOTS_PER_SESSION} slots, ${SPEAKERS} speakers, ${TRACKS} tracks; ` +
      `${cpus().length} CPUs, node ${process.version}, load average ${load.toFixed(2)}`,
  );
  if (load > cpus().length / 2) {
    console.warn(
      `  warning: the machine is shared and already busy (load ${load.toFixed(2)} on ${cpus().length} CPUs): absolute times and requests/s are noisy; ` +
        `the api/bare ratio is measured in the same run, the two taking turns (bare, api, api, bare), to cancel most of the drift`,
    );
  }
  Logger.overrideLogger(new AppLogger('text', 'warn'));
  const gc = exposeGc();

  const database: TestDatabase = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'plenary-bench-'));
  let app: NestFastifyApplication | undefined;
  let bare: FastifyInstance | undefined;
  let bareHttp: Server | undefined;
  const bareServers: Server[] = [];
  const db = new pg.Client({ connectionString: database.url, application_name: 'plenary-bench-programme' });
  try {
    let started = performance.now();
    await runMigrations(database.url);
    const migrationsMs = performance.now() - started;
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

    // 1. The synthetic event, in bulk.
    started = performance.now();
    const seeded = await seed(db);
    const seedMs = performance.now() - started;
    const counts = await countRows(db, seeded.eventId);
    console.log(
      `  seeded in ${ms(seedMs)} ms (migrations ${ms(migrationsMs)} ms): ${counts.sessions} sessions, ${counts.slots} slots, ${counts.slotSpeakers} slot speakers, ` +
        `${counts.speakers} speakers, ${counts.rooms} rooms, ${counts.tracks} tracks`,
    );

    // 2. Publish v1, move and retitle through the service, publish v2.
    const publishing = app.get(PublishingService);
    const programme = app.get(ProgrammeService);
    const exportsService = app.get(ScheduleExportsService);
    const event = await app.get(EventsService).context(SLUG);
    started = performance.now();
    const v1 = await publishing.publish(event, seeded.organiserId);
    const publishV1Ms = performance.now() - started;
    const v1Row = await versionRow(db, seeded.eventId, 1);
    console.log(
      `  publish v1: ${ms(publishV1Ms)} ms, ${v1.changelog.length} changelog entries; snapshot ${mb(v1Row.snapshotTextBytes)} MB as JSON text (${mb(v1Row.storedBytes)} MB stored)`,
    );

    started = performance.now();
    const changes = await changeDraft(programme, event, db);
    const changeMs = performance.now() - started;
    const outboxBefore = await outboxRows(db, seeded.eventId);
    started = performance.now();
    const v2 = await publishing.publish(event, seeded.organiserId);
    const publishV2Ms = performance.now() - started;
    const outboxAdded = (await outboxRows(db, seeded.eventId)) - outboxBefore;
    const v2Row = await versionRow(db, seeded.eventId, 2);
    const v2Kinds = countBy(v2.changelog.map((entry) => entry.kind));
    console.log(`  ${changes.moved} sessions moved and ${changes.retitled} retitled through ProgrammeService.updateSession in ${ms(changeMs)} ms`);
    console.log(
      `  publish v2: ${ms(publishV2Ms)} ms, ${v2.changelog.length} changelog entries ${JSON.stringify(v2Kinds)} (${kb(v2Row.changelogBytes)} KB), ` +
        `${outboxAdded} programme-changed messages queued`,
    );

    // 3. Each export from the published version, cold then warm, with its memory peak.
    started = performance.now();
    const published = await publishing.latest(event);
    const loadMs = performance.now() - started;
    console.log(`  loading the published v${published.version} (PublishingService.latest): ${ms(loadMs)} ms`);
    const options = { publicUrl: config.PUBLIC_URL };
    const builders: [ExportName, (programme: PublishedProgramme) => string][] = [
      ['schedule.xml', (p) => scheduleXml(p, options)],
      ['schedule.json', (p) => scheduleJson(p, options)],
      ['schedule.ics', (p) => scheduleIcs(p, options)],
      ['timetable', (p) => JSON.stringify(buildTimetable(p))],
    ];
    const builds: Build[] = [];
    for (const [name, build] of builders) {
      const { output, coldMs, memory } = measureBuild(gc, () => build(published));
      const warmStarted = performance.now();
      build(published);
      const warmMs = performance.now() - warmStarted;
      const result: Build = { name, bytes: Buffer.byteLength(output), sha256: sha256(output), coldMs: round(coldMs), warmMs: round(warmMs), memory };
      builds.push(result);
      console.log(
        `  build ${name}: ${mb(result.bytes)} MB, cold ${ms(coldMs)} ms, warm ${ms(warmMs)} ms; heap peak ${memory.peakHeapMB} MB, ` +
          `${memory.peakAboveBaselineMB} MB above the ${memory.baselineHeapMB} MB baseline (${memory.retainedAfterGcMB} MB kept after GC, ` +
          `${memory.gcs} GCs of which ${memory.markCompacts} mark-compact); RSS peak +${memory.rssPeakAboveBeforeMB} MB`,
      );
    }

    // 4. The first request of each export through the api: nothing cached yet.
    const firstRequests: Record<string, { ms: number; bytes: number; status: number; identicalToBuilder: boolean | null; secondMs: number }> = {};
    const paths: [ExportName, string][] = [
      ['schedule.json', `/events/${SLUG}/schedule.json`],
      ['schedule.xml', `/events/${SLUG}/schedule.xml`],
      ['schedule.ics', `/events/${SLUG}/schedule.ics`],
      ['timetable', `/events/${SLUG}/programme`],
    ];
    let apiResponse: { headers: Headers; body: string } | undefined;
    for (const [name, path] of paths) {
      const first = await timedGet(`${baseUrl}${path}`);
      const second = await timedGet(`${baseUrl}${path}`);
      const built = builds.find((build) => build.name === name)!;
      // Every export, the timetable included, is sent exactly as built and cached.
      firstRequests[name] = {
        ms: round(first.ms),
        bytes: first.bytes,
        status: first.status,
        identicalToBuilder: first.sha256 === built.sha256,
        secondMs: round(second.ms),
      };
      console.log(
        `  first GET ${path}: ${first.status}, ${ms(first.ms)} ms, ${mb(first.bytes)} MB, same bytes as the builder: ${first.sha256 === built.sha256 ? 'yes' : 'NO'}; ` +
          `second request ${ms(second.ms)} ms`,
      );
      if (first.status !== 200) throw new Error(`GET ${path}: ${first.status}`);
      if (name === 'schedule.json') apiResponse = { headers: first.headers, body: first.text };
    }

    // 5. Cached schedule.json: the api against bare servers sending the same bytes: node:http for the
    // 200s (the body is the cost), Fastify for the 304s (the framework is the floor).
    // The event's first language, what a request without ?lang= gets.
    const variant = exportVariant('json', 'en');
    const cachedBytes = exportsService.cache.get(seeded.eventId, v2.version, variant);
    const cached = cachedBytes?.identity;
    if (cachedBytes === undefined || cached === undefined || !cached.equals(Buffer.from(apiResponse!.body))) {
      throw new Error('schedule.json is not in the api cache, or differs from what the api sent');
    }
    const etag = exportEtag(SLUG, v2.version, variant);
    bare = await startBare(cached, etag, apiResponse!.headers.get('content-type')!);
    const bareUrl = (await bare.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    const bareResponse = await timedGet(`${bareUrl}/events/${SLUG}/schedule.json`);
    const headerCheck = compareHeaders(apiResponse!.headers, bareResponse.headers);
    if (bareResponse.text !== apiResponse!.body) throw new Error('the bare server does not send the same bytes');
    console.log(`  headers: ${headerCheck.summary}`);
    bareHttp = await startBareHttp(cached, etag, apiResponse!.headers.get('content-type')!);
    const bareHttpUrl = `http://127.0.0.1:${(bareHttp.address() as AddressInfo).port}`;
    if ((await timedGet(`${bareHttpUrl}/events/${SLUG}/schedule.json`)).text !== apiResponse!.body)
      throw new Error('the node:http server does not send the same bytes');

    const url = (base: string) => `${base}/events/${SLUG}/schedule.json`;
    const queries = countQueries();
    // Rounds of turns: each segment ends with up to CONNECTIONS multi-MB responses cut off unfinished
    // (about a fifth of a 5 s segment's count), which moved one round's ratio by ±0.15 from run to run.
    const full = await comparison('200', url(baseUrl), url(bareHttpUrl), SECONDS, {}, queries, ROUNDS);
    // Before, side by side: the 200 through Nest's pipeline (a query other than ?lang= is never answered early; the route ignores it).
    const throughNest200 = await comparison('200 through Nest (before)', `${url(baseUrl)}?through=nest`, url(bareHttpUrl), SECONDS, {}, queries);
    // Before, side by side: the cache held the string, encoded again into a new Buffer for each response.
    const entries = (exportsService.cache as unknown as { entries: Map<string, { identity: string | Buffer }> }).entries;
    const key = ScheduleExportCache.key(seeded.eventId, v2.version, variant);
    if (!entries.has(key)) throw new Error('the cache key of schedule.json has changed: update the bench');
    entries.set(key, { ...cachedBytes, identity: cached.toString('utf8') });
    const asString = await comparison('200 string (before)', `${url(baseUrl)}?through=nest`, url(bareHttpUrl), SECONDS, {}, queries);
    entries.set(key, cachedBytes);
    // Before, side by side: every request looked its event up by slug (the event cache kept nothing).
    const eventCache = eventCacheSwitch(app.get(EventCache));
    const conditionalBefore =
      CONDITIONAL_SECONDS > 0
        ? await eventCache.without(() =>
            comparison('304 no event cache (before)', url(baseUrl), url(bareUrl), CONDITIONAL_SECONDS, { 'if-none-match': etag }, queries),
          )
        : undefined;
    // Before, side by side: the 304 through Nest's pipeline (a query is never answered early; the route ignores it).
    const throughNest =
      CONDITIONAL_SECONDS > 0
        ? await comparison('304 through Nest (before)', `${url(baseUrl)}?through=nest`, url(bareUrl), CONDITIONAL_SECONDS, { 'if-none-match': etag }, queries)
        : undefined;
    const conditional =
      CONDITIONAL_SECONDS > 0 ? await comparison('304', url(baseUrl), url(bareUrl), CONDITIONAL_SECONDS, { 'if-none-match': etag }, queries) : undefined;
    // One request at a time: the latency of a read from cache, with and without the event cache; the
    // timetable also as a browser asks for it (compressed, kept so once per version) against uncompressed (before).
    // The floors, with the same client: node:http sending the same bytes, compressed or not, from memory;
    // the uncompressed one before and after the api's reads, as it moves with the process's heap.
    const timetableBytes = exportsService.cache.get(seeded.eventId, v2.version, 'programme');
    if (!timetableBytes) throw new Error('the timetable is not in the api cache: update the bench');
    const floor = async (coding: 'br' | 'identity', when: string) => {
      const server = await startBareHttp(timetableBytes[coding], exportEtag(SLUG, v2.version, 'programme'), 'application/json; charset=utf-8');
      bareServers.push(server);
      const name = coding === 'br' ? 'bare node:http, the same compressed timetable (floor)' : `${UNCOMPRESSED_FLOOR}, ${when}`;
      const port = (server.address() as AddressInfo).port;
      return sequentialReads(name, `http://127.0.0.1:${port}/events/${SLUG}/programme`, READ_SECONDS, coding === 'br' ? BROWSER_ENCODINGS : {});
    };
    const reads: Throughput[] = [await floor('identity', 'before')];
    for (const [name, path] of [
      [UNCOMPRESSED_TIMETABLE, `/events/${SLUG}/programme`],
      ['GET /events/{slug}', `/events/${SLUG}`],
    ] as const) {
      for (const cached of [false, true]) {
        const label = `${name}${cached ? '' : ' no event cache (before)'}`;
        const measure = () => measuredRead(label, `${baseUrl}${path}`, queries);
        reads.push(cached ? await measure() : await eventCache.without(measure));
      }
    }
    reads.push(await measuredRead('GET /events/{slug}/programme as a browser asks (br)', `${baseUrl}/events/${SLUG}/programme`, queries, BROWSER_ENCODINGS));
    reads.push(await floor('br', ''), await floor('identity', 'after'));
    queries.restore();
    // 7. The api alone in its own process, as `npm start` runs it: its memory while 50 requests at once ask for the exports.
    const apiMemory = await apiProcessMemory(database.url, dataDir);
    reads.push(...apiMemory.reads);

    console.log('');
    printTable([
      ...full.phases,
      ...throughNest200.phases,
      ...asString.phases,
      ...(conditionalBefore?.phases ?? []),
      ...(throughNest?.phases ?? []),
      ...(conditional?.phases ?? []),
      ...reads,
    ]);
    console.log('');
    const met = full.ratio >= TARGET_RATIO;
    console.log(
      `cached schedule.json (200, ${mb(Buffer.byteLength(cached))} MB): api / bare node:http = ${full.ratio.toFixed(2)}  (target >= ${TARGET_RATIO}: ${met ? 'met' : 'NOT met'}); ` +
        `through Nest's pipeline (before the early 200) = ${throughNest200.ratio.toFixed(2)}; the same sent as a string through Nest (before) = ${asString.ratio.toFixed(2)}`,
    );
    if (conditional)
      console.log(
        `conditional schedule.json (304, If-None-Match): api / bare Fastify = ${conditional.ratio.toFixed(2)}  (target >= ${CONDITIONAL_TARGET_RATIO}: ${conditional.ratio >= CONDITIONAL_TARGET_RATIO ? 'met' : 'NOT met'}); ` +
          `through Nest's pipeline (before the early answer) = ${throughNest!.ratio.toFixed(2)}; without the event cache (before) = ${conditionalBefore!.ratio.toFixed(2)}`,
      );
    const apiProcessFloor = reads.find((read) => read.name === UNCOMPRESSED_PROCESS_FLOOR)!;
    const uncompressedFloors = reads
      .filter((read) => read.name.startsWith(UNCOMPRESSED_FLOOR))
      .map((read) => `${read.p50Ms} ms ${read.name.slice(UNCOMPRESSED_FLOOR.length + 2)}`)
      .join(', ');
    for (const read of reads) {
      // No browser asks without Accept-Encoding: that answer is the client reading 4.5 MB, next to its floor.
      const target =
        read.name.includes('before') || read.name.includes('floor')
          ? ''
          : read.name.includes(UNCOMPRESSED_TIMETABLE)
            ? `  (no browser asks so; the floor sending the same ${mb(timetableBytes.identity.length)} MB: p50 ${
                read.name.startsWith('api process alone') ? `${apiProcessFloor.p50Ms} ms from a process of its own` : uncompressedFloors
              })`
            : `  (target p50 < ${READ_TARGET_P50_MS} ms: ${read.p50Ms < READ_TARGET_P50_MS ? 'met' : 'NOT met'})`;
      console.log(
        `${read.name}, one connection: p50 ${read.p50Ms} ms, p99 ${read.p99Ms} ms${read.sqlPerRequest === undefined ? '' : `, ${read.sqlPerRequest} SQL per request`}${target}`,
      );
    }
    console.log(
      `process RSS peak (servers and autocannon's worker together), ${CONNECTIONS} connections on the ${mb(Buffer.byteLength(cached))} MB export: ` +
        `Buffer ${full.rssPeakMB ?? '?'} MB (${full.rssStartMB} MB at its start), string through Nest (before) ${asString.rssPeakMB ?? '?'} MB (${asString.rssStartMB} MB at its start)`,
    );
    console.log(
      `api SQL statements per cached request: ${full.phases.find((phase) => phase.name.startsWith('api'))!.sqlPerRequest}` +
        (conditional ? `; per 304: ${conditional.phases.find((phase) => phase.name.startsWith('api'))!.sqlPerRequest}` : ''),
    );
    console.log(
      `api process alone (dist/apps/api/src/main.js), RSS ${apiMemory.idleMB} MB started; peak ${apiMemory.coldPeakMB} MB while ${CONNECTIONS} requests at once asked for ` +
        `the ${apiMemory.paths} cold exports (highest of ${RSS_RUNS} fresh processes: ${apiMemory.coldPeaksMB.join(', ')} MB; ${apiMemory.coldSeconds.join(', ')} s), ` +
        `${apiMemory.warmPeakMB} MB over ${apiMemory.warmRequests} warm requests on ${CONNECTIONS} connections  (target < ${RSS_TARGET_MB} MB: ${
          Math.max(apiMemory.coldPeakMB, apiMemory.warmPeakMB) < RSS_TARGET_MB ? 'met' : 'NOT met'
        })`,
    );
    console.log(
      `process RSS peak (servers and autocannon's worker together) during the 200 comparison: ${full.rssPeakMB ?? '?'} MB` +
        (conditional ? `; during the 304 comparison: ${conditional.rssPeakMB ?? '?'} MB` : ''),
    );

    await mkdir(join(RESULTS_FILE, '..'), { recursive: true });
    await writeFile(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          bench: 'programme',
          at: new Date().toISOString(),
          node: process.version,
          cpus: cpus().length,
          loadAverageAtStart: round(load),
          loadAverageAtEnd: round(loadavg()[0]),
          sharedMachine: 'other test runs were using the machine at the same time: absolute figures are noisy; the ratio is taken within the run',
          postgres: (await db.query('SHOW server_version')).rows[0].server_version,
          event: {
            slug: SLUG,
            timeZone: TIME_ZONE,
            days: DAYS,
            rooms: counts.rooms,
            tracks: counts.tracks,
            sessions: counts.sessions,
            slots: counts.slots,
            slotSpeakers: counts.slotSpeakers,
            speakers: counts.speakers,
          },
          seedMs: round(seedMs),
          migrationsMs: round(migrationsMs),
          publish: {
            v1: { ms: round(publishV1Ms), changelogEntries: v1.changelog.length, snapshotJsonBytes: v1Row.snapshotTextBytes, storedBytes: v1Row.storedBytes },
            changes: { ...changes, ms: round(changeMs), via: 'ProgrammeService.updateSession' },
            v2: {
              ms: round(publishV2Ms),
              changelogEntries: v2.changelog.length,
              changelogKinds: v2Kinds,
              changelogBytes: v2Row.changelogBytes,
              outboxMessages: outboxAdded,
            },
          },
          loadPublishedMs: round(loadMs),
          builds,
          firstRequests,
          cachedScheduleJson: {
            bytes: Buffer.byteLength(cached),
            connections: CONNECTIONS,
            seconds: SECONDS,
            warmupSeconds: WARMUP_SECONDS,
            tool: `autocannon ${AUTOCANNON_WORKERS > 0 ? `(${AUTOCANNON_WORKERS} worker thread)` : '(main thread)'}`,
            bare: 'node:http in this process, the same bytes (one Buffer) and headers; the 304s against Fastify (same version as the api, default options)',
            throughNestBefore: { results: throughNest200.phases, processRssPeakMB: throughNest200.rssPeakMB, ratio: round3(throughNest200.ratio) },
            asStringBefore: { results: asString.phases, processRssPeakMB: asString.rssPeakMB, ratio: round3(asString.ratio) },
            order: `bare, api, api, bare, ${ROUNDS} times: each for half of the seconds; each side = its requests / its measured seconds`,
            headers: headerCheck,
            results: full.phases,
            segments: full.segments,
            processRssPeakMB: full.rssPeakMB,
            processRssAtStartMB: full.rssStartMB,
            ratio: round3(full.ratio),
            target: { ratio: TARGET_RATIO, met },
          },
          ...(conditional
            ? {
                conditionalScheduleJson: {
                  seconds: CONDITIONAL_SECONDS,
                  results: conditional.phases,
                  segments: conditional.segments,
                  processRssPeakMB: conditional.rssPeakMB,
                  ratio: round3(conditional.ratio),
                  throughNestBefore: {
                    results: throughNest!.phases,
                    segments: throughNest!.segments,
                    ratio: round3(throughNest!.ratio),
                  },
                  withoutEventCacheBefore: {
                    results: conditionalBefore!.phases,
                    segments: conditionalBefore!.segments,
                    ratio: round3(conditionalBefore!.ratio),
                  },
                },
              }
            : {}),
          apiProcessMemory: { ...apiMemory, reads: undefined, connections: CONNECTIONS, targetMB: RSS_TARGET_MB },
          readsFromCache: { connections: 1, seconds: READ_SECONDS, targetP50Ms: READ_TARGET_P50_MS, results: reads },
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nResults written to ${RESULTS_FILE}`);
  } finally {
    await bare?.close().catch((error: unknown) => console.warn(`  closing the bare server: ${String(error)}`));
    bareHttp?.close();
    for (const server of bareServers) server.close();
    await app?.close().catch((error: unknown) => console.warn(`  closing the api: ${String(error)}`));
    await db.end().catch(() => undefined);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The event, its organiser, rooms, tracks, speakers, sessions, slots and slot speakers, in one
 * transaction of set-based statements. Ids are drawn into temporary grids first, so that slots
 * and speakers can be placed by their (day, room, session, slot) position.
 */
async function seed(db: pg.Client): Promise<{ eventId: string; organiserId: string }> {
  await db.query('BEGIN');
  try {
    const {
      rows: [event],
    } = await db.query(
      `INSERT INTO events (slug, name, description, organiser, venue, city, country, time_zone, start_date, end_date, languages)
       VALUES ($1, 'Hội nghị Thành phố học tập ASEAN+3 2030 (bench)', 'A synthetic five-day congress for the programme bench.', 'Plenary bench',
               'Trung tâm Hội nghị Quốc gia', 'Hà Nội', 'VN', $2, $3::date, $3::date + $4::int - 1, ARRAY['en', 'vi'])
       RETURNING id`,
      [SLUG, TIME_ZONE, FIRST_DAY, DAYS],
    );
    const eventId: string = event.id;
    const {
      rows: [organiser],
    } = await db.query(`INSERT INTO users (email, display_name, language) VALUES ('bench-organiser@bench.plenary.test', 'Bench Organiser', 'en') RETURNING id`);
    await db.query(`INSERT INTO event_roles (event_id, user_id, role) VALUES ($1, $2, 'organiser')`, [eventId, organiser.id]);

    await db.query(`CREATE TEMP TABLE bench_rooms ON COMMIT DROP AS SELECT r, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) r`, [ROOMS]);
    await db.query(
      `INSERT INTO rooms (id, event_id, name, capacity, location_note)
       SELECT id, $1, format('Phòng %s', to_char(r + 1, 'FM00')), 40 + (r * 37) % 460, format('Tầng %s, khu %s', r / 10 + 1, chr(65 + r % 4)) FROM bench_rooms`,
      [eventId],
    );
    await db.query(`CREATE TEMP TABLE bench_tracks ON COMMIT DROP AS SELECT t, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) t`, [TRACKS]);
    await db.query(
      `INSERT INTO tracks (id, event_id, name, colour)
       SELECT id, $1,
              (ARRAY['Học tập suốt đời cho mọi người', 'Green and healthy learning cities', 'Digital learning & skills', 'Đô thị học tập bền vững',
                     'GNLC membership and recognition', 'Học tập cộng đồng', 'Monitoring & evaluation', 'Youth and lifelong learning'])[t + 1],
              (ARRAY['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'])[t + 1]
         FROM bench_tracks`,
      [eventId],
    );

    await db.query(`CREATE TEMP TABLE bench_speakers ON COMMIT DROP AS SELECT k, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) k`, [SPEAKERS]);
    await db.query(
      `INSERT INTO users (id, email, display_name, language)
       SELECT id, format('speaker-%s@bench.plenary.test', to_char(k, 'FM0000')),
              format('%s %s %s', (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Kim', 'Park', 'Tanaka', 'Wang', 'Suzuki'])[k % 10 + 1],
                     (ARRAY['Thị', 'Văn', 'Minh', 'Hữu', 'Ji', 'Mei', 'Hiro', 'Xiao'])[(k / 10) % 8 + 1],
                     (ARRAY['Lan', 'Hùng', 'Mai', 'Dũng', 'Hoa', 'Seo-yeon', 'Yuki', 'Wei', 'Anh', 'Thảo',
                            'Quang', 'Linh', 'Sakura', 'Jun', 'Ming', 'Phương', 'Tuấn', 'Hằng', 'Min-jun', 'Kenji'])[(k / 80) % 20 + 1]),
              CASE WHEN k % 3 = 0 THEN 'en' ELSE 'vi' END
         FROM bench_speakers`,
    );
    await db.query(`INSERT INTO event_roles (event_id, user_id, role) SELECT $1, id, 'speaker' FROM bench_speakers`, [eventId]);

    // Sessions: day d, room r, i-th of the day, 50 minutes starting at 08:00 + i hours, local time.
    await db.query(
      `CREATE TEMP TABLE bench_sessions ON COMMIT DROP AS
       SELECT d, rm.r, i, gen_random_uuid() AS id, rm.id AS room_id,
              (($1::date + d) + time '08:00' + i * interval '1 hour') AT TIME ZONE $2 AS starts
         FROM generate_series(0, $3::int - 1) d, bench_rooms rm, generate_series(0, $4::int - 1) i`,
      [FIRST_DAY, TIME_ZONE, DAYS, SESSIONS_PER_ROOM_PER_DAY],
    );
    await db.query(
      `INSERT INTO sessions (id, event_id, type, title, abstract, track_id, room_id, during, seat_limit, chairs)
       SELECT s.id, $1,
              (ARRAY['plenary', 'parallel', 'panel', 'workshop', 'parallel', 'ceremony', 'panel', 'workshop', 'parallel', 'social'])[s.i + 1],
              jsonb_build_object(
                'en', format('Session %s.%s.%s: %s', s.d + 1, s.r + 1, s.i + 1,
                             (ARRAY['a learning city that leaves no one behind', 'green and healthy learning cities', 'digital learning and skills for all',
                                    'lifelong learning for older citizens', 'learning for climate action in cities', 'measuring a learning city',
                                    'city learning platforms for every neighbourhood', 'partnerships between universities and cities'])[(s.r + s.i) % 8 + 1]),
                'vi', format('Phiên %s.%s.%s: %s', s.d + 1, s.r + 1, s.i + 1,
                             (ARRAY['thành phố học tập không để ai bị bỏ lại phía sau', 'thành phố học tập xanh và lành mạnh', 'học tập số và kỹ năng cho mọi người',
                                    'học tập suốt đời cho người cao tuổi', 'học tập vì hành động khí hậu', 'đo lường thành phố học tập',
                                    'nền tảng học tập cho mọi khu phố', 'hợp tác giữa đại học và thành phố'])[(s.r + s.i) % 8 + 1])),
              jsonb_build_object(
                'en', 'Cities from across ASEAN+3 share how they build learning opportunities for every age group, from early childhood to older citizens, '
                      || 'and what they measure to know whether it works. Each speaker presents one city''s practice, followed by questions from the floor.',
                'vi', 'Các thành phố trong khu vực ASEAN+3 chia sẻ cách xây dựng cơ hội học tập cho mọi lứa tuổi, từ mầm non đến người cao tuổi, '
                      || 'và cách đo lường hiệu quả. Mỗi diễn giả trình bày thực tiễn của một thành phố, sau đó là phần hỏi đáp.'),
              t.id, s.room_id, tstzrange(s.starts, s.starts + interval '50 minutes', '[)'),
              CASE WHEN s.i % 3 = 1 THEN 30 + s.r ELSE NULL END,
              ARRAY[format('UNESCO Bangkok (%s)', s.r % 5 + 1)]
         FROM bench_sessions s JOIN bench_tracks t ON t.t = (s.r + s.i) % $2
        ORDER BY s.starts, s.r`,
      [eventId, TRACKS],
    );

    // Slots: 4 back-to-back 12-minute slots at the start of each session.
    await db.query(
      `CREATE TEMP TABLE bench_slots ON COMMIT DROP AS
       SELECT s.id AS session_id, s.d, s.r, s.i, j, gen_random_uuid() AS id, s.starts + j * interval '12 minutes' AS starts
         FROM bench_sessions s, generate_series(0, $1::int - 1) j`,
      [SLOTS_PER_SESSION],
    );
    await db.query(
      `INSERT INTO slots (id, session_id, title, during)
       SELECT id, session_id,
              format('%s (%s)', (ARRAY['Opening remarks', 'Case study', 'Lessons from the field', 'Questions and answers'])[j + 1],
                     (ARRAY['Sơn La', 'Hà Nội', 'Huế', 'Đà Nẵng', 'Yeonsu-gu', 'Okayama', 'Hangzhou', 'Bangkok', 'Makati', 'Surabaya'])[(r + i + j) % 10 + 1]),
              tstzrange(starts, starts + interval '12 minutes', '[)')
         FROM bench_slots ORDER BY starts, r`,
    );
    // Speaker k = r * 40 + (i * 4 + j): at any one time the 40 rooms have 40 different speakers.
    // A panel's second speaker is ((r + 1) mod 40) * 40 + (i * 4 + j + 20) mod 40: never one of the first speakers of that time.
    const perDay = SESSIONS_PER_ROOM_PER_DAY * SLOTS_PER_SESSION;
    await db.query(
      `INSERT INTO slot_speakers (slot_id, user_id, during, position)
       SELECT sl.id, sp.id, tstzrange(sl.starts, sl.starts + interval '12 minutes', '[)'), 0
         FROM bench_slots sl JOIN bench_speakers sp ON sp.k = sl.r * $1 + sl.i * $2 + sl.j
       UNION ALL
       SELECT sl.id, sp.id, tstzrange(sl.starts, sl.starts + interval '12 minutes', '[)'), 1
         FROM bench_slots sl JOIN bench_speakers sp ON sp.k = ((sl.r + 1) % $3) * $1 + (sl.i * $2 + sl.j + $1 / 2) % $1
        WHERE sl.i = ANY($4::int[])`,
      [perDay, SLOTS_PER_SESSION, ROOMS, PANEL_INDEXES],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
    return { eventId, organiserId: organiser.id };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * What an organiser does between versions, through the real service: the day's last session
 * (17:00) in the first rooms moves to 18:00 (free time, so the room, slot and speaker exclusion
 * constraints all hold), and a few sessions get a new English title.
 */
async function changeDraft(programme: ProgrammeService, event: EventContext, db: pg.Client): Promise<{ moved: number; retitled: number }> {
  const { rows: toMove } = await db.query(
    `SELECT s.id, to_char((lower(s.during) + interval '1 hour') AT TIME ZONE $2, 'YYYY-MM-DD"T"HH24:MI') AS start
       FROM sessions s JOIN rooms r ON r.id = s.room_id
      WHERE s.event_id = $1 AND (lower(s.during) AT TIME ZONE $2)::time = time '17:00'
      ORDER BY r.name, lower(s.during) LIMIT $3`,
    [event.id, TIME_ZONE, MOVED],
  );
  for (const session of toMove) await programme.updateSession(event, session.id, { start: session.start });
  const { rows: toRetitle } = await db.query(
    `SELECT id, title FROM sessions WHERE event_id = $1 AND (lower(during) AT TIME ZONE $2)::time = time '09:00' ORDER BY number LIMIT $3`,
    [event.id, TIME_ZONE, RETITLED],
  );
  for (const session of toRetitle) await programme.updateSession(event, session.id, { title: { ...session.title, en: `${session.title.en} (updated)` } });
  return { moved: toMove.length, retitled: toRetitle.length };
}

async function countRows(db: pg.Client, eventId: string) {
  const {
    rows: [row],
  } = await db.query(
    `SELECT (SELECT count(*) FROM sessions WHERE event_id = $1)::int AS sessions,
            (SELECT count(*) FROM slots sl JOIN sessions s ON s.id = sl.session_id WHERE s.event_id = $1)::int AS slots,
            (SELECT count(*) FROM slot_speakers sp JOIN slots sl ON sl.id = sp.slot_id JOIN sessions s ON s.id = sl.session_id WHERE s.event_id = $1)::int AS "slotSpeakers",
            (SELECT count(*) FROM event_roles WHERE event_id = $1 AND role = 'speaker')::int AS speakers,
            (SELECT count(*) FROM rooms WHERE event_id = $1)::int AS rooms,
            (SELECT count(*) FROM tracks WHERE event_id = $1)::int AS tracks`,
    [eventId],
  );
  return row as { sessions: number; slots: number; slotSpeakers: number; speakers: number; rooms: number; tracks: number };
}

async function versionRow(db: pg.Client, eventId: string, version: number) {
  const {
    rows: [row],
  } = await db.query(
    `SELECT octet_length(snapshot::text) AS "snapshotTextBytes", pg_column_size(snapshot) AS "storedBytes", octet_length(changelog::text) AS "changelogBytes"
       FROM programme_versions WHERE event_id = $1 AND number = $2`,
    [eventId, version],
  );
  return row as { snapshotTextBytes: number; storedBytes: number; changelogBytes: number };
}

async function outboxRows(db: pg.Client, eventId: string): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_id = $1`, [eventId]);
  return rows[0].n;
}

/** gc() without --expose-gc on the command line (the dispatcher's node has no flags). */
function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Runs a synchronous build once, from a collected heap, and reports its time and memory. The
 * build blocks the event loop, so nothing can sample during it: V8's own GC log (GCProfiler)
 * gives the heap before every collection, and the kernel keeps the RSS high-water mark.
 */
function measureBuild(gc: () => void, build: () => string): { output: string; coldMs: number; memory: MemoryPeak } {
  gc();
  gc();
  const baseline = v8.getHeapStatistics().used_heap_size;
  const rssBefore = process.memoryUsage().rss;
  resetRssPeak();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const started = performance.now();
  const output = build();
  const coldMs = performance.now() - started;
  const end = v8.getHeapStatistics().used_heap_size;
  const profile = profiler.stop() as unknown as { statistics: { gcType: string; beforeGC: { heapStatistics: { usedHeapSize: number } } }[] };
  const rssPeak = rssHighWaterMark() ?? process.memoryUsage().rss;
  const peak = Math.max(end, ...profile.statistics.map((entry) => entry.beforeGC.heapStatistics.usedHeapSize));
  gc();
  const retained = v8.getHeapStatistics().used_heap_size - baseline;
  return {
    output,
    coldMs,
    memory: {
      baselineHeapMB: mbNumber(baseline),
      peakHeapMB: mbNumber(peak),
      peakAboveBaselineMB: mbNumber(peak - baseline),
      retainedAfterGcMB: mbNumber(retained),
      gcs: profile.statistics.length,
      markCompacts: profile.statistics.filter((entry) => /MarkSweepCompact|MarkCompact/i.test(entry.gcType)).length,
      rssBeforeMB: mbNumber(rssBefore),
      rssPeakMB: mbNumber(rssPeak),
      rssPeakAboveBeforeMB: mbNumber(rssPeak - rssBefore),
    },
  };
}

/** Linux ≥ 4.0: "5" resets the peak RSS (VmHWM) to the current RSS. */
function resetRssPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: VmHWM then is the process's lifetime peak (reported as is).
  }
}

function rssHighWaterMark(): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Uncompressed unless asked: the bytes the builders made, compared with the bare servers' (fetch would ask for gzip). */
async function timedGet(url: string, headers: Record<string, string> = { 'accept-encoding': 'identity' }) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status, headers: response.headers, text, bytes: Buffer.byteLength(text), sha256: sha256(text) };
}

/**
 * The same route as the api's, reduced to its essence: the body and the version already in
 * memory, the same conditional GET, the same response headers.
 */
async function startBare(body: string | Buffer, etag: string, contentType: string): Promise<FastifyInstance> {
  const server = Fastify({ logger: false });
  server.get('/events/:slug/schedule.json', (request, reply) => {
    reply.header('X-Request-Id', randomUUID()).header('Vary', 'Accept-Encoding');
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(304).header('ETag', etag).header('Cache-Control', EXPORT_CACHE_CONTROL).send();
      return;
    }
    reply.header('ETag', etag).header('Cache-Control', EXPORT_CACHE_CONTROL).header('Content-Type', contentType).send(body);
  });
  await server.ready();
  return server;
}

/** The floor for sending bytes already in memory: node:http, nothing else. */
async function startBareHttp(body: Buffer, etag: string, contentType: string): Promise<Server> {
  const server = createServer((request, response) => {
    response.setHeader('X-Request-Id', randomUUID());
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', EXPORT_CACHE_CONTROL);
    if (matches(request.headers['if-none-match'], etag)) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/** Header names each side sends that the other does not, ignoring per-response values (date, request id). */
function compareHeaders(api: Headers, bare: Headers): { same: boolean; onlyApi: string[]; onlyBare: string[]; differentValues: string[]; summary: string } {
  const names = (headers: Headers) => new Set([...headers.keys()]);
  const apiNames = names(api);
  const bareNames = names(bare);
  const onlyApi = [...apiNames].filter((name) => !bareNames.has(name));
  const onlyBare = [...bareNames].filter((name) => !apiNames.has(name));
  const differentValues = [...apiNames].filter((name) => bareNames.has(name) && !['date', 'x-request-id'].includes(name) && api.get(name) !== bare.get(name));
  const same = onlyApi.length === 0 && onlyBare.length === 0 && differentValues.length === 0;
  const summary = same
    ? `same on both (${[...apiNames].sort().join(', ')})`
    : `api only: ${onlyApi.join(', ') || '-'}; bare only: ${onlyBare.join(', ') || '-'}; different values: ${differentValues.join(', ') || '-'}`;
  return { same, onlyApi, onlyBare, differentValues, summary };
}

/**
 * bare, api, api, bare (ABBA), each for half of `seconds` after an unmeasured warm-up of each, so
 * that a machine getting busier or quieter during the comparison weighs on both sides alike.
 * Each side's figure is its requests over its measured time; the ratio is api / bare.
 */
async function comparison(
  label: string,
  apiUrl: string,
  bareUrl: string,
  seconds: number,
  headers: Record<string, string>,
  queries: QueryCounter,
  rounds = 1,
): Promise<{ phases: Throughput[]; segments: Throughput[]; ratio: number; rssPeakMB: number | null; rssStartMB: number }> {
  resetRssPeak();
  // What the process held already (builds, caches, V8's kept heap): the peak above it is what the requests cost.
  const rssStartMB = mbNumber(process.memoryUsage().rss);
  if (WARMUP_SECONDS > 0) {
    await cannon(bareUrl, WARMUP_SECONDS, headers, `warm-up bare ${label}`);
    await cannon(apiUrl, WARMUP_SECONDS, headers, `warm-up api ${label}`);
  }
  const half = Math.max(1, Math.round(seconds / 2));
  const segments: Throughput[] = [];
  queries.reset();
  let apiQueries = 0;
  const order = Array.from({ length: rounds }, () => ['bare', 'api', 'api', 'bare'] as const).flat();
  for (const [index, side] of order.entries()) {
    const before = queries.count;
    const segment = await phase(`${side} ${label} #${index + 1}`, side === 'api' ? apiUrl : bareUrl, half, headers);
    if (side === 'api') apiQueries += queries.count - before;
    segments.push(segment);
  }
  const api = combine(
    `api ${label}`,
    segments.filter((segment) => segment.name.startsWith('api')),
  );
  api.sqlPerRequest = round(apiQueries / Math.max(1, api.requests));
  const bare = combine(
    `bare ${label}`,
    segments.filter((segment) => segment.name.startsWith('bare')),
  );
  const peak = rssHighWaterMark();
  return {
    phases: [bare, api],
    segments,
    ratio: api.requestsPerSecond / bare.requestsPerSecond,
    rssPeakMB: peak === undefined ? null : mbNumber(peak),
    rssStartMB,
  };
}

/** One connection, one request after another: what a reader waits for a read served from the caches. */
async function measuredRead(name: string, url: string, queries: QueryCounter, headers: Record<string, string> = {}): Promise<Throughput> {
  await sequentialReads(`warm-up ${name}`, url, 1, headers);
  await settle();
  const before = queries.count;
  const measured = await sequentialReads(name, url, READ_SECONDS, headers);
  return { ...measured, sqlPerRequest: round((queries.count - before) / Math.max(1, measured.requests)) };
}

/**
 * The built api in a process of its own on the bench's database (published v2 already there): its RSS
 * once started, its peak while CONNECTIONS requests at once ask for the four exports not built yet in
 * that process (each built once, the others waiting for it), then its peak over SECONDS of warm
 * requests on CONNECTIONS connections, uncompressed (the largest answers).
 */
async function apiProcessMemory(databaseUrl: string, dataDir: string) {
  const runs = [];
  // The cold peak depends on when the collector runs: a fresh process each time, the highest figure counts.
  for (let run = 1; run <= RSS_RUNS; run++) runs.push(await apiProcessRun(databaseUrl, dataDir, run === RSS_RUNS));
  const last = runs.at(-1)!;
  return {
    ...last,
    idleMB: Math.max(...runs.map((one) => one.idleMB)),
    coldPeakMB: Math.max(...runs.map((one) => one.coldPeakMB)),
    coldPeaksMB: runs.map((one) => one.coldPeakMB),
    coldSeconds: runs.map((one) => one.coldSeconds),
  };
}

async function apiProcessRun(databaseUrl: string, dataDir: string, warmToo: boolean) {
  const port = await freePort();
  const api = BenchProcess.start('api', API_MAIN, { ...builtAppEnv(databaseUrl, dataDir), PORT: String(port), RUN_WORKER: 'false' });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealthy(base, () => (api.alive ? undefined : `the api exited while starting:\n${api.log}`));
    const paths = ['schedule.json', 'schedule.xml', 'schedule.ics', 'programme'].map((name) => `${base}/events/${SLUG}/${name}`);
    await sleep(1000);
    const idleMB = api.memoryMB().rss;
    const resettable = api.resetPeakRss();
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, index) => {
        const response = await fetch(paths[index % paths.length], { headers: { 'accept-encoding': 'identity' } });
        await response.arrayBuffer();
        return String(response.status);
      }),
    );
    const cold = {
      idleMB,
      coldPeakMB: api.memoryMB().peak,
      coldSeconds: round((performance.now() - started) / 1000),
      coldStatuses: countBy(statuses),
      paths: paths.length,
      peakReset: resettable ? 'VmHWM reset before each phase' : 'VmHWM not resettable here: peaks are since the start',
    };
    if (!warmToo) return { ...cold, reads: [], warmPeakMB: Number.NaN, warmRequests: 0, warmNon2xx: 0 };
    api.resetPeakRss();
    const warm = await cannon(paths[0], SECONDS, {}, 'api process, warm schedule.json', CONNECTIONS);
    const warmPeakMB = api.memoryMB().peak;
    // The timetable from cache as `npm start` serves it, one request at a time: uncompressed, and as a browser asks.
    const reads = [
      await sequentialReads(`api process alone: ${UNCOMPRESSED_TIMETABLE}`, paths[3], READ_SECONDS),
      await sequentialReads('api process alone: GET /events/{slug}/programme as a browser asks (br)', paths[3], READ_SECONDS, BROWSER_ENCODINGS),
      await processFloor(paths[3], dataDir),
    ];
    return { ...cold, reads, warmPeakMB, warmRequests: warm.requests.total, warmNon2xx: warm.non2xx };
  } finally {
    await api.stop();
  }
}

/** The same uncompressed bytes as `url` answers, sent by node:http in a process of its own, one request at a time. */
async function processFloor(url: string, dataDir: string): Promise<Throughput> {
  const file = join(dataDir, 'bare-http-body');
  await writeFile(file, Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()));
  const bare = BenchProcess.start('bare-http', BARE_HTTP_MAIN, { BODY_FILE: file, CONTENT_TYPE: 'application/json; charset=utf-8' }, { ipc: true });
  try {
    const port = await bare.listeningPort();
    return await sequentialReads(UNCOMPRESSED_PROCESS_FLOOR, `http://127.0.0.1:${port}/`, READ_SECONDS);
  } finally {
    await bare.stop(5_000);
  }
}

/**
 * "Before" in the same run: the event cache keeping nothing (every entry already stale) makes each
 * request look its event up again, as it did before the cache. Reaches into the cache's options.
 */
function eventCacheSwitch(eventCache: EventCache) {
  const options = (eventCache as unknown as { options?: { hearingTtlMs: number; deafTtlMs: number } }).options;
  if (!options || typeof options.hearingTtlMs !== 'number') throw new Error('the event cache has changed shape: update the bench');
  return {
    async without<T>(work: () => Promise<T>): Promise<T> {
      const kept = { ...options };
      options.hearingTtlMs = 0;
      options.deafTtlMs = 0;
      try {
        return await work();
      } finally {
        Object.assign(options, kept);
      }
    },
  };
}

/** One side's segments as one run: requests over measured time; latencies as the worse segment's. */
function combine(name: string, segments: Throughput[]): Throughput {
  const requests = segments.reduce((sum, segment) => sum + segment.requests, 0);
  const seconds = segments.reduce((sum, segment) => sum + segment.seconds, 0);
  const statusCodes: Record<string, number> = {};
  for (const segment of segments) for (const [code, count] of Object.entries(segment.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  return {
    name,
    requests,
    seconds: round(seconds),
    requestsPerSecond: round(requests / seconds),
    mbPerSecond: round(segments.reduce((sum, segment) => sum + segment.mbPerSecond * segment.seconds, 0) / seconds),
    p50Ms: Math.max(...segments.map((segment) => segment.p50Ms)),
    p99Ms: Math.max(...segments.map((segment) => segment.p99Ms)),
    maxMs: Math.max(...segments.map((segment) => segment.maxMs)),
    non2xx: segments.reduce((sum, segment) => sum + segment.non2xx, 0),
    errors: segments.reduce((sum, segment) => sum + segment.errors, 0),
    timeouts: segments.reduce((sum, segment) => sum + segment.timeouts, 0),
    statusCodes,
    processCpuMsPerRequest: round3(segments.reduce((sum, segment) => sum + segment.processCpuMsPerRequest * segment.requests, 0) / Math.max(1, requests)),
  };
}

async function phase(name: string, url: string, seconds: number, headers: Record<string, string>, connections = CONNECTIONS): Promise<Throughput> {
  const settledMs = await settle();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const result = await cannon(url, seconds, headers, name, connections);
  const elapsedS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const ok = result['2xx'] + (result['3xx'] ?? 0);
  const wantedStatus = headers['if-none-match'] ? '304' : '200';
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]));
  const good = statusCodes[wantedStatus] ?? 0;
  const measured: Throughput = {
    name,
    requests: good,
    seconds: round(result.duration ?? elapsedS),
    requestsPerSecond: round(good / (result.duration ?? elapsedS)),
    mbPerSecond: round(result.throughput.average / 1e6),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx - (wantedStatus === '304' ? good : 0),
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    // Servers and autocannon's worker share the process: this is all of it, per request.
    processCpuMsPerRequest: round3((cpu.user + cpu.system) / 1000 / Math.max(1, ok)),
  };
  console.log(
    `  ${name}: ${measured.requestsPerSecond} requests/s (${good} in ${measured.seconds} s, after ${settledMs} ms to settle), ${measured.mbPerSecond} MB/s, ` +
      `p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms; errors ${measured.errors}, timeouts ${measured.timeouts}, statuses ${JSON.stringify(statusCodes)}`,
  );
  if (good === 0 || measured.errors > 0 || Object.keys(statusCodes).some((code) => code !== wantedStatus)) {
    throw new Error(`${name}: unexpected answers (${JSON.stringify(statusCodes)}, ${measured.errors} errors)`);
  }
  return measured;
}

/**
 * Waits until this process's event loop is nearly idle. When autocannon stops, the server still
 * owes up to BENCH_CONNECTIONS responses (4.65 MB each, or a queued SQL lookup) to closed sockets;
 * without this, that work would be charged to the next segment, whichever side it measures.
 */
async function settle(maxMs = 15_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, 250));
    const { utilization } = performance.eventLoopUtilization(before);
    if (utilization < 0.1 || performance.now() - started > maxMs) return Math.round(performance.now() - started);
  }
}

async function cannon(url: string, seconds: number, headers: Record<string, string>, title: string, connections = CONNECTIONS): Promise<autocannon.Result> {
  const options = {
    url,
    title,
    method: 'GET' as const,
    headers,
    connections,
    duration: seconds,
    timeout: 30,
    ...(AUTOCANNON_WORKERS > 0 ? { workers: AUTOCANNON_WORKERS } : {}),
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(options as autocannon.Options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on?.('error', reject);
  });
}

function printTable(phases: Throughput[]): void {
  const rows = [
    ['run', 'requests/s', 'MB/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'SQL/req', 'CPU ms/req'],
    ...phases.map((p) => [
      p.name,
      p.requestsPerSecond.toFixed(1),
      p.mbPerSecond.toFixed(1),
      String(p.p50Ms),
      String(p.p99Ms),
      String(p.requests),
      String(p.errors + p.timeouts),
      p.sqlPerRequest === undefined ? '-' : String(p.sqlPerRequest),
      p.processCpuMsPerRequest.toFixed(3),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ms = (value: number) => value.toFixed(0);
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
const kb = (bytes: number) => (bytes / 1e3).toFixed(1);
const mbNumber = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;
