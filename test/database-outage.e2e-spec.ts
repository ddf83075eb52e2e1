import { expectEventually, setDatabaseReachable } from '@app/testing';
import pg from 'pg';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres.js';
import { createEvent } from './support/people.js';
import { startTestApp, type TestApp, type TestResponse } from './support/test-app.js';

function expectOutageAnswer(response: TestResponse) {
  expect(response.statusCode).toBe(503);
  expect(response.headers['retry-after']).toBe('2');
  expect(response.body).toEqual({
    statusCode: 503,
    code: 'DATABASE_UNAVAILABLE',
    error: 'Service Unavailable',
    message: 'The database is unavailable for a moment; please try again shortly',
    requestId: expect.any(String),
  });
}

describe('requests caught in a database outage', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await createEvent(t, 'outage');
  });
  afterAll(async () => {
    await setDatabaseReachable(t.database.name, true);
    await t.close();
  });

  it('answers 503 with Retry-After when its connection is terminated mid-query, and the next request succeeds', async () => {
    // Only this test database's connections: the machine's shared PostgreSQL keeps running.
    const blocker = new pg.Client({ connectionString: t.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      const caught = t.request('PATCH', '/events/outage', { token: admin, body: { venue: 'Hall B' } });
      // The request's backend waits on the lock; terminating it is what a server shutdown does (57P01).
      const waiting = await expectEventually(async () => {
        const { rows } = await blocker.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        expect(rows.length).toBeGreaterThan(0);
        return rows;
      });
      await blocker.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [waiting.map((row: { pid: number }) => row.pid)]);
      expectOutageAnswer(await caught);
      await blocker.query('ROLLBACK');
    } finally {
      await blocker.end();
    }
    const retried = await expectEventually(async () => {
      const response = await t.request('PATCH', '/events/outage', { token: admin, body: { venue: 'Hall B' } });
      expect(response.statusCode).toBe(200);
      return response;
    });
    expect(retried.body.venue).toBe('Hall B');
  });

  it('answers 503 with Retry-After while no connection can be made, then 200 again by itself', async () => {
    expect((await t.request('GET', '/events/outage')).statusCode).toBe(200);
    await setDatabaseReachable(t.database.name, false);
    expectOutageAnswer(
      await expectEventually(async () => {
        const response = await t.request('GET', '/events/outage');
        expect(response.statusCode).toBe(503);
        return response;
      }),
    );
    expectOutageAnswer(await t.request('PATCH', '/events/outage', { token: admin, body: { venue: 'Hall C' } }));

    await setDatabaseReachable(t.database.name, true);
    await expectEventually(async () => expect((await t.request('GET', '/events/outage')).statusCode).toBe(200));
  });
});

describe('requests while PostgreSQL itself restarts', () => {
  let server: OwnPostgres;
  let t: TestApp;

  beforeAll(async () => {
    server = await startOwnPostgres();
    t = await startTestApp({}, { database: server.database });
    await createEvent(t, 'restart');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await server?.remove();
  });

  it('answers 503 with Retry-After while the server is down, and 200 again once it is back, without a restart of the api', async () => {
    expect((await t.request('GET', '/events/restart')).statusCode).toBe(200);
    await server.stop();
    expectOutageAnswer(await t.request('GET', '/events/restart'));
    expectOutageAnswer(await t.request('PATCH', '/events/restart', { token: await t.adminToken(), body: { venue: 'Hall D' } }));
    await server.start();
    await expectEventually(async () => expect((await t.request('GET', '/events/restart')).statusCode).toBe(200));
    const written = await t.request('PATCH', '/events/restart', { token: await t.adminToken(), body: { venue: 'Hall D' } });
    expect(written.statusCode).toBe(200);
  }, 60_000);
});
