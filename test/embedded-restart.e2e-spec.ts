import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
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

  const passwordFile = () => join(dataDir, 'postgres-password');
  const embeddedPort = () => Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  /** Connects to the embedded server from outside, as anyone on the machine could try to. */
  const superuser = async (password: string) => {
    const client = new pg.Client({ host: '127.0.0.1', port: embeddedPort(), user: 'postgres', password, database: 'postgres' });
    await client.connect();
    return client;
  };

  it('gives the embedded superuser a password of its own, kept 0600 in the data folder, not the fixed "plenary"', async () => {
    const password = readFileSync(passwordFile(), 'utf8').trim();
    expect(statSync(passwordFile()).mode & 0o777).toBe(0o600);
    expect(password).not.toBe('plenary');
    expect(password.length).toBeGreaterThanOrEqual(32);

    api = await start();
    await waitForHealthy(api, 60_000);
    expect(readFileSync(passwordFile(), 'utf8').trim()).toBe(password);
    await expect(superuser('plenary')).rejects.toThrow(/password authentication failed/);
    const client = await superuser(password);
    await client.end();
    expect(await api.stop('SIGTERM')).toBe(0);
  });

  it('moves a data folder made with the old fixed password to a generated one', async () => {
    api = await start();
    await waitForHealthy(api, 60_000);
    // What a data folder from before looks like: superuser password "plenary" and no postgres-password file.
    const client = await superuser(readFileSync(passwordFile(), 'utf8').trim());
    await client.query(`ALTER USER postgres PASSWORD 'plenary'`);
    await client.end();
    expect(await api.stop('SIGTERM')).toBe(0);
    unlinkSync(passwordFile());

    api = await start();
    await waitForHealthy(api, 60_000);
    expect(api.output()).toContain('Replaced the fixed superuser password of this data folder');
    const password = readFileSync(passwordFile(), 'utf8').trim();
    expect(password).not.toBe('plenary');
    expect(statSync(passwordFile()).mode & 0o777).toBe(0o600);
    await expect(superuser('plenary')).rejects.toThrow(/password authentication failed/);
    expect(await api.stop('SIGTERM')).toBe(0);

    api = await start();
    await waitForHealthy(api, 60_000);
    expect(api.output()).not.toContain('Replaced the fixed superuser password');
    expect(await api.stop('SIGTERM')).toBe(0);
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
