import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { spawnApi, type SpawnedApi, waitForHealthy } from './support/spawned-api.js';

const run = promisify(execFile);
const SOURCES = ['apps', 'libs', 'bench', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json', 'dist'];

/**
 * `npm start` builds only what changed: the build skipped must never be a stale one. Works on a copy of
 * the checkout (with its dist/, so tsc's incremental state comes along) to edit sources freely.
 */
describe('npm run build, only what changed', () => {
  let root: string;
  let database: TestDatabase;
  let api: SpawnedApi | undefined;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'plenary-build-'));
    for (const source of SOURCES.filter((source) => existsSync(source))) cpSync(source, join(root, source), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  const build = async () => (await run(process.execPath, ['scripts/build.js'], { cwd: root, maxBuffer: 16 * 1024 * 1024 })).stdout;
  const edit = (file: string, from: string, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };

  it('skips an unchanged server and web app, and rebuilds each as soon as one of its sources changes', async () => {
    await build();
    const again = await build();
    expect(again).toContain('build: server unchanged, not rebuilt');
    expect(again).toContain('build: web app unchanged, not rebuilt');

    // A change to the server alone: the web app stays as it is.
    edit('apps/api/src/create-api-app.ts', ".setTitle('Plenary API')", ".setTitle('Plenary API, rebuilt')");
    const server = await build();
    expect(server).toMatch(/build: server built in/);
    expect(server).toContain('build: web app unchanged, not rebuilt');

    edit('apps/web/index.html', '<title>Plenary</title>', '<title>Plenary, rebuilt</title>');
    const web = await build();
    expect(web).toContain('build: server unchanged, not rebuilt');
    expect(web).toMatch(/build: web app built in/);

    // What the rebuilt api serves: both changes, and its @app/* imports rewritten, or it would not start.
    api = await spawnApi({ DATABASE_URL: database.url, DATA_DIR: join(root, '.data') }, join(root, 'dist/apps/api/src/main.js'));
    await waitForHealthy(api, 60_000);
    const openApi = (await (await fetch(`${api.baseUrl}/docs-json`)).json()) as { info: { title: string } };
    expect(openApi.info.title).toBe('Plenary API, rebuilt');
    expect(await (await fetch(`${api.baseUrl}/`, { headers: { accept: 'text/html' } })).text()).toContain('<title>Plenary, rebuilt</title>');
  }, 300_000);
});
