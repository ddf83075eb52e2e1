import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import S3rver from 's3rver';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { eventInput } from './support/people.js';
import { spawnApi, type SpawnedApi, waitForHealthy } from './support/spawned-api.js';

/** docker/compose.yml runs the api as several replicas and says so in API_REPLICAS. */
describe('an api told it is one of several replicas', () => {
  let database: TestDatabase;
  let dataDir: string;
  const shared = () => ({
    DATABASE_URL: database.url,
    JWT_SECRET: 'scale-out-test-secret-long-enough-for-hs256',
    DATA_DIR: dataDir,
    LOAD_DEMO: 'false',
    RUN_WORKER: 'false',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-scale-out-'));
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start with uploads on its own disk, naming API_REPLICAS and the S3 settings', async () => {
    const api = await spawnApi({ ...shared(), API_REPLICAS: '3' });
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('API_REPLICAS=3: several api replicas need shared storage: set S3_*');
    expect(api.output()).not.toContain('DATABASE_URL (');
  });

  it('refuses to start on an embedded database and a token key of its own', async () => {
    const api = await spawnApi({ DATA_DIR: dataDir, API_REPLICAS: '2' });
    expect(await api.exited).toBe(1);
    expect(api.output()).toMatch(/API_REPLICAS=2: .*DATABASE_URL \(each replica would run its own embedded PostgreSQL\), JWT_SECRET/);
  });

  it('starts with an S3-compatible store, and a dossier uploaded through one replica is served by another', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'plenary-s3rver-'));
    const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'plenary', configs: [] }] });
    const { port } = (await s3.run()) as { port: number };
    try {
      const env = {
        ...shared(),
        API_REPLICAS: '2',
        ADMIN_EMAIL: 'admin@scale-out.test',
        ADMIN_PASSWORD: 'scale-out admin password',
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: 'plenary',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      };
      // Each replica with a data folder of its own, as each container has.
      const [one, two] = await Promise.all([
        spawnApi({ ...env, DATA_DIR: mkdtempSync(join(dataDir, 'one-')) }),
        spawnApi({ ...env, DATA_DIR: mkdtempSync(join(dataDir, 'two-')) }),
      ]);
      await Promise.all([waitForHealthy(one, 60_000), waitForHealthy(two, 60_000)]);

      const call = async (api: SpawnedApi, method: string, path: string, body?: unknown, token?: string) => {
        const response = await fetch(`${api.baseUrl}${path}`, {
          method,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as any };
      };
      const login = await call(one, 'POST', '/auth/login', { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
      const admin = login.body.accessToken as string;
      const slug = 'scale-out';
      expect((await call(one, 'POST', '/events', eventInput(slug), admin)).status).toBe(201);
      const city = await call(one, 'POST', `/events/${slug}/awards/cities`, { name: 'Sơn La', country: 'VN', region: 'asia-pacific' }, admin);
      expect(city).toEqual({ status: 201, body: expect.anything() });
      const now = Date.now();
      const round = await call(
        one,
        'POST',
        `/events/${slug}/awards/rounds`,
        {
          name: 'Learning City Award',
          year: new Date(now).getUTCFullYear(),
          rules: { gnlcMembershipRequired: false },
          criteria: [{ name: 'Planning', weight: 1 }],
          nominationDeadline: new Date(now + 3600_000).toISOString(),
          judgingDeadline: new Date(now + 7200_000).toISOString(),
        },
        admin,
      );
      expect(round).toEqual({ status: 201, body: expect.anything() });
      const nomination = await call(
        one,
        'POST',
        `/events/${slug}/awards/rounds/${round.body.id}/nominations`,
        {
          cityId: city.body.id,
          commissionId: (
            await call(one, 'POST', `/events/${slug}/awards/commissions`, { name: 'Viet Nam National Commission for UNESCO', country: 'VN' }, admin)
          ).body.id,
          contactName: 'Focal point',
          contactEmail: 'focal@sonla.example',
          contactLanguage: 'vi',
          summary: 'Dossier of Sơn La',
          documents: [],
        },
        admin,
      );
      expect(nomination).toEqual({ status: 201, body: expect.anything() });

      const documents = `${slug}/awards/rounds/${round.body.id}/nominations/${nomination.body.id}/documents`;
      const pdf = Buffer.from('%PDF-1.4\n% dossier of Sơn La, uploaded through replica one\n%%EOF\n');
      const form = new FormData();
      form.append('file', new Blob([pdf]), 'dossier.pdf');
      const uploaded = await fetch(`${one.baseUrl}/events/${documents}`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form });
      expect(uploaded.status).toBe(201);
      const { id } = (await uploaded.json()) as { id: string };

      const served = await fetch(`${two.baseUrl}/events/${documents}/${id}`, { headers: { authorization: `Bearer ${admin}` } });
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);
      expect(await Promise.all([one.stop(), two.stop()])).toEqual([0, 0]);
    } finally {
      await s3.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);
});
