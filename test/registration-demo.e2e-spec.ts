import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'aseanplus3-learning-cities-2024';

interface Row {
  id: string;
  state: string;
  category: string;
  fullName: string;
  email: string;
  language: string;
  delegationId: string | null;
  isDelegationHead: boolean;
  badgeCode: string;
  checkedInDays: string[];
  createdAt: string;
}

describe('registration demo data', () => {
  let t: TestApp;
  let admin: string;
  let rows: Row[];

  beforeAll(async () => {
    t = await startTestApp({ LOAD_DEMO: 'true' });
    admin = await t.adminToken();
    const list = await t.request('GET', `/events/${slug}/registrations?limit=1000`, { token: admin });
    expect(list.statusCode).toBe(200);
    expect(list.body.total).toBe(list.body.items.length);
    rows = list.body.items;
  });
  afterAll(() => t.close());

  it('holds about two hundred delegates, most in city delegations each with one head, under example.org', async () => {
    expect(rows.length).toBeGreaterThanOrEqual(180);
    expect(rows.length).toBeLessThanOrEqual(230);
    expect(rows.every((row) => row.email.endsWith('@example.org'))).toBe(true);
    expect(new Set(rows.map((row) => row.badgeCode)).size).toBe(rows.length);
    expect(rows.every((row) => /^[2-9A-HJ-NP-Z]{10}$/.test(row.badgeCode))).toBe(true);
    expect(new Set(rows.map((row) => row.language))).toEqual(new Set(['en', 'vi']));

    const delegations: { id: string; city: string; country: string; members: { isHead: boolean }[] }[] = (
      await t.request('GET', `/events/${slug}/delegations`, { token: admin })
    ).body;
    expect(delegations.length).toBeGreaterThanOrEqual(15);
    expect(new Set(delegations.map((delegation) => delegation.country))).toEqual(
      new Set(['VN', 'TH', 'ID', 'MY', 'PH', 'SG', 'KH', 'LA', 'MM', 'BN', 'CN', 'JP', 'KR']),
    );
    for (const delegation of delegations) expect(delegation.members.filter((member) => member.isHead)).toHaveLength(1);
    const inDelegations = delegations.reduce((sum, delegation) => sum + delegation.members.length, 0);
    expect(inDelegations).toBe(rows.filter((row) => row.delegationId).length);
    expect(inDelegations).toBeGreaterThanOrEqual(140);
    expect(delegations.map((delegation) => delegation.city)).toEqual(expect.arrayContaining(['Sa Đéc', 'Vinh', 'Sơn La', 'Ho Chi Minh City']));
  });

  it('has counts and counters that agree with the rows, mostly confirmed with a few pending, waitlisted and cancelled', async () => {
    const counts = (await t.request('GET', `/events/${slug}/registration-counts`, { token: admin })).body;
    const settings = (await t.request('GET', `/events/${slug}/registration-settings`)).body;
    const tally = (key: (row: Row) => string) => rows.reduce<Record<string, number>>((all, row) => ({ ...all, [key(row)]: (all[key(row)] ?? 0) + 1 }), {});
    expect(counts.byState).toEqual(tally((row) => row.state));
    expect(counts.byCategory).toEqual(tally((row) => row.category));
    expect((counts.perDay as { count: number }[]).reduce((sum, day) => sum + day.count, 0)).toBe(rows.length);
    // Registrations over August to October 2024, on many days (a chart with a shape, not one bar).
    const days = (counts.perDay as { key: string }[]).map((day) => day.key);
    expect(days[0] >= '2024-08-01' && days[days.length - 1] <= '2024-10-25').toBe(true);
    expect(rows.every((row) => row.createdAt >= settings.opensAt && row.createdAt < settings.closesAt)).toBe(true);
    expect(days.length).toBeGreaterThanOrEqual(30);

    expect(counts.byState.confirmed).toBeGreaterThan(rows.length * 0.8);
    for (const state of ['pending', 'waitlisted', 'cancelled']) {
      expect(counts.byState[state]).toBeGreaterThanOrEqual(1);
      expect(counts.byState[state]).toBeLessThanOrEqual(20);
    }

    // The atomic counters the services keep: places of the event and of each category.
    expect(settings.confirmedCount).toBe(counts.byState.confirmed);
    expect(settings.confirmedCount).toBeLessThanOrEqual(settings.capacity);
    const categories: { code: string; quota: number | null; confirmedCount: number }[] = (await t.request('GET', `/events/${slug}/registration-categories`))
      .body;
    for (const category of categories) {
      expect(category.confirmedCount).toBe(rows.filter((row) => row.category === category.code && row.state === 'confirmed').length);
    }
    // The waiting list exists because a quota is full.
    const waiting = new Set(rows.filter((row) => row.state === 'waitlisted').map((row) => row.category));
    for (const code of waiting) {
      const category = categories.find((candidate) => candidate.code === code)!;
      expect(category.confirmedCount).toBe(category.quota);
    }
  });

  it('has seats taken at the parallel sessions equal to the sign-ups, within their limits, and check-ins of confirmed delegates only', async () => {
    const sessions: { id: string; type: string }[] = (await t.request('GET', `/events/${slug}/sessions`, { token: admin })).body;
    const parallel = sessions.filter((session) => session.type === 'parallel');
    expect(parallel.length).toBeGreaterThanOrEqual(2);
    let signedUp = 0;
    for (const session of parallel) {
      const attendance = (await t.request('GET', `/events/${slug}/sessions/${session.id}/attendance`, { token: admin })).body;
      expect(attendance.seatsTaken).toBe(attendance.signedUp);
      if (attendance.seatLimit !== null) expect(attendance.seatsTaken).toBeLessThanOrEqual(attendance.seatLimit);
      if (attendance.waitlisted > 0) expect(attendance.seatsFree).toBe(0);
      signedUp += attendance.signedUp;
    }
    expect(signedUp).toBeGreaterThan(50);

    const checkedIn = rows.filter((row) => row.checkedInDays.length > 0);
    expect(checkedIn.length).toBeGreaterThan(0);
    expect(checkedIn.every((row) => row.state === 'confirmed' && row.checkedInDays.join() === '2024-10-29')).toBe(true);
    const summary = (await t.request('GET', `/events/${slug}/check-ins/summary`, { token: admin })).body;
    expect(summary.checkedInAnyDay).toBe(checkedIn.length);
    expect(summary.confirmed).toBe(rows.filter((row) => row.state === 'confirmed').length);
  });

  it('tells no one: the demo writes no notifications for its invented delegates', async () => {
    const notifications = await t.request('GET', `/events/${slug}/notifications`, { token: admin });
    expect(notifications.statusCode).toBe(200);
    expect(notifications.body.total).toBe(0);
  });
});
