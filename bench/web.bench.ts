import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { percentile, positiveInt, round } from './support/figures.js';
import { findChromium } from '@app/testing';

/**
 * The public timetable of the demo event, as people get it: the built system (`node dist/apps/api/src/main.js`,
 * api + worker + the web app from dist/web, or WEB_ROOT) on a fresh database with the demo loaded, opened in
 * headless Chromium (playwright-core; CHROMIUM_PATH, /usr/bin/chromium or the one from npm, as the browser tests).
 *
 * Budget (issue 8): interactive within 1.5 s on this machine; the JavaScript it loads under 250 KB gzipped.
 *
 * Time to interactive of one load = the page's own `plenary:timetable-interactive` mark (set once the grid is
 * on screen with its handlers attached, measured from navigation start), checked by a click on a session
 * that must open its details. Measured BENCH_WEB_LOADS times each:
 *   - cold: a new browser context each time (empty HTTP cache: every script and the data are fetched);
 *   - warm: reloads in one context (scripts from the cache, the programme revalidated: 304).
 * The session page (issue 19) the same way, cold: its own `plenary:session-interactive` mark (the session on screen
 * with its agenda and calendar controls), and the JavaScript it adds to what the timetable already loaded.
 * The organiser's dashboard of the demo event the same way, cold, signed in as the platform admin: its own
 * `plenary:dashboard-interactive` mark (the registration counts on screen).
 * Reference: the bare data, a navigation to GET /events/{slug}/programme (the JSON the timetable draws, no
 * script at all): the floor any page showing this programme stands on.
 *
 * Goals (issue 21): the timetable interactive within 1.0 s cold, the dashboard within 1.5 s.
 * BENCH_WEB_COMPARE=<another built web app> (e.g. a copy of dist/web from before a change) serves that build
 * from a second api process on the same database, and measures both builds' cold loads in turn, load by load,
 * so the two are side by side under the same load of the machine.
 *
 *   npm run bench -- web
 *   BENCH_WEB_LOADS=3 npm run bench -- web        (quick check)
 *   cp -r dist/web /tmp/web-before; (change, build); BENCH_WEB_COMPARE=/tmp/web-before npm run bench -- web
 */

