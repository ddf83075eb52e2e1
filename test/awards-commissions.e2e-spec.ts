import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'awards-commissions';
const year = new Date().getUTCFullYear();
const hour = 3600_000;

const CITIES_CSV = [
  'name,country,region,population,gnlc_member_since,last_award_year',
  `Sơn La,VN,asia-pacific,108000,${year - 5},`,
  `Vinh,VN,asia-pacific,339000,${year - 5},`,
  `Sa Đéc,VN,asia-pacific,213000,${year - 5},`,
  `Cao Lãnh,VN,asia-pacific,164000,${year - 5},`,
  `Yala,TH,asia-pacific,60000,${year - 5},`,
].join('\n');

describe('awards: National Commissions as records, each nominating at most its round’s limit', () => {
  let t: TestApp;
  let admin: string;
  let roundId: string;
  let vietNam: string;
  let thailand: string;
  const officers: { id: string; token: string }[] = [];
  const cities = new Map<string, string>();
  const api = (method: string, path: string, body?: unknown, token = admin) => t.request(method, `/events/${slug}${path}`, { token, body });
  const nominate = (city: string, commissionId: string, token = admin) =>
    api(
      'POST',
      `/awards/rounds/${roundId}/nominations`,
      { cityId: cities.get(city), commissionId, contactName: `Focal point of ${city}`, contactEmail: 'focal@city.test' },
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
    for (const [email, name] of [
      ['officer1@natcom.vn.test', 'Nguyễn Văn An'],
      ['officer2@natcom.vn.test', 'Trần Thị Bình'],
    ]) {
      const id = await createUser(t, email, name, 'vi', 'a commission password 1');
      officers.push({ id, token: await t.login(email, 'a commission password 1') });
    }
    const now = Date.now();
    const round = await api('POST', '/awards/rounds', {
      name: `UNESCO Learning City Award ${year}`,
      year,
      rules: { gnlcMembershipRequired: true, gnlcMinMembershipMonths: 12, maxNominationsPerBody: 2, regionQuota: 6 },
      criteria: [{ name: 'Planning', weight: 1 }],
      nominationDeadline: new Date(now + hour).toISOString(),
      judgingDeadline: new Date(now + 2 * hour).toISOString(),
    });
    expect(round.statusCode).toBe(201);
    roundId = round.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps one Commission per country, managed by organisers, with contacts who hold the commission role', async () => {
    const created = await api('POST', '/awards/commissions', { name: 'Viet Nam National Commission for UNESCO', country: 'VN' });
    expect(created.statusCode).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'Viet Nam National Commission for UNESCO', country: 'VN', translations: {}, contacts: [] });
    vietNam = created.body.id;
    thailand = (await api('POST', '/awards/commissions', { name: 'Thai National Commission for UNESCO', country: 'TH' })).body.id;

    const twice = await api('POST', '/awards/commissions', { name: 'Another Vietnamese body', country: 'VN' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toMatchObject({ code: 'COMMISSION_EXISTS', data: { country: 'VN' } });
    expect((await api('POST', '/awards/commissions', { name: 'X', country: 'Vietnam' })).statusCode).toBe(400);
    expect((await api('POST', '/awards/commissions', { name: 'X', country: 'FR' }, officers[0].token)).statusCode).toBe(403);

    const notYet = await api('POST', `/awards/commissions/${vietNam}/contacts`, { userId: officers[0].id });
    expect(notYet.statusCode).toBe(422);
    expect(notYet.body.code).toBe('COMMISSION_ROLE_REQUIRED');
    for (const officer of officers) {
      expect((await grantRole(t, slug, officer.id, 'commission')).statusCode).toBe(200);
      expect((await api('POST', `/awards/commissions/${vietNam}/contacts`, { userId: officer.id })).statusCode).toBe(201);
    }
    const renamed = await api('PATCH', `/awards/commissions/${thailand}`, { name: 'Thai National Commission for UNESCO (ONEC)' });
    expect(renamed.body.name).toBe('Thai National Commission for UNESCO (ONEC)');
    const listed = (await t.request('GET', `/events/${slug}/awards/commissions`)).body;
    expect(listed.map((row: { country: string }) => row.country)).toEqual(['TH', 'VN']);
    expect(listed[1].contacts.map((contact: { displayName: string }) => contact.displayName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('refuses an unknown Commission or one of another country, and an officer nominating for a Commission not theirs', async () => {
    const unknown = await nominate('Sơn La', '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body.code).toBe('UNKNOWN_COMMISSION');
    const foreign = await nominate('Sơn La', thailand);
    expect(foreign.statusCode).toBe(422);
    expect(foreign.body).toMatchObject({ code: 'COMMISSION_OTHER_COUNTRY', data: { city: 'Sơn La' } });
    expect((await nominate('Yala', thailand, officers[0].token)).statusCode).toBe(403);
  });

  it('lets two officers of the same Commission nominate the last place at once: one is accepted, one refused naming the limit', async () => {
    const first = await nominate('Sơn La', vietNam, officers[0].token);
    expect(first.statusCode).toBe(201);
    expect(first.body).toMatchObject({ commissionId: vietNam, nominatingBody: 'Viet Nam National Commission for UNESCO' });

    const [a, b] = await Promise.all([nominate('Vinh', vietNam, officers[0].token), nominate('Sa Đéc', vietNam, officers[1].token)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 422]);
    const refused = a.statusCode === 422 ? a : b;
    expect(refused.body).toMatchObject({ code: 'NOT_ELIGIBLE', details: [{ rule: 'nominationsPerBody', limit: 2 }] });
    expect(refused.body.details[0].message).toContain('at most 2 cities per round');

    const third = await nominate('Cao Lãnh', vietNam);
    expect(third.statusCode).toBe(422);
    expect(third.body.details).toEqual([expect.objectContaining({ rule: 'nominationsPerBody', limit: 2 })]);
    expect((await api('GET', `/awards/rounds/${roundId}/nominations`)).body).toHaveLength(2);
    expect((await api('DELETE', `/awards/commissions/${vietNam}`)).statusCode).toBe(409);
    expect((await api('DELETE', `/awards/commissions/${thailand}`)).statusCode).toBe(204);
  });
});
