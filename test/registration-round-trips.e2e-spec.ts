import { createEvent, delegateInput as delegate } from './support/people.js';
import { logSql, type SqlLog } from './support/sql-log.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;
const MOST_ROUND_TRIPS = 7;

/** A count of statements, not a timing: each is a round trip to PostgreSQL that every registration pays under load. */
describe('round trips of one registration', () => {
  let t: TestApp;
  let admin: string;
  let sql: SqlLog;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    sql = logSql();
  });
  afterAll(async () => {
    sql.restore();
    await t.close();
  });

  async function openEvent(slug: string, capacity: number): Promise<void> {
    await createEvent(t, slug);
    const now = Date.now();
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: { opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 24 * hour).toISOString(), capacity, privacyNoticeVersion: '2024-1' },
    });
    expect(put.statusCode).toBe(200);
    expect(
      (await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'Delegate' } })).statusCode,
    ).toBe(201);
  }

  async function roundTripsOf(slug: string, email: string, expectedState: string): Promise<string[]> {
    sql.reset();
    const response = await t.request('POST', `/events/${slug}/registrations`, { body: delegate(email) });
    const statements = sql.statements;
    expect(response.statusCode).toBe(201);
    expect(response.body.state).toBe(expectedState);
    return statements;
  }

  const within = (statements: string[]) => ({ roundTrips: statements.length, statements });

  it(`takes at most ${MOST_ROUND_TRIPS} round trips to confirm a delegate, and as many to put one on the waiting list`, async () => {
    await openEvent('round-trips', 1);
    const confirmed = await roundTripsOf('round-trips', 'first@round.test', 'confirmed');
    const waitlisted = await roundTripsOf('round-trips', 'second@round.test', 'waitlisted');
    console.log(JSON.stringify({ confirmed: within(confirmed), waitlisted: within(waitlisted) }, null, 2));
    expect(within(confirmed).roundTrips).toBeLessThanOrEqual(MOST_ROUND_TRIPS);
    expect(within(waitlisted).roundTrips).toBeLessThanOrEqual(MOST_ROUND_TRIPS);
  });
});