const LOADS = positiveInt('BENCH_WEB_LOADS', 9);
const BUDGET_MS = 1500;
const JS_BUDGET_BYTES = 250 * 1024;
/** What a session page may add to the timetable's JavaScript (issue 19). */
const SESSION_JS_BUDGET_BYTES = 30 * 1024;
/** Issue 21: the goals on this machine, cold. */
const TIMETABLE_GOAL_MS = 1000;
const DASHBOARD_GOAL_MS = 1500;
const SLUG = 'aseanplus3-learning-cities-2024';
const ADMIN_EMAIL = 'bench-admin@plenary.test';
const ADMIN_PASSWORD = 'bench admin password, long enough';
const SESSION_TITLE = 'Parallel discussion 1: a learning city that leaves no one behind';
const HERE = fileURLToPath(new URL('.', import.meta.url));
/** dist/bench/web.bench.js → the repository. */
const ROOT = resolve(HERE, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/src/main.js');
const RESULTS_FILE = join(ROOT, 'bench/results/web.json');

interface Load {
  interactiveMs: number;
  clickToDetailsMs: number;
  scripts: { url: string; gzip: number; transferred: number }[];
}

interface Summary {
  loads: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
  clickToDetailsMedianMs: number;
  ratioToBudget: number;
}

export async function run(): Promise<void> {
  const load = loadavg()[0];
  console.log(
    `web: the demo timetable in headless chromium, ${LOADS} cold and ${LOADS} warm loads; ${cpus().length} CPUs, node ${process.version}, load average ${load.toFixed(2)}`,
  );
  if (load > cpus().length / 2) console.warn(`  warning: the machine is busy (load ${load.toFixed(2)} on ${cpus().length} CPUs): times are noisy`);
  const webRoot = process.env.WEB_ROOT ?? join(ROOT, 'dist/web');
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`no built web app in ${webRoot}: npm run build:web first`);

  const compareRoot = process.env.BENCH_WEB_COMPARE;
  if (compareRoot && !existsSync(join(compareRoot, 'index.html'))) throw new Error(`BENCH_WEB_COMPARE: no built web app in ${compareRoot}`);
  const database: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-web-'));
  let api: ChildProcess | undefined;
  let compareApi: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const started = performance.now();
    api = startApi(port, database.url, dataDir, webRoot, true);
    await waitForTimetable(baseUrl, api);
    console.log(`  system up with the demo in ${(performance.now() - started).toFixed(0)} ms (${baseUrl}, web app from ${webRoot})`);
    let compared: { baseUrl: string; root: string } | undefined;
    if (compareRoot) {
      const comparePort = await freePort();
      compareApi = startApi(comparePort, database.url, dataDir, compareRoot, false);
      compared = { baseUrl: `http://127.0.0.1:${comparePort}`, root: compareRoot };
      await waitForTimetable(compared.baseUrl, compareApi);
      console.log(`  compared build from ${compareRoot} at ${compared.baseUrl} (a second api process, no worker)`);
    }

    const { executablePath, env } = await findChromium();
    browser = await chromium.launch({
      executablePath,
      env: { ...process.env, ...env },
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-extensions', '--no-first-run'],
    });
    const url = `${baseUrl}/events/${SLUG}/timetable`;

    // One unmeasured load, so the api's export cache and the OS file cache are as people meet them.
    const primer = await browser.newContext();
    await measureLoad(await primer.newPage(), url);
    await primer.close();

    const token = await signIn(baseUrl);
    const dashboardUrl = `/organiser/events/${SLUG}`;
    const cold: Load[] = [];
    const dashboard: Load[] = [];
    const comparedCold: Load[] = [];
    const comparedDashboard: Load[] = [];
    if (compared) {
      const primed = await browser.newContext();
      await measureLoad(await primed.newPage(), `${compared.baseUrl}/events/${SLUG}/timetable`);
      await primed.close();
    }
    for (let index = 0; index < LOADS; index++) {
      cold.push(await coldLoad(browser, (page) => measureLoad(page, url)));
      if (compared) comparedCold.push(await coldLoad(browser, (page) => measureLoad(page, `${compared.baseUrl}/events/${SLUG}/timetable`)));
      dashboard.push(await coldLoad(browser, (page) => measureDashboardLoad(page, baseUrl + dashboardUrl), token));
      if (compared) comparedDashboard.push(await coldLoad(browser, (page) => measureDashboardLoad(page, compared.baseUrl + dashboardUrl), token));
    }
    const warmContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const warmPage = await warmContext.newPage();
    await measureLoad(warmPage, url);
    const warm: Load[] = [];
    for (let index = 0; index < LOADS; index++) warm.push(await measureLoad(warmPage, url));
    await warmContext.close();

    const programme = (await (await fetch(`${baseUrl}/events/${SLUG}/programme`)).json()) as {
      days: { rooms: { sessions: { id: string; displayTitle: string }[] }[] }[];
    };
    const sessionId = programme.days.flatMap((day) => day.rooms.flatMap((room) => room.sessions)).find((session) => session.displayTitle === SESSION_TITLE)!.id;
    const sessionUrl = `${baseUrl}/events/${SLUG}/sessions/${sessionId}`;
    const sessionLoads: Load[] = [];
    for (let index = 0; index < LOADS; index++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      sessionLoads.push(await measureSessionLoad(await context.newPage(), sessionUrl));
      await context.close();
    }

    const data: number[] = [];
    for (let index = 0; index < LOADS; index++) data.push(await measureData(browser, `${baseUrl}/events/${SLUG}/programme`));

    const scripts = cold[0].scripts;
    const gzipBytes = scripts.reduce((sum, script) => sum + script.gzip, 0);
    const transferredBytes = scripts.reduce((sum, script) => sum + script.transferred, 0);
    const coldSummary = summarise(cold);
    const warmSummary = summarise(warm);
    const dataSorted = [...data].sort((a, b) => a - b);
    const dataMedian = round(percentile(dataSorted, 0.5));

    console.log(
      `  JavaScript the timetable loads: ${scripts.length} files, ${kb(gzipBytes)} KB gzipped (${kb(transferredBytes)} KB transferred as brotli); budget ${kb(JS_BUDGET_BYTES)} KB → ratio ${(gzipBytes / JS_BUDGET_BYTES).toFixed(2)}`,
    );
    for (const script of scripts) console.log(`    ${script.url}: ${kb(script.gzip)} KB gzipped`);
    console.log('');
    const rows = [
      ['load', 'median ms', 'p90 ms', 'min ms', 'max ms', 'click→details ms', 'ratio to 1.5 s'],
      ['cold (empty cache)', ...figures(coldSummary)],
      ['warm (cached scripts)', ...figures(warmSummary)],
      [
        'data only: GET /programme',
        String(dataMedian),
        String(round(percentile(dataSorted, 0.9))),
        String(round(dataSorted[0])),
        String(round(dataSorted[dataSorted.length - 1])),
        '-',
        (dataMedian / BUDGET_MS).toFixed(2),
      ],
    ];
    printTable(rows);
    console.log('');
    const sessionSummary = summarise(sessionLoads);
    const timetableScripts = new Set(scripts.map((script) => script.url));
    const sessionScripts = sessionLoads[0].scripts;
    const addedScripts = sessionScripts.filter((script) => !timetableScripts.has(script.url));
    const addedGzip = addedScripts.reduce((sum, script) => sum + script.gzip, 0);
    console.log(
      `  session page: cold median ${sessionSummary.medianMs} ms (p90 ${sessionSummary.p90Ms}) → ${sessionSummary.ratioToBudget.toFixed(2)} of the 1.5 s budget; ` +
        `its JavaScript beyond the timetable's ${kb(addedGzip)} KB gzipped (budget ${kb(SESSION_JS_BUDGET_BYTES)} KB → ratio ${(addedGzip / SESSION_JS_BUDGET_BYTES).toFixed(2)})`,
    );
    for (const script of addedScripts) console.log(`    ${script.url}: ${kb(script.gzip)} KB gzipped`);
    console.log('');
    const dashboardSummary = summarise(dashboard);
    const dashboardGzip = dashboard[0].scripts.reduce((sum, script) => sum + script.gzip, 0);
    console.log(
      `  dashboard (signed in, demo data): cold median ${dashboardSummary.medianMs} ms (p90 ${dashboardSummary.p90Ms}, ${dashboardSummary.minMs}–${dashboardSummary.maxMs}); ` +
        `its JavaScript ${dashboard[0].scripts.length} files, ${kb(dashboardGzip)} KB gzipped`,
    );
    console.log('');
    const goals = [
      ['cold load, median (min–max)', 'timetable', 'ratio to 1.0 s', 'dashboard', 'ratio to 1.5 s', 'timetable JS gz', 'dashboard JS gz'],
      goalRow('this build', cold, dashboard),
      ...(compared ? [goalRow('compared build', comparedCold, comparedDashboard)] : []),
    ];
    if (compared) {
      const ratio = (mine: Load[], theirs: Load[]) => (summarise(mine).medianMs / summarise(theirs).medianMs).toFixed(2);
      goals.push(['this / compared', ratio(cold, comparedCold), '', ratio(dashboard, comparedDashboard), '', '', '']);
    }
    printTable(goals);
    console.log('');
    console.log(
      `  timetable interactive: cold median ${coldSummary.medianMs} ms, warm median ${warmSummary.medianMs} ms → ${coldSummary.ratioToBudget.toFixed(2)} / ${warmSummary.ratioToBudget.toFixed(2)} of the 1.5 s budget ` +
        `(${coldSummary.medianMs <= BUDGET_MS ? 'within' : 'OVER'}); the data alone takes ${dataMedian} ms`,
    );

    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    writeFileSync(
      RESULTS_FILE,
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          machine: { cpus: cpus().length, loadAverage: round(load), node: process.version },
          page: `/events/${SLUG}/timetable`,
          budget: { interactiveMs: BUDGET_MS, javascriptGzipBytes: JS_BUDGET_BYTES },
          javascript: { files: scripts, gzipBytes, transferredBytes, ratioToBudget: round(gzipBytes / JS_BUDGET_BYTES) },
          interactive: { cold: coldSummary, warm: warmSummary },
          goals: {
            timetableColdMs: TIMETABLE_GOAL_MS,
            dashboardColdMs: DASHBOARD_GOAL_MS,
            timetableRatio: round(coldSummary.medianMs / TIMETABLE_GOAL_MS),
            dashboardRatio: round(dashboardSummary.medianMs / DASHBOARD_GOAL_MS),
          },
          dashboard: {
            page: `/organiser/events/${SLUG}`,
            interactive: { cold: dashboardSummary },
            javascript: { files: dashboard[0].scripts, gzipBytes: dashboardGzip },
          },
          ...(compared
            ? {
                compared: {
                  webRoot: compared.root,
                  timetable: { cold: summarise(comparedCold), javascriptGzipBytes: gzipOf(comparedCold[0]) },
                  dashboard: { cold: summarise(comparedDashboard), javascriptGzipBytes: gzipOf(comparedDashboard[0]) },
                },
              }
            : {}),
          sessionPage: {
            page: `/events/${SLUG}/sessions/{id}`,
            interactive: { cold: sessionSummary },
            addedJavascript: {
              files: addedScripts,
              gzipBytes: addedGzip,
              budgetBytes: SESSION_JS_BUDGET_BYTES,
              ratioToBudget: round(addedGzip / SESSION_JS_BUDGET_BYTES),
            },
          },
          reference: { dataOnlyNavigationMedianMs: dataMedian, samples: data.map(round) },
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`  results in ${RESULTS_FILE}`);
  } finally {
    await browser?.close();
    for (const child of [compareApi, api]) {
      if (!child || child.exitCode !== null) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Records the scripts a page loads (gzip size and bytes sent); `done()` waits for their bodies and stops recording. */
function recordScripts(page: Page): { done(): Promise<Load['scripts']> } {
  const scripts: Load['scripts'] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        scripts.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length, transferred: sizes.responseBodySize });
      })(),
    );
  };
  page.on('response', onResponse);
  return {
    async done() {
      await Promise.all(pending);
      page.off('response', onResponse);
      return scripts.sort((a, b) => a.url.localeCompare(b.url));
    },
  };
}

