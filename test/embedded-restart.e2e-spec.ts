import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, killEmbeddedPostgres, postmasterPid } from './support/embedded-postgres.js';
import { spawnApi, type SpawnedApi, waitForHealthy } from './support/spawned-api.js';

/** The embedded default after the api dies without cleaning up, and the embedded server's own secrets. */
describe('npm start on the embedded default, after a crash', () => {
  let dataDir: string;
  let api: SpawnedApi | undefined;

  beforeAll(() => {
    // Under /tmp, not the test's private dir: PostgreSQL runs as its own user and must reach it.
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-restart-'));
  });
  afterEach(async () => {
    await api?.stop('SIGKILL');
    api = undefined;
  });
  afterAll(() => {
    killEmbeddedPostgres(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = () => spawnApi({ DATA_DIR: dataDir, ADMIN_PASSWORD: 'restart-admin-password' });

  it('stops the PostgreSQL orphaned by a kill -9 of the api, says so, and starts normally', async () => {
    api = await start();
    await waitForHealthy(api, 120_000);
    const orphan = postmasterPid(dataDir)!;
    expect(isAlive(orphan)).toBe(true);

    api.process.kill('SIGKILL');
    await api.exited;
    // What an OOM kill leaves behind: the server still running on our data folder.
    expect(isAlive(orphan)).toBe(true);

    api = await start();
    await waitForHealthy(api, 60_000);
    expect(api.output()).toContain(`Stopping an orphaned PostgreSQL (pid ${orphan}) left running on ${join(dataDir, 'postgres')}`);
    expect(isAlive(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    const login = await fetch(`${api.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@plenary.local', password: 'restart-admin-password' }),
    });
    expect(login.status).toBe(200);

    expect(await api.stop('SIGTERM')).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('names the reason when PostgreSQL itself refuses to start, never "undefined"', async () => {
    const conf = join(dataDir, 'postgres', 'postgresql.conf');
    const original = readFileSync(conf, 'utf8');
    appendFileSync(conf, '\nplenary_no_such_setting = on\n');
    try {
      api = await start();
      expect(await api.exited).toBe(1);
      expect(api.output()).toMatch(/ERROR[\s\S]*\[Plenary\][\s\S]*PostgreSQL on \S+ exited during start-up: [\s\S]*plenary_no_such_setting/);
      expect(api.output()).not.toMatch(/\bundefined\b/);
    } finally {
      writeFileSync(conf, original);
    }
  });
});
