import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import S3rver from 's3rver';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { spawnApi, waitForHealthy } from './support/spawned-api.js';

/** docker/compose.yml runs the api as several replicas and says so in API_REPLICAS. */
describe('an api told it is one of several replicas', () => {
  let database: TestDatabase;
  let dataDir: string;
  const shared = () => ({ DATABASE_URL: database.url, JWT_SECRET: 'scale-out-test-secret-long-enough-for-hs256', DATA_DIR: dataDir, LOAD_DEMO: 'false', RUN_WORKER: 'false' });

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

  it('starts with an S3-compatible object store for its uploads', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'plenary-s3rver-'));
    const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'plenary', configs: [] }] });
    const { port } = (await s3.run()) as { port: number };
    try {
      const api = await spawnApi({
        ...shared(),
        API_REPLICAS: '3',
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: 'plenary',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      });
      await waitForHealthy(api, 60_000);
      expect(await api.stop()).toBe(0);
    } finally {
      await s3.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
