import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEventually } from '@app/testing';
import { spawnApi, type SpawnedApi, waitForHealthy } from './support/spawned-api.js';

const DEMO = 'aseanplus3-learning-cities-2024';

/** Boots the system the way `npm start` does on a fresh machine: no DATABASE_URL, REDIS_URL or SMTP_URL. */
describe('npm start on the embedded default', () => {
  let dataDir: string;
  let api: SpawnedApi | undefined;

  beforeAll(() => {
    // Under /tmp, not the test's private dir: PostgreSQL runs as its own user and must reach it.
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-embedded-'));
  });
  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = () => spawnApi({ DATA_DIR: dataDir, ADMIN_PASSWORD: 'embedded-admin-password', LOG_FORMAT: 'json' });

  it('starts its own PostgreSQL, loads the demo, serves the API and its docs, and stops cleanly', async () => {
    api = await start();
    // The first start runs initdb, the migrations and the demo: on a busy 2-core machine that has taken over 40 s.
    await waitForHealthy(api, 120_000);

    const health: any = await (await fetch(`${api.baseUrl}/health`)).json();
    expect(health.info).toEqual(
      expect.objectContaining({ database: expect.objectContaining({ status: 'up' }), queue: expect.objectContaining({ status: 'up', backend: 'postgres' }) }),
    );
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const demo = await fetch(`${api.baseUrl}/events/${DEMO}`);
    expect(demo.status).toBe(200);
    expect(await demo.json()).toEqual(expect.objectContaining({ slug: DEMO, timeZone: 'Asia/Bangkok', startDate: '2024-10-29', endDate: '2024-10-30' }));

    const programme: any = await (await fetch(`${api.baseUrl}/events/${DEMO}/programme`)).json();
    expect(programme.version).toBe(1);
    expect(programme.days.map((day: { date: string }) => day.date)).toEqual(['2024-10-29', '2024-10-30']);

    expect((await fetch(`${api.baseUrl}/docs`)).status).toBe(200);
    const openApi: any = await (await fetch(`${api.baseUrl}/docs-json`)).json();
    expect(Object.keys(openApi.paths)).toContain('/events/{slug}');

    const login = await fetch(`${api.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'embedded-login-1' },
      body: JSON.stringify({ email: 'admin@plenary.local', password: 'embedded-admin-password' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };

    // The demo's delegates: about two hundred, in city delegations, counted as the rows are.
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` };
    const counts: any = await (await fetch(`${api.baseUrl}/events/${DEMO}/registration-counts`, { headers: auth })).json();
    const registered = Object.values(counts.byState as Record<string, number>).reduce((sum, count) => sum + count, 0);
    expect(registered).toBeGreaterThanOrEqual(180);
    const list: any = await (await fetch(`${api.baseUrl}/events/${DEMO}/registrations?limit=1000`, { headers: auth })).json();
    expect(list.total).toBe(registered);
    expect(list.items.filter((row: { state: string }) => row.state === 'confirmed')).toHaveLength(counts.byState.confirmed);
    const settings: any = await (await fetch(`${api.baseUrl}/events/${DEMO}/registration-settings`)).json();
    expect(settings.confirmedCount).toBe(counts.byState.confirmed);
    const delegations = (await (await fetch(`${api.baseUrl}/events/${DEMO}/delegations`, { headers: auth })).json()) as { members: unknown[] }[];
    expect(delegations.length).toBeGreaterThanOrEqual(15);
    expect(delegations.reduce((sum, delegation) => sum + delegation.members.length, 0)).toBe(
      list.items.filter((row: { delegationId: string | null }) => row.delegationId).length,
    );

    // The whole pipeline on the embedded default: outbox → BullMQ on PostgreSQL → .eml file (the demo's delegates are told nothing).
    const user: any = await (
      await fetch(`${api.baseUrl}/users`, { method: 'POST', headers: auth, body: JSON.stringify({ email: 'somchai@bangkok.test', displayName: 'สมชาย ใจดี' }) })
    ).json();
    const granted = await fetch(`${api.baseUrl}/events/${DEMO}/roles`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ userId: user.id, role: 'delegate' }),
    });
    expect(granted.status).toBe(200);
    const mail = await expectEventually(() => {
      const files = existsSync(join(dataDir, 'mail')) ? readdirSync(join(dataDir, 'mail')) : [];
      expect(files).toHaveLength(1);
      return readFileSync(join(dataDir, 'mail', files[0]), 'utf8');
      // The worker's thread yields to every other busy process of the machine.
    }, 30_000);
    expect(mail).toContain('somchai@bangkok.test');
    expect(mail).toMatch(/^Subject: .*ASEAN/m);

    // The worker's thread yields the CPU to the api's (WORKER_THREAD_NICENESS, 10 by default): one thread of the process is niced, the api's is not.
    const threads = readdirSync(`/proc/${api.process.pid}/task`).map((tid) => {
      const stat = readFileSync(`/proc/${api!.process.pid}/task/${tid}/stat`, 'utf8');
      return { tid: Number(tid), nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
    });
    expect(threads.find((thread) => thread.tid === api!.process.pid)?.nice).toBe(0);
    expect(threads.filter((thread) => thread.nice === 10)).toHaveLength(1);

    await expectEventually(() => {
      const logLines = api!
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
      expect(logLines).toContainEqual(expect.objectContaining({ requestId: 'embedded-login-1', context: 'HTTP' }));
    });

    expect(await api.stop('SIGTERM')).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('starts again on the same data without loading the demo twice', async () => {
    api = await start();
    await waitForHealthy(api, 120_000);
    const events: any = await (await fetch(`${api.baseUrl}/events`)).json();
    expect(events.filter((event: { slug: string }) => event.slug === DEMO)).toHaveLength(1);
    expect(await api.stop('SIGINT')).toBe(0);
  }, 180_000);

  it('refuses to start with a bad setting and names the variable', async () => {
    api = await spawnApi({ DATA_DIR: dataDir, PORT: 'three-thousand' });
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('PORT');
  });
});
