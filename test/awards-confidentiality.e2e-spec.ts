import pg from 'pg';
import { commissionForCity } from './support/commissions.js';
import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'awards-secret';
const year = new Date().getUTCFullYear();
const hour = 3600_000;

const CITIES_CSV = [
  'name,country,region,population,gnlc_member_since,last_award_year',
  `Hải Phòng,VN,asia-pacific,2000000,${year - 6},`,
  `Đà Nẵng,VN,asia-pacific,1200000,${year - 6},`,
  `Yala,TH,asia-pacific,60000,${year - 6},`,
].join('\n');

describe('awards: an unreleased winner never shows through another round’s eligibility', () => {
  let t: TestApp;
  let admin: string;
  let representative: string;
  let earlier: string;
  let current: string;
  const cities = new Map<string, string>();
  const api = (method: string, path: string, body?: unknown, token = admin) => t.request(method, `/events/${slug}${path}`, { token, body });
  const rules = {
    gnlcMembershipRequired: true,
    gnlcMinMembershipMonths: 12,
    yearsSinceLastAward: 6,
    maxNominationsPerBody: 3,
    maxWinnersPerCountry: null,
    regionQuota: 6,
  };
  const nominate = async (roundId: string, city: string, token = admin) =>
    api(
      'POST',
      `/awards/rounds/${roundId}/nominations`,
      {
        cityId: cities.get(city),
        commissionId: await commissionForCity(t, slug, cities.get(city)!, admin),
        contactName: 'Focal point',
        contactEmail: 'focal@city.test',
        summary: city,
      },
      token,
    );

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await createEvent(t, slug);
    const imported = await t.request('POST', `/events/${slug}/awards/cities/import`, {
      token: admin,
      body: CITIES_CSV,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.statusCode).toBe(201);
    for (const city of (await api('GET', '/awards/cities')).body) cities.set(city.name, city.id);
    const repId = await createUser(t, 'rep@haiphong.test', 'Trần Văn Nam', 'vi', 'a representative password 1');
    expect((await grantRole(t, slug, repId, 'representative')).statusCode).toBe(200);
    for (const city of ['Hải Phòng', 'Đà Nẵng', 'Yala'])
      expect((await api('POST', `/awards/cities/${cities.get(city)}/representatives`, { userId: repId })).statusCode).toBe(201);
    representative = await t.login('rep@haiphong.test', 'a representative password 1');

    const now = Date.now();
    const round = (name: string, roundYear: number) =>
      api('POST', '/awards/rounds', {
        name,
        year: roundYear,
        rules,
        criteria: [{ name: 'Planning', weight: 1 }],
        nominationDeadline: new Date(now + hour).toISOString(),
        judgingDeadline: new Date(now + 2 * hour).toISOString(),
      });
    earlier = (await round(`Secret round ${year - 1}`, year - 1)).body.id;
    current = (await round(`Open round ${year}`, year)).body.id;
    const winners: string[] = [];
    for (const city of ['Hải Phòng', 'Đà Nẵng', 'Yala']) {
      const nominated = await nominate(earlier, city);
      expect(nominated.statusCode).toBe(201);
      winners.push(nominated.body.id);
    }
    expect(
      (
        await api('PATCH', `/awards/rounds/${earlier}`, {
          nominationDeadline: new Date(now - 2 * hour).toISOString(),
          judgingDeadline: new Date(now - 1000).toISOString(),
        })
      ).statusCode,
    ).toBe(200);
    for (const nominationId of winners) expect((await api('POST', `/awards/rounds/${earlier}/winners`, { nominationId })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('neither counts nor names a win whose round is not released, even when its release is scheduled', async () => {
    const accepted = await nominate(current, 'Hải Phòng', representative);
    expect(accepted.statusCode).toBe(201);
    expect(JSON.stringify(accepted.body)).not.toMatch(new RegExp(`Secret round|awarded|${year - 1}`));

    // Released later: still the organisers' and the jury's secret until that time.
    const scheduled = await api('POST', `/awards/rounds/${earlier}/release`, { at: new Date(Date.now() + hour).toISOString() });
    expect(scheduled.statusCode).toBe(200);
    const stillSecret = await nominate(current, 'Đà Nẵng', representative);
    expect(stillSecret.statusCode).toBe(201);
    expect(JSON.stringify(stillSecret.body)).not.toMatch(new RegExp(`Secret round|awarded|${year - 1}`));
  });

  it('counts and names the win once the release time has passed', async () => {
    // The release time is moved into the past directly: waiting an hour for it is not a test.
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await client.query(`UPDATE award_rounds SET released_at = now() - interval '1 second' WHERE id = $1`, [earlier]);
    } finally {
      await client.end();
    }
    const refused = await nominate(current, 'Yala', representative);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'NOT_ELIGIBLE',
      details: [{ rule: 'yearsSinceLastAward', message: expect.stringContaining(`awarded in ${year - 1}`) }],
    });
  });
});
