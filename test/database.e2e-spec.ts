import { runMigrations } from '@app/database';
import { createTestDatabase, expectEventually, setDatabaseReachable, type TestDatabase } from '@app/testing';
import { DataSource } from 'typeorm';
import { EventEntity, RoomEntity, TrackEntity } from '@app/events';
import { loadDemoIfEmpty } from '../apps/api/src/demo/demo-seeder.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase()));
  afterAll(() => database.drop());

  it('applies the schema once when several processes start at the same moment', async () => {
    const applied = await Promise.all([1, 2, 3, 4].map(() => runMigrations(database.url)));
    const counts = applied.map((names) => names.length).sort();
    expect(counts.slice(0, 3)).toEqual([0, 0, 0]);
    expect(counts[3]).toBeGreaterThan(0);
    expect(await runMigrations(database.url)).toEqual([]);
  });
});

describe('demo data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url);
    dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [EventEntity, RoomEntity, TrackEntity] }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('loads the ASEAN+3 conference and the ICLC into an empty database, once, even when asked twice at once', async () => {
    const outcomes = await Promise.all([loadDemoIfEmpty(dataSource), loadDemoIfEmpty(dataSource)]);
    expect(outcomes.sort()).toEqual(['database-not-empty', 'loaded']);
    // The ASEAN+3 conference, and the ICLC where the Learning City Award's applications run.
    const events = await dataSource.query(`SELECT slug, time_zone, start_date::text, end_date::text FROM events ORDER BY start_date`);
    expect(events).toEqual([
      { slug: 'aseanplus3-learning-cities-2024', time_zone: 'Asia/Bangkok', start_date: '2024-10-29', end_date: '2024-10-30' },
      { slug: 'iclc6-jubail-2024', time_zone: 'Asia/Riyadh', start_date: '2024-12-02', end_date: '2024-12-05' },
    ]);
    const [{ rooms }] = await dataSource.query(`SELECT count(*)::int AS rooms FROM rooms`);
    expect(rooms).toBeGreaterThan(1);
    // Its programme is published as v1, with the Sơn La presentation in a parallel session on 29 October.
    const [version] = await dataSource.query(`SELECT number, snapshot FROM programme_versions`);
    expect(version.number).toBe(1);
    const parallel = version.snapshot.sessions.filter((s: { type: string; start: string }) => s.type === 'parallel' && s.start.startsWith('2024-10-29'));
    expect(new Set(parallel.map((s: { roomId: string }) => s.roomId)).size).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(parallel)).toContain('Sơn La: building a learning city that leaves no one behind');
    expect(version.snapshot.sessions.some((s: { type: string }) => s.type === 'ceremony')).toBe(true);
  });

  it('never loads into a database that already holds data', async () => {
    expect(await loadDemoIfEmpty(dataSource)).toBe('database-not-empty');
    const [{ events }] = await dataSource.query(`SELECT count(*)::int AS events FROM events`);
    expect(events).toBe(2);
  });
});

describe('health when the database goes down', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(async () => {
    await setDatabaseReachable(t.database.name, true);
    await t.close();
  });

  it('answers 503 naming the database, then 200 again once it is back', async () => {
    expect((await t.request('GET', '/health')).statusCode).toBe(200);
    await setDatabaseReachable(t.database.name, false);
    const down = await expectEventually(async () => {
      const response = await t.request('GET', '/health');
      expect(response.statusCode).toBe(503);
      return response;
    });
    expect(down.body).toEqual(expect.objectContaining({ statusCode: 503, error: 'Service Unavailable' }));
    expect(down.body.details.error.database.status).toBe('down');

    await setDatabaseReachable(t.database.name, true);
    await expectEventually(async () => expect((await t.request('GET', '/health')).statusCode).toBe(200));
  });
});