/** One navigation to the timetable: until the page marks itself interactive and a session's details open on click. */
async function measureLoad(page: Page, url: string): Promise<Load> {
  const recorded = recordScripts(page);
  await page.goto(url);
  const button = page.getByRole('button', { name: SESSION_TITLE, exact: true });
  await button.waitFor();
  // A string, so this file needs no DOM types: the mark's time from navigation start.
  const interactiveMs = await page.evaluate<number>(`performance.getEntriesByName('plenary:timetable-interactive')[0]?.startTime ?? -1`);
  if (interactiveMs < 0) throw new Error('the timetable did not mark itself interactive');
  const clicked = performance.now();
  await button.click();
  await page.getByRole('dialog', { name: SESSION_TITLE }).waitFor();
  const clickToDetailsMs = performance.now() - clicked;
  return { interactiveMs, clickToDetailsMs, scripts: await recorded.done() };
}

/** The built system on a port, serving one build of the web app; the compared one runs no worker of its own. */
function startApi(port: number, databaseUrl: string, dataDir: string, webRoot: string, worker: boolean): ChildProcess {
  return spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      WEB_ROOT: webRoot,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-keys',
      RUN_WORKER: String(worker),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A load in a new browser context (empty HTTP cache); with a token, signed in as the app keeps it (localStorage). */
async function coldLoad(browser: Browser, measure: (page: Page) => Promise<Load>, token?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (token) await context.addInitScript(`localStorage.setItem('plenary.token', ${JSON.stringify(token)})`);
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

/** One navigation to the dashboard: until it marks itself interactive with the counts on screen. */
async function measureDashboardLoad(page: Page, url: string): Promise<Load> {
  const recorded = recordScripts(page);
  await page.goto(url);
  await page.getByRole('list', { name: 'Summary' }).waitFor();
  const interactiveMs = await page.evaluate<number>(`performance.getEntriesByName('plenary:dashboard-interactive')[0]?.startTime ?? -1`);
  if (interactiveMs < 0) throw new Error('the dashboard did not mark itself interactive');
  await page.waitForLoadState('networkidle');
  return { interactiveMs, clickToDetailsMs: 0, scripts: await recorded.done() };
}

const gzipOf = (load: Load) => load.scripts.reduce((sum, script) => sum + script.gzip, 0);

function goalRow(label: string, timetable: Load[], dashboard: Load[]): string[] {
  const t = summarise(timetable);
  const d = summarise(dashboard);
  return [
    label,
    `${t.medianMs} (${t.minMs}–${t.maxMs})`,
    (t.medianMs / TIMETABLE_GOAL_MS).toFixed(2),
    `${d.medianMs} (${d.minMs}–${d.maxMs})`,
    (d.medianMs / DASHBOARD_GOAL_MS).toFixed(2),
    `${kb(gzipOf(timetable[0]))} KB`,
    `${kb(gzipOf(dashboard[0]))} KB`,
  ];
}

/** One navigation to a session page: until it marks itself interactive with its title on screen (no click: it has no dialog). */
async function measureSessionLoad(page: Page, url: string): Promise<Load> {
  const recorded = recordScripts(page);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: SESSION_TITLE }).waitFor();
  const interactiveMs = await page.evaluate<number>(`performance.getEntriesByName('plenary:session-interactive')[0]?.startTime ?? -1`);
  if (interactiveMs < 0) throw new Error('the session page did not mark itself interactive');
  await page.waitForLoadState('networkidle');
  return { interactiveMs, clickToDetailsMs: 0, scripts: await recorded.done() };
}

