import { jest } from '@jest/globals';
import { REGISTRATION_WRITES_IN_FLIGHT } from '@app/registration';
import { DataSource } from 'typeorm';
import { createEvent, delegateInput as delegate } from './support/people.js';
import { logSql, type SqlLog } from './support/sql-log.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;
const MOST_ROUND_TRIPS = 7;

/**
 * Every statement is a round trip to PostgreSQL that each registration pays while others wait for
 * the event's counter row, so their number is held here: a count, not a timing.
 */
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

  async function openEvent(slug: string, capacity: number, categories: Record<string, unknown>[] = [{ code: 'delegate', name: 'Delegate' }]): Promise<void> {
    await createEvent(t, slug);
    const now = Date.now();
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: { opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 24 * hour).toISOString(), capacity, privacyNoticeVersion: '2024-1' },
    });
    expect(put.statusCode).toBe(200);
    for (const category of categories) {
      expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: category })).statusCode).toBe(201);
    }
  }

  /** The statements one registration sent (the failure shows them), and its answer. */
  async function registerCounting(slug: string, body: object): Promise<{ statements: string[]; response: Awaited<ReturnType<TestApp['request']>> }> {
    sql.reset();
    const response = await t.request('POST', `/events/${slug}/registrations`, { body });
    return { statements: sql.statements, response };
  }

  function atMost(statements: string[]): void {
    // The list says which statement to merge.
    if (statements.length > MOST_ROUND_TRIPS) throw new Error(`${statements.length} round trips:\n${statements.join('\n')}`);
    expect(statements.length).toBeGreaterThan(0);
  }

  it(`confirms a delegate, and puts the next on the waiting list, in at most ${MOST_ROUND_TRIPS} round trips each`, async () => {
    await openEvent('round-trips', 1);
    const first = await registerCounting('round-trips', delegate('first@round.test'));
    expect(first.response.body).toMatchObject({ state: 'confirmed', category: 'delegate', waitlistPosition: null, email: 'first@round.test' });
    atMost(first.statements);
    const second = await registerCounting('round-trips', delegate('second@round.test'));
    expect(second.response.body).toMatchObject({ state: 'waitlisted', category: 'delegate', waitlistPosition: 1, badgeCode: null });
    atMost(second.statements);
  });

  it("writes a registration in one statement of its own: no transaction holds the event's row across a round trip", async () => {
    await openEvent('round-trips-alone', 1);
    const first = await registerCounting('round-trips-alone', delegate('alone1@round.test'));
    const second = await registerCounting('round-trips-alone', delegate('alone2@round.test'));
    expect([first.response.body.state, second.response.body.state]).toEqual(['confirmed', 'waitlisted']);
    for (const { statements } of [first, second]) {
      expect(statements.filter((statement) => /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(statement))).toEqual([]);
      expect(statements.filter((statement) => /FOR UPDATE/.test(statement))).toHaveLength(1);
    }
    // The history trigger still knows who acted, though no transaction named the actor beforehand.
    const history = await t.request('GET', `/events/round-trips-alone/registrations/${second.response.body.id}/history`, { token: admin });
    expect(history.body.changes.map((change: { actorKind: string; toState: string }) => [change.actorKind, change.toState])).toEqual([
      ['delegate', 'pending'],
      ['delegate', 'waitlisted'],
    ]);
  });

  it(`registers with answers to the event's questions and needs chosen in at most ${MOST_ROUND_TRIPS} round trips`, async () => {
    await openEvent('round-trips-answers', 10);
    const question = await t.request('POST', '/events/round-trips-answers/registration-questions', {
      token: admin,
      body: { type: 'text', required: true, labels: { vi: 'Chức danh trên thẻ', en: 'Title on the badge' } },
    });
    expect(question.statusCode).toBe(201);
    const body = delegate('answers@round.test', { answers: { [question.body.id]: 'Giám đốc' }, dietaryChoices: ['vegetarian'] });
    const { statements, response } = await registerCounting('round-trips-answers', body);
    expect(response.statusCode).toBe(201);
    expect(response.body).toMatchObject({ state: 'confirmed', dietaryChoices: ['vegetarian'] });
    atMost(statements);
    const [stored] = await t.app.get(DataSource).query(`SELECT value FROM registration_answers WHERE registration_id = $1`, [response.body.id]);
    expect(stored).toEqual({ value: 'Giám đốc' });
  });

  it('gives the event its place back when the category is full, and records each registration as received, then decided', async () => {
    await openEvent('round-trips-quota', 10, [
      { code: 'delegate', name: 'Delegate' },
      { code: 'press', name: 'Press', quota: 1 },
    ]);
    const held = await t.request('PUT', '/events/round-trips-quota/notification-holds', { token: admin, body: { kinds: ['registration-waitlisted'] } });
    expect(held.statusCode).toBe(200);
    const press = (email: string) => registerCounting('round-trips-quota', delegate(email, { category: 'press' }));
    const first = await press('press1@round.test');
    const second = await press('press2@round.test');
    expect([first.response.body.state, second.response.body.state]).toEqual(['confirmed', 'waitlisted']);
    const [counts] = await t.app.get(DataSource).query(
      `SELECT s.confirmed_count AS event, (SELECT confirmed_count FROM registration_categories WHERE event_id = e.id AND code = 'press') AS press
         FROM registration_settings s JOIN events e ON e.id = s.event_id WHERE e.slug = 'round-trips-quota'`,
    );
    expect(counts).toEqual({ event: 1, press: 1 });
    // Each told in the registration's own statement, in their language; a held kind waits for the organiser.
    const told = await t.app.get(DataSource).query(
      `SELECT kind, state, language, about ->> 'registrationId' AS "registrationId", secret IS NOT NULL AS "carriesLink"
         FROM notifications WHERE recipient_email IN ('press1@round.test', 'press2@round.test') ORDER BY recipient_email`,
    );
    expect(told).toEqual([
      { kind: 'registration-confirmed', state: 'pending', language: 'vi', registrationId: first.response.body.id, carriesLink: true },
      { kind: 'registration-waitlisted', state: 'held', language: 'vi', registrationId: second.response.body.id, carriesLink: true },
    ]);
    const history = await t.request('GET', `/events/round-trips-quota/registrations/${first.response.body.id}/history`, { token: admin });
    expect(history.body.changes.map((change: { fromState: string | null; toState: string }) => [change.fromState, change.toState])).toEqual([
      [null, 'pending'],
      ['pending', 'confirmed'],
    ]);
  });

  it(`sends at most ${REGISTRATION_WRITES_IN_FLIGHT} of an event's registration writes to PostgreSQL at once, the rest waiting their turn in the api in arrival order`, async () => {
    await openEvent('round-trips-turns', 5);
    await openEvent('round-trips-turns-other', 5);
    const manager = t.app.get(DataSource).manager;
    const query = manager.query.bind(manager);
    const inFlight = new Map<string, number>();
    const most = new Map<string, number>();
    // The real statements run; only their number at once is counted, per event (the first parameter).
    const spy = jest.spyOn(manager, 'query').mockImplementation(async (...[statement, parameters]: Parameters<typeof query>) => {
      if (!/FOR UPDATE/.test(statement)) return query(statement, parameters);
      const eventId = String((parameters as unknown[])[0]);
      inFlight.set(eventId, (inFlight.get(eventId) ?? 0) + 1);
      most.set(eventId, Math.max(most.get(eventId) ?? 0, inFlight.get(eventId)!));
      try {
        return await query(statement, parameters);
      } finally {
        inFlight.set(eventId, inFlight.get(eventId)! - 1);
      }
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 24 }, (_, index) =>
          t.request('POST', `/events/${index % 2 ? 'round-trips-turns-other' : 'round-trips-turns'}/registrations`, {
            body: delegate(`turn${index}@round.test`),
          }),
        ),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(24).fill(201));
      for (const slug of ['round-trips-turns', 'round-trips-turns-other']) {
        const states = answers.filter((_, index) => (index % 2 ? 'round-trips-turns-other' : 'round-trips-turns') === slug).map((answer) => answer.body.state);
        expect(states.filter((state) => state === 'confirmed')).toHaveLength(5);
        expect(states.filter((state) => state === 'waitlisted')).toHaveLength(7);
      }
      // Both events wrote at once, each within its turns.
      expect([...most.values()]).toHaveLength(2);
      for (const count of most.values()) expect(count).toBeLessThanOrEqual(REGISTRATION_WRITES_IN_FLIGHT);
      expect(Math.max(...most.values())).toBe(REGISTRATION_WRITES_IN_FLIGHT);
    } finally {
      spy.mockRestore();
    }
  });
});
