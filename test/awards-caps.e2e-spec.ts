import pg from 'pg';
import { commissionForCity } from './support/commissions.js';
import { createEvent } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'awards-caps';
const year = new Date().getUTCFullYear();
const hour = 3600_000;

const CITIES_CSV = [
  'name,country,region,population,gnlc_member_since,last_award_year',
  `Sơn La,VN,asia-pacific,108000,${year - 5},`,
  `Vinh,VN,asia-pacific,339000,${year - 5},`,
  `Yala,TH,asia-pacific,60000,${year - 5},`,
  `Cork,IE,europe-north-america,210000,${year - 5},`,
].join('\n');

describe('awards: winners capped per round and per country, held by the database', () => {
  let t: TestApp;
  let admin: string;
  let roundId: string;
  const nominations = new Map<string, string>();
  const api = (method: string, path: string, body?: unknown) => t.request(method, `/events/${slug}${path}`, { token: admin, body });
  const confirm = (city: string) => api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: nominations.get(city) });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await createEvent(t, slug);
    expect(
      (await t.request('POST', `/events/${slug}/awards/cities/import`, { token: admin, body: CITIES_CSV, headers: { 'content-type': 'text/csv' } })).statusCode,
    ).toBe(201);
    const now = Date.now();
    const round = await api('POST', '/awards/rounds', {
      name: `Capped award ${year}`,
      year,
      rules: { gnlcMembershipRequired: true, maxWinners: 2 },
      criteria: [{ name: 'Overall', weight: 1 }],
      nominationDeadline: new Date(now + hour).toISOString(),
      judgingDeadline: new Date(now + 2 * hour).toISOString(),
    });
    expect(round.statusCode).toBe(201);
    expect(round.body.rules).toMatchObject({ maxWinners: 2, maxWinnersPerCountry: 1 });
    roundId = round.body.id;
    for (const city of (await api('GET', '/awards/cities')).body as { id: string; name: string }[]) {
      const nominated = await api('POST', `/awards/rounds/${roundId}/nominations`, {
        cityId: city.id,
        commissionId: await commissionForCity(t, slug, city.id, admin),
        contactName: city.name,
        contactEmail: 'focal@city.test',
      });
      expect(nominated.statusCode).toBe(201);
      nominations.set(city.name, nominated.body.id);
    }
    await api('PATCH', `/awards/rounds/${roundId}`, {
      nominationDeadline: new Date(now - 2 * hour).toISOString(),
      judgingDeadline: new Date(now - 1000).toISOString(),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('holds one winner per country by default', async () => {
    expect((await confirm('Sơn La')).statusCode).toBe(200);
    const second = await confirm('Vinh');
    expect(second.statusCode).toBe(409);
    expect(second.body).toMatchObject({ code: 'COUNTRY_LIMIT_REACHED', data: { country: 'VN', limit: 1 } });
  });

  it('holds the round’s cap when the last place is confirmed twice at once, and in the database too', async () => {
    const [a, b] = await Promise.all([confirm('Yala'), confirm('Cork')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect((a.statusCode === 409 ? a : b).body).toMatchObject({ code: 'WINNERS_LIMIT_REACHED', data: { limit: 2 } });

    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE award_round_winners SET confirmed = confirmed + 1 WHERE round_id = $1`, [roundId])).rejects.toMatchObject({
        constraint: 'award_round_winners_limit',
      });
    } finally {
      await client.end();
    }
    // A withdrawn winner frees the place.
    const winner = a.statusCode === 200 ? 'Yala' : 'Cork';
    const other = winner === 'Yala' ? 'Cork' : 'Yala';
    expect((await api('DELETE', `/awards/rounds/${roundId}/winners/${nominations.get(winner)}`)).statusCode).toBe(200);
    expect((await confirm(other)).statusCode).toBe(200);
  });
});