/** The reference: the programme's JSON alone, navigated to in a fresh context, until its load event. */
async function measureData(browser: Browser, url: string): Promise<number> {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate<number>(`performance.getEntriesByType('navigation')[0].loadEventEnd`);
  await context.close();
  return ms;
}

function summarise(loads: Load[]): Summary {
  const times = loads.map((load) => load.interactiveMs).sort((a, b) => a - b);
  const clicks = loads.map((load) => load.clickToDetailsMs).sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  return {
    loads: loads.length,
    medianMs: round(median),
    p90Ms: round(percentile(times, 0.9)),
    minMs: round(times[0]),
    maxMs: round(times[times.length - 1]),
    clickToDetailsMedianMs: round(percentile(clicks, 0.5)),
    ratioToBudget: Math.round((median / BUDGET_MS) * 100) / 100,
  };
}

const figures = (summary: Summary) => [
  String(summary.medianMs),
  String(summary.p90Ms),
  String(summary.minMs),
  String(summary.maxMs),
  String(summary.clickToDetailsMedianMs),
  summary.ratioToBudget.toFixed(2),
];

async function waitForTimetable(baseUrl: string, api: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the api exited with ${api.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/events/${SLUG}/programme`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the demo timetable was not served within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`  ${line(rows[0])}`);
  console.log(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(`  ${line(row)}`);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
