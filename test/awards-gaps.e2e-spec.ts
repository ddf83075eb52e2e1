import pg from 'pg';
import { commissionForCity } from './support/commissions.js';
import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'awards-gaps';
const year = new Date().getUTCFullYear();
const hour = 3600_000;

const CITIES_CSV = [
  'name,country,region,population,gnlc_member_since,last_award_year',
  `Sơn La,VN,asia-pacific,108000,${year - 5},`,
  `Vinh,VN,asia-pacific,339000,${year - 5},`,
  `เชียงใหม่,TH,asia-pacific,127000,${year - 5},`,
  `Surabaya,ID,asia-pacific,2870000,${year - 5},`,
  `Aswan,EG,arab-states,1500000,${year - 5},`,
  `Amman,JO,arab-states,4000000,${year - 5},`,
  `Tunis,TN,arab-states,640000,${year - 5},`,
].join('\n');

describe('awards: representatives, per-region quotas, organisers reading each juror’s scores', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  let representative: { id: string; token: string };
  let delegate: string;
  let roundId: string;
  let criteria: { id: string; name: string }[];
  const cities = new Map<string, string>();
  const nominations = new Map<string, string>();
  const jurors: Record<'thai' | 'viet', { id: string; token: string }> = {} as never;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await createEvent(t, slug);
    const organiserId = await createUser(t, 'organiser@gaps.test', 'Organiser', 'en', 'an organiser password 1');
    expect((await grantRole(t, slug, organiserId, 'organiser')).statusCode).toBe(200);
    organiser = await t.login('organiser@gaps.test', 'an organiser password 1');
    const representativeId = await createUser(t, 'rep@sonla.test', 'Lò Văn Hùng', 'vi', 'a representative password 1');
    representative = { id: representativeId, token: await t.login('rep@sonla.test', 'a representative password 1') };
    const delegateId = await createUser(t, 'delegate@gaps.test', 'Delegate', 'en', 'a delegate password 1');
    expect((await grantRole(t, slug, delegateId, 'delegate')).statusCode).toBe(200);
    delegate = await t.login('delegate@gaps.test', 'a delegate password 1');
    for (const [key, email, name] of [
      ['thai', 'somchai@gaps.test', 'Somchai'],
      ['viet', 'lan@gaps.test', 'Nguyễn Thị Lan'],
    ] as const) {
      const id = await createUser(t, email, name, 'en', 'a juror password 1');
      expect((await grantRole(t, slug, id, 'juror')).statusCode).toBe(200);
      jurors[key] = { id, token: await t.login(email, 'a juror password 1') };
    }
    const imported = await t.request('POST', `/events/${slug}/awards/cities/import`, {
      token: admin,
      body: CITIES_CSV,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.statusCode).toBe(201);
    for (const city of (await t.request('GET', `/events/${slug}/awards/cities`)).body) cities.set(city.name, city.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const api = (method: string, path: string, body?: unknown, token = admin) => t.request(method, `/events/${slug}${path}`, { token, body });
  const jury = (who: 'thai' | 'viet', method: string, path: string, body?: unknown) =>
    t.request(method, `/events/${slug}/awards/jury/rounds/${roundId}/nominations${path}`, { token: jurors[who].token, body });
  const nominate = async (city: string, token = organiser) =>
    api(
      'POST',
      `/awards/rounds/${roundId}/nominations`,
      {
        cityId: cities.get(city),
        commissionId: await commissionForCity(t, slug, cities.get(city)!, admin),
        contactName: `Focal point of ${city}`,
        contactEmail: `focal-${nominations.size}-${Date.now()}@cities.test`,
      },
      token,
    );

  it('opens a round with a default quota of 6 and a quota of 2 for the Arab States, refusing bad quotas with 4xx', async () => {
    const now = Date.now();
    const base = {
      year,
      criteria: [
        { name: 'Planning', weight: 2 },
        { name: 'Inclusion', weight: 1 },
      ],
      nominationDeadline: new Date(now + hour).toISOString(),
      judgingDeadline: new Date(now + 2 * hour).toISOString(),
    };
    const response = await api('POST', '/awards/rounds', {
      ...base,
      name: `Gaps award ${year}`,
      rules: { gnlcMembershipRequired: true, maxWinnersPerCountry: null },
      regionQuotas: [{ region: 'arab-states', quota: 2 }],
    });
    expect(response.statusCode).toBe(201);
    expect(response.body.rules.regionQuota).toBe(6);
    expect(response.body.regionQuotas).toEqual([{ region: 'arab-states', quota: 2 }]);
    roundId = response.body.id;
    criteria = response.body.criteria;

    const unknownRegion = await api('POST', '/awards/rounds', { ...base, name: 'Bad region', regionQuotas: [{ region: 'antarctica', quota: 2 }] });
    expect(unknownRegion.statusCode).toBe(400);
    const negative = await api('POST', '/awards/rounds', { ...base, name: 'Bad quota', regionQuotas: [{ region: 'africa', quota: -1 }] });
    expect(negative.statusCode).toBe(400);
    const twice = await api('POST', '/awards/rounds', {
      ...base,
      name: 'Twice',
      regionQuotas: [
        { region: 'africa', quota: 1 },
        { region: 'africa', quota: 2 },
      ],
    });
    expect(twice.statusCode).toBe(422);
    expect((await api('GET', '/awards/rounds')).body.map((round: { name: string }) => round.name)).toEqual([`Gaps award ${year}`]);
  });

  it('lets organisers link representatives to cities, and a representative nominate only a city they represent', async () => {
    const sonLa = cities.get('Sơn La')!;
    // The user must hold the representative role first.
    const notYet = await api('POST', `/awards/cities/${sonLa}/representatives`, { userId: representative.id }, organiser);
    expect(notYet.statusCode).toBe(422);
    expect((await grantRole(t, slug, representative.id, 'representative')).statusCode).toBe(200);
    // Only organisers manage representatives.
    expect((await api('POST', `/awards/cities/${sonLa}/representatives`, { userId: representative.id }, representative.token)).statusCode).toBe(403);
    expect((await api('POST', `/awards/cities/${sonLa}/representatives`, { userId: 'not-a-uuid' }, organiser)).statusCode).toBe(400);
    const linked = await api('POST', `/awards/cities/${sonLa}/representatives`, { userId: representative.id }, organiser);
    expect(linked.statusCode).toBe(201);
    expect(linked.body).toEqual([expect.objectContaining({ userId: representative.id, displayName: 'Lò Văn Hùng', city: 'Sơn La', country: 'VN' })]);
    const listed = await api('GET', `/awards/cities/${sonLa}/representatives`, undefined, organiser);
    expect(listed.body).toHaveLength(1);
    // An organiser can name any user id: the answers never give away that person's email.
    for (const text of [linked.text, listed.text]) expect(text).not.toContain('rep@sonla.test');
    const mine = await api('GET', '/awards/cities/represented', undefined, representative.token);
    expect(mine.body.map((row: { city: string }) => row.city)).toEqual(['Sơn La']);

    const notTheirs = await nominate('Vinh', representative.token);
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.body.message).toContain('do not represent Vinh');
    // Neither a delegate nor a juror may nominate.
    expect((await nominate('Vinh', delegate)).statusCode).toBe(403);
    expect((await nominate('Vinh', jurors.thai.token)).statusCode).toBe(403);

    const theirs = await nominate('Sơn La', representative.token);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.body.city).toBe('Sơn La');
    nominations.set('Sơn La', theirs.body.id);

    // Unlinked, the representative can no longer nominate the city (a second nomination would be refused anyway).
    const removed = await api('DELETE', `/awards/cities/${sonLa}/representatives/${representative.id}`, undefined, organiser);
    expect(removed.statusCode).toBe(204);
    expect((await api('DELETE', `/awards/cities/${sonLa}/representatives/${representative.id}`, undefined, organiser)).statusCode).toBe(404);
    expect((await nominate('Sơn La', representative.token)).statusCode).toBe(403);

    // Organisers nominate any city.
    for (const city of ['Vinh', 'เชียงใหม่', 'Surabaya', 'Aswan', 'Amman', 'Tunis']) {
      const response = await nominate(city);
      expect(response.statusCode).toBe(201);
      nominations.set(city, response.body.id);
    }
  });

  it('shows organisers every juror’s scores per nomination while each juror sees only their own until the round closes', async () => {
    await api('POST', `/awards/rounds/${roundId}/jurors`, { userId: jurors.thai.id, country: 'TH' });
    const added = await api('POST', `/awards/rounds/${roundId}/jurors`, { userId: jurors.viet.id, country: 'VN' });
    const listedJurors = await api('GET', `/awards/rounds/${roundId}/jurors`, undefined, organiser);
    expect(listedJurors.body.map((juror: { displayName: string }) => juror.displayName).sort()).toEqual(['Nguyễn Thị Lan', 'Somchai']);
    for (const text of [added.text, listedJurors.text]) for (const email of ['somchai@gaps.test', 'lan@gaps.test']) expect(text).not.toContain(email);
    const surabaya = nominations.get('Surabaya')!;
    for (const who of ['thai', 'viet'] as const) {
      expect((await api('POST', `/awards/rounds/${roundId}/assignments`, { userId: jurors[who].id, nominationIds: [surabaya] })).statusCode).toBe(200);
    }
    const give = (who: 'thai' | 'viet', planning: number, inclusion: number) =>
      jury(who, 'PUT', `/${surabaya}/scores`, {
        scores: [
          { criterionId: criteria[0].id, score: planning, comment: `${who} planning` },
          { criterionId: criteria[1].id, score: inclusion, comment: `${who} inclusion` },
        ],
      });
    expect((await give('thai', 9, 6)).statusCode).toBe(200);
    expect((await give('viet', 4, 7)).statusCode).toBe(200);

    // Each juror sees only their own.
    const thaiOwn = await jury('thai', 'GET', `/${surabaya}/scores`);
    expect(thaiOwn.body.map((score: { score: number; mine: boolean }) => [score.score, score.mine])).toEqual([
      [9, true],
      [6, true],
    ]);
    const vietOwn = await jury('viet', 'GET', `/${surabaya}/scores`);
    expect(vietOwn.body.map((score: { score: number; mine: boolean }) => [score.score, score.mine])).toEqual([
      [4, true],
      [7, true],
    ]);

    // The organiser sees each juror's, by name, with their weighted mean.
    const path = `/awards/rounds/${roundId}/nominations/${surabaya}/scores`;
    const seen = await api('GET', path, undefined, organiser);
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toEqual(expect.objectContaining({ nominationId: surabaya, city: 'Surabaya', country: 'ID' }));
    expect(
      seen.body.jurors.map((juror: { displayName: string; country: string; weightedMean: number }) => [juror.displayName, juror.country, juror.weightedMean]),
    ).toEqual([
      ['Nguyễn Thị Lan', 'VN', 5],
      ['Somchai', 'TH', 8],
    ]);
    const somchai = seen.body.jurors.find((juror: { userId: string }) => juror.userId === jurors.thai.id);
    expect(
      somchai.scores.map((score: { criterion: string; weight: number; score: number; comment: string }) => [
        score.criterion,
        score.weight,
        score.score,
        score.comment,
      ]),
    ).toEqual([
      ['Planning', 2, 9, 'thai planning'],
      ['Inclusion', 1, 6, 'thai inclusion'],
    ]);
    // Nobody else may read them: not a juror, not a representative, not anonymously; nor a nomination of another round.
    expect((await api('GET', path, undefined, jurors.thai.token)).statusCode).toBe(403);
    expect((await api('GET', path, undefined, representative.token)).statusCode).toBe(403);
    expect((await t.request('GET', `/events/${slug}${path}`)).statusCode).toBe(401);
    expect((await api('GET', `/awards/rounds/${roundId}/nominations/00000000-0000-4000-8000-000000000000/scores`, undefined, organiser)).statusCode).toBe(404);
    expect((await api('GET', `/awards/rounds/${roundId}/nominations/nope/scores`, undefined, organiser)).statusCode).toBe(400);
    // A nomination nobody scored has no jurors yet.
    expect((await api('GET', `/awards/rounds/${roundId}/nominations/${nominations.get('Vinh')}/scores`, undefined, organiser)).body.jurors).toEqual([]);
  });

  it('holds the Arab States to a quota of 2 while Asia and the Pacific takes more, in the database too', async () => {
    const now = Date.now();
    const closed = await api('PATCH', `/awards/rounds/${roundId}`, {
      nominationDeadline: new Date(now - 2 * hour).toISOString(),
      judgingDeadline: new Date(now - 1000).toISOString(),
    });
    expect(closed.body.closed).toBe(true);
    // Once closed, jurors see each other's scores as before.
    expect((await jury('thai', 'GET', `/${nominations.get('Surabaya')}/scores`)).body).toHaveLength(4);

    const confirm = (city: string) => api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: nominations.get(city) });
    const arab = await Promise.all(['Aswan', 'Amman', 'Tunis'].map(confirm));
    expect(arab.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 409]);
    const refused = arab.find((answer) => answer.statusCode === 409)!;
    expect(refused.body.details).toEqual(expect.objectContaining({ rule: 'regionQuota', region: 'arab-states', quota: 2 }));
    expect(refused.body.message).toContain('Arab States already has its quota of 2');
    for (const city of ['Sơn La', 'Vinh', 'เชียงใหม่', 'Surabaya']) expect((await confirm(city)).statusCode).toBe(200);

    const results = await api('GET', `/awards/rounds/${roundId}/results`);
    const region = (name: string) => results.body.regions.find((row: { region: string }) => row.region === name);
    expect(region('arab-states')).toEqual(expect.objectContaining({ quota: 2, winners: 2 }));
    expect(region('asia-pacific')).toEqual(expect.objectContaining({ quota: 6, winners: 4 }));

    // The counter's CHECK carries the region's own quota: no writer gets past it.
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT region, quota, confirmed FROM award_region_winners WHERE round_id = $1 ORDER BY region`, [roundId]);
      expect(rows).toEqual([
        { region: 'arab-states', quota: 2, confirmed: 2 },
        { region: 'asia-pacific', quota: 6, confirmed: 4 },
      ]);
      await expect(
        client.query(`UPDATE award_region_winners SET confirmed = confirmed + 1 WHERE round_id = $1 AND region = 'arab-states'`, [roundId]),
      ).rejects.toMatchObject({
        code: '23514',
        constraint: 'award_region_winners_quota',
      });
    } finally {
      await client.end();
    }

    // Lowering a region's quota below its winners is refused; raising it frees a place; null returns it to the default.
    const tooLow = await api('PATCH', `/awards/rounds/${roundId}`, { regionQuotas: [{ region: 'asia-pacific', quota: 3 }] });
    expect(tooLow.statusCode).toBe(409);
    const raised = await api('PATCH', `/awards/rounds/${roundId}`, { regionQuotas: [{ region: 'arab-states', quota: 3 }] });
    expect(raised.statusCode).toBe(200);
    expect(raised.body.regionQuotas).toEqual([{ region: 'arab-states', quota: 3 }]);
    const third = arab.findIndex((answer) => answer.statusCode === 409);
    expect((await confirm(['Aswan', 'Amman', 'Tunis'][third])).statusCode).toBe(200);
    const lowerDefault = await api('PATCH', `/awards/rounds/${roundId}`, { rules: { regionQuota: 4 }, regionQuotas: [{ region: 'arab-states', quota: null }] });
    expect(lowerDefault.statusCode).toBe(200);
    expect(lowerDefault.body.regionQuotas).toEqual([]);
    expect(lowerDefault.body.rules.regionQuota).toBe(4);
    const after = await api('GET', `/awards/rounds/${roundId}/results`);
    expect(after.body.regions.map((row: { region: string; quota: number; winners: number }) => [row.region, row.quota, row.winners])).toEqual([
      ['arab-states', 4, 3],
      ['asia-pacific', 4, 4],
    ]);
    expect((await api('PATCH', `/awards/rounds/${roundId}`, { rules: { regionQuota: 2 } })).statusCode).toBe(409);
  });
});
