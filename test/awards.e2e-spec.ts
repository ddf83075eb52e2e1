import pg from 'pg';
import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { commissionFor } from './support/commissions.js';
import { readPdf } from './support/pdf.js';
import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'awards-round';
const year = new Date().getUTCFullYear();
const hour = 3600_000;

// Membership years relative to today, so the rules read the same whatever year the test runs in.
const CITIES_CSV = [
  'name,country,region,population,gnlc_member_since,last_award_year',
  `Sơn La,VN,asia-pacific,108000,${year - 2},`,
  `Vinh,VN,asia-pacific,339000,${year - 5},`,
  `Sa Đéc,VN,asia-pacific,213000,${year - 5},`,
  `Tân Thành,VN,asia-pacific,5000,${year},`,
  `เชียงใหม่,TH,asia-pacific,127000,${year - 5},`,
  `수원시,KR,asia-pacific,1190000,${year - 8},`,
  `岡山市,JP,asia-pacific,720000,${year - 8},${year - 3}`,
  `武汉市,CN,asia-pacific,11000000,${year - 5},`,
  `Surabaya,ID,asia-pacific,2870000,${year - 4},`,
  `Petaling Jaya,MY,asia-pacific,771000,${year - 5},`,
  `Puerto Princesa,PH,asia-pacific,307000,${year - 3},`,
  `Hồ Chí Minh,VN,asia-pacific,9300000,${year},`,
  'Nowhere,FR,europe-north-america,50000,,',
  `Cork,IE,europe-north-america,210000,${year - 8},`,
].join('\n');

describe('awards: a whole round through the API', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let roundId: string;
  let criteria: { id: string; name: string }[];
  const cities = new Map<string, string>();
  const nominations = new Map<string, string>();
  const jurors: Record<'thai' | 'viet', { id: string; token: string }> = {} as never;

  const countryOf = (city: string) =>
    CITIES_CSV.split('\n')
      .find((line) => line.startsWith(`${city},`))!
      .split(',')[1];
  const contact = (city: string) => `contact-${[...city].map((c) => c.codePointAt(0)!.toString(36)).join('')}@cities.test`;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(4), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
    await createEvent(t, slug);
    for (const [key, email, name] of [
      ['thai', 'somchai@jury.test', 'Somchai'],
      ['viet', 'lan@jury.test', 'Nguyễn Thị Lan'],
    ] as const) {
      const id = await createUser(t, email, name, 'en', 'a juror password 1');
      expect((await grantRole(t, slug, id, 'juror')).statusCode).toBe(200);
      jurors[key] = { id, token: await t.login(email, 'a juror password 1') };
    }
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const api = (method: string, path: string, body?: unknown, token = admin) => t.request(method, `/events/${slug}${path}`, { token, body });
  const jury = (who: 'thai' | 'viet', method: string, path: string, body?: unknown) =>
    t.request(method, `/events/${slug}/awards/jury/rounds/${roundId}/nominations${path}`, { token: jurors[who].token, body });

  it('imports the city registry from CSV all or nothing, with a line-by-line report', async () => {
    const bad = `name,country,region,population,gnlc_member_since,last_award_year\nSơn La,Vietnam,asia-pacific,108000,2020,\nVinh,VN,asia,339000,2020,\nCork,IE,europe-north-america,many,,`;
    const refused = await t.request('POST', `/events/${slug}/awards/cities/import`, { token: admin, body: bad, headers: { 'content-type': 'text/csv' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.body.details).toEqual([
      { line: 2, problems: [{ code: 'COUNTRY_INVALID', field: 'country', message: expect.any(String), data: { value: 'Vietnam' } }] },
      { line: 3, problems: [expect.objectContaining({ code: 'REGION_UNKNOWN', field: 'region', data: expect.objectContaining({ value: 'asia' }) })] },
      { line: 4, problems: [expect.objectContaining({ code: 'NUMBER_OUT_OF_RANGE', field: 'population', data: { value: 'many', min: 0, max: 100_000_000 } })] },
    ]);
    const twice = await t.request('POST', `/events/${slug}/awards/cities/import`, {
      token: admin,
      body: `name,country,region,population,gnlc_member_since,last_award_year\nHuế,VN,asia-pacific,,,\nhue,VN,asia-pacific,,,`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(twice.body.details).toEqual([
      { line: 3, problems: [expect.objectContaining({ code: 'DUPLICATE_LINE', field: 'name', data: { line: 2, name: 'hue', country: 'VN' } })] },
    ]);
    const noHeader = await t.request('POST', `/events/${slug}/awards/cities/import`, {
      token: admin,
      body: 'name,country\nHuế,VN',
      headers: { 'content-type': 'text/csv' },
    });
    expect(noHeader.body).toMatchObject({ code: 'IMPORT_COLUMNS_MISSING', details: [{ line: 1, problems: [{ code: 'COLUMNS_MISSING', field: null }] }] });
    expect((await api('GET', '/awards/cities')).body).toEqual([]);

    const imported = await t.request('POST', `/events/${slug}/awards/cities/import`, {
      token: admin,
      body: CITIES_CSV,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.body).toEqual({ created: 14, updated: 0 });
    const again = await t.request('POST', `/events/${slug}/awards/cities/import`, { token: admin, body: CITIES_CSV, headers: { 'content-type': 'text/csv' } });
    expect(again.body).toEqual({ created: 0, updated: 14 });

    for (const city of (await api('GET', '/awards/cities')).body) cities.set(city.name, city.id);
    const search = await t.request('GET', `/events/${slug}/awards/cities?q=son%20la`);
    expect(search.body.map((city: { name: string }) => city.name)).toEqual(['Sơn La']);
    expect((await api('POST', '/awards/cities', { name: 'Sơn La', country: 'VN', region: 'asia-pacific' })).statusCode).toBe(409);
  });

  it('opens a round with every rule set, its quota and weighted criteria', async () => {
    const now = Date.now();
    const response = await api('POST', '/awards/rounds', {
      name: `UNESCO Learning City Award ${year}`,
      year,
      rules: {
        gnlcMembershipRequired: true,
        gnlcMinMembershipMonths: 12,
        minPopulation: 10_000,
        yearsSinceLastAward: 6,
        maxNominationsPerBody: 2,
        maxWinnersPerCountry: 1,
        regionQuota: 6,
      },
      criteria: [
        { name: 'Planning and governance', weight: 2 },
        { name: 'Inclusive lifelong learning', weight: 1 },
      ],
      nominationDeadline: new Date(now + hour).toISOString(),
      judgingDeadline: new Date(now + 2 * hour).toISOString(),
    });
    expect(response.statusCode).toBe(201);
    expect(response.body.rules).toEqual(expect.objectContaining({ regionQuota: 6, maxWinnersPerCountry: 1, gnlcMinMembershipMonths: 12 }));
    roundId = response.body.id;
    criteria = response.body.criteria;
    expect(criteria.map((criterion) => criterion.name)).toEqual(['Planning and governance', 'Inclusive lifelong learning']);

    const badRule = await api('POST', '/awards/rounds', {
      name: 'Bad',
      year,
      rules: { regionQuota: -1 },
      criteria: [{ name: 'x', weight: 1 }],
      nominationDeadline: new Date(now).toISOString(),
      judgingDeadline: new Date(now + hour).toISOString(),
    });
    expect(badRule.statusCode).toBe(400);
    expect(badRule.body.details[0].field).toBe('rules.regionQuota');
  });

  // The body named is the Commission's name when its country's Commission is first added.
  const nominate = async (city: string, body: string, language = 'en') =>
    api('POST', `/awards/rounds/${roundId}/nominations`, {
      cityId: cities.get(city),
      commissionId: await commissionFor(t, slug, countryOf(city), admin, body),
      contactName: `Focal point of ${city}`,
      contactEmail: contact(city),
      contactLanguage: language,
      summary: `Dossier of ${city}`,
      documents: [{ filename: `dossier-${city}.pdf`, contentType: 'application/pdf', sizeBytes: 2048 }],
    });

  it('accepts eligible nominations and refuses an ineligible one naming every failed rule', async () => {
    const eligible: [string, string, string?][] = [
      ['Sơn La', 'Viet Nam National Commission for UNESCO', 'vi'],
      ['Vinh', 'Viet Nam National Commission for UNESCO', 'vi'],
      ['เชียงใหม่', 'Thai National Commission for UNESCO'],
      ['수원시', 'Korean National Commission for UNESCO'],
      ['武汉市', 'National Commission of the P.R. China for UNESCO'],
      ['Surabaya', 'Indonesian National Commission for UNESCO'],
      ['Petaling Jaya', 'Malaysian National Commission for UNESCO'],
      ['Puerto Princesa', 'Philippine National Commission for UNESCO'],
      ['Cork', 'Irish National Commission for UNESCO'],
    ];
    for (const [city, body, language] of eligible) {
      const response = await nominate(city, body, language);
      expect(response.statusCode).toBe(201);
      expect(response.body).toEqual(
        expect.objectContaining({ city, winner: false, documents: [expect.objectContaining({ filename: `dossier-${city}.pdf`, stored: false })] }),
      );
      nominations.set(city, response.body.id);
    }

    const tiny = await nominate('Tân Thành', 'viet nam national commission for unesco');
    expect(tiny.statusCode).toBe(422);
    expect(tiny.body.details.map((failed: { rule: string }) => failed.rule)).toEqual(['gnlcMembershipLength', 'minPopulation', 'nominationsPerBody']);
    expect(tiny.body.message).toContain('Tân Thành is not eligible');
    expect(tiny.body).toMatchObject({ code: 'NOT_ELIGIBLE', data: { city: 'Tân Thành' } });

    const awardedRecently = await nominate('岡山市', 'Japanese National Commission for UNESCO');
    expect(awardedRecently.statusCode).toBe(422);
    expect(awardedRecently.body.details).toEqual([{ rule: 'yearsSinceLastAward', message: expect.stringContaining(`awarded in ${year - 3}`) }]);

    const notMember = await nominate('Nowhere', 'French National Commission for UNESCO');
    expect(notMember.body.details.map((failed: { rule: string }) => failed.rule)).toEqual(['gnlcMembership']);

    const twice = await nominate('Vinh', 'Ministry of Education and Training');
    expect(twice.statusCode).toBe(409);
    expect(twice.body.message).toContain('already nominated');
  });

  it('never lets a juror see or score a nomination from their own country or one they declared a conflict with', async () => {
    await api('POST', `/awards/rounds/${roundId}/jurors`, { userId: jurors.thai.id, country: 'TH' });
    await api('POST', `/awards/rounds/${roundId}/jurors`, { userId: jurors.viet.id, country: 'VN' });
    const all = [...nominations.values()];

    const ownCountry = await api('POST', `/awards/rounds/${roundId}/assignments`, { userId: jurors.thai.id, nominationIds: all });
    expect(ownCountry.statusCode).toBe(422);
    expect(ownCountry.body.details).toEqual([{ nominationId: nominations.get('เชียงใหม่'), messages: [expect.stringContaining('own country (TH)')] }]);

    const thaiShare = all.filter((id) => id !== nominations.get('เชียงใหม่'));
    expect((await api('POST', `/awards/rounds/${roundId}/assignments`, { userId: jurors.thai.id, nominationIds: thaiShare })).body).toEqual({ assigned: 8 });
    const vietShare = all.filter((id) => ![nominations.get('Sơn La'), nominations.get('Vinh')].includes(id));
    expect((await api('POST', `/awards/rounds/${roundId}/assignments`, { userId: jurors.viet.id, nominationIds: vietShare })).body).toEqual({ assigned: 7 });

    // Even the organiser's data cannot reach a juror by id: the Thai city is not found for the Thai juror.
    expect((await jury('thai', 'GET', `/${nominations.get('เชียงใหม่')}`)).statusCode).toBe(404);
    expect((await jury('thai', 'PUT', `/${nominations.get('เชียงใหม่')}/scores`, { scores: [{ criterionId: criteria[0].id, score: 9 }] })).statusCode).toBe(404);

    const suwon = nominations.get('수원시')!;
    expect((await jury('thai', 'GET', `/${suwon}`)).statusCode).toBe(200);
    expect((await jury('thai', 'PUT', `/${suwon}/scores`, { scores: [{ criterionId: criteria[0].id, score: 3 }] })).statusCode).toBe(200);
    const declared = await jury('thai', 'POST', `/${suwon}/conflict`, { reason: 'I advised Suwon on its dossier' });
    expect(declared.statusCode).toBe(204);
    expect((await jury('thai', 'GET', `/${suwon}`)).statusCode).toBe(404);
    expect((await jury('thai', 'GET', `/${suwon}/scores`)).statusCode).toBe(404);
    expect((await jury('thai', 'PUT', `/${suwon}/scores`, { scores: [{ criterionId: criteria[0].id, score: 10 }] })).statusCode).toBe(404);
    const list = await jury('thai', 'GET', '');
    expect(list.body.map((nomination: { city: string }) => nomination.city).sort()).toEqual(
      ['Cork', 'Petaling Jaya', 'Puerto Princesa', 'Sơn La', 'Surabaya', 'Vinh', '武汉市'].sort(),
    );
    const reassign = await api('POST', `/awards/rounds/${roundId}/assignments`, { userId: jurors.thai.id, nominationIds: [suwon] });
    expect(reassign.statusCode).toBe(422);
    expect(reassign.body.details[0].messages[0]).toContain('conflict of interest');
  });

  it('keeps dossier files through the storage port, readable by the nomination’s jurors only', async () => {
    const base = t.baseUrl.replace('[::1]', '127.0.0.1');
    const upload = (nominationId: string, bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), name);
      return fetch(`${base}/events/${slug}/awards/rounds/${roundId}/nominations/${nominationId}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      });
    };
    const sonLa = nominations.get('Sơn La')!;
    const pdfBytes = Buffer.from('%PDF-1.4\n% dossier of Sơn La\n%%EOF\n');
    const stored = await upload(sonLa, pdfBytes, 'Hồ sơ Sơn La.pdf');
    expect(stored.status).toBe(201);
    const document = (await stored.json()) as { id: string };
    expect(document).toEqual(
      expect.objectContaining({ filename: 'Hồ sơ Sơn La.pdf', contentType: 'application/pdf', sizeBytes: pdfBytes.length, stored: true }),
    );
    expect((await upload(sonLa, Buffer.from('<html>not a dossier</html>'), 'x.pdf')).status).toBe(415);

    const path = `/rounds/${roundId}/nominations/${sonLa}/documents/${document.id}`;
    const asThai = await fetch(`${base}/events/${slug}/awards/jury${path}`, { headers: { authorization: `Bearer ${jurors.thai.token}` } });
    expect(asThai.status).toBe(200);
    expect(Buffer.from(await asThai.arrayBuffer()).equals(pdfBytes)).toBe(true);
    expect(asThai.headers.get('content-disposition')).toContain("filename*=UTF-8''H%E1%BB%93%20s%C6%A1%20S%C6%A1n%20La.pdf");
    // The Vietnamese juror never sees a Vietnamese city's dossier.
    const asViet = await fetch(`${base}/events/${slug}/awards/jury${path}`, { headers: { authorization: `Bearer ${jurors.viet.token}` } });
    expect(asViet.status).toBe(404);
    const listed = await api('GET', `/awards/rounds/${roundId}/nominations/${sonLa}`);
    expect(listed.body.documents.map((doc: { stored: boolean }) => doc.stored).sort()).toEqual([false, true]);
  });

  // Both criteria get the same score, so the weighted mean is that score. Surabaya and Petaling Jaya tie
  // on mean and jurors: Surabaya was nominated first and ranks above.
  const planned: Record<string, { thai?: number; viet?: number }> = {
    'Sơn La': { thai: 9 },
    Vinh: { thai: 8 },
    เชียงใหม่: { viet: 8 },
    수원시: { viet: 7 },
    武汉市: { thai: 7, viet: 6 },
    Surabaya: { thai: 6, viet: 6 },
    'Petaling Jaya': { thai: 6, viet: 6 },
    'Puerto Princesa': { thai: 4, viet: 5 },
    Cork: { thai: 7 },
  };

  it('takes scores 0–10 per criterion, editable until the deadline, each juror seeing only their own', async () => {
    const surabaya = nominations.get('Surabaya')!;
    expect((await jury('viet', 'PUT', `/${surabaya}/scores`, { scores: [{ criterionId: criteria[0].id, score: 11 }] })).statusCode).toBe(400);
    const first = await jury('viet', 'PUT', `/${surabaya}/scores`, { scores: [{ criterionId: criteria[0].id, score: 2, comment: 'thin dossier' }] });
    expect(first.statusCode).toBe(200);
    for (const [city, scores] of Object.entries(planned)) {
      for (const who of ['thai', 'viet'] as const) {
        const score = scores[who];
        if (score === undefined) continue;
        const response = await jury(who, 'PUT', `/${nominations.get(city)}/scores`, {
          scores: criteria.map((criterion) => ({ criterionId: criterion.id, score, comment: `${who} on ${city}` })),
        });
        expect(response.statusCode).toBe(200);
      }
    }
    const mine = await jury('thai', 'GET', `/${surabaya}/scores`);
    expect(mine.body).toHaveLength(2);
    expect(mine.body.every((score: { mine: boolean; score: number }) => score.mine && score.score === 6)).toBe(true);
    const viet = await jury('viet', 'GET', `/${surabaya}/scores`);
    expect(viet.body.map((score: { score: number; comment: string }) => [score.score, score.comment])).toEqual([
      [6, 'viet on Surabaya'],
      [6, 'viet on Surabaya'],
    ]);

    // A winner cannot be confirmed while judging is open.
    expect((await api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: nominations.get('Sơn La') })).statusCode).toBe(409);
  });

  it('closes judging at the deadline, then shows every juror all scores', async () => {
    const now = Date.now();
    const closed = await api('PATCH', `/awards/rounds/${roundId}`, {
      nominationDeadline: new Date(now - 2 * hour).toISOString(),
      judgingDeadline: new Date(now - 1000).toISOString(),
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.body.closed).toBe(true);
    const late = await jury('thai', 'PUT', `/${nominations.get('Cork')}/scores`, { scores: [{ criterionId: criteria[0].id, score: 10 }] });
    expect(late.statusCode).toBe(409);
    const all = await jury('thai', 'GET', `/${nominations.get('Surabaya')}/scores`);
    expect(all.body).toHaveLength(4);
    expect(all.body.filter((score: { mine: boolean }) => !score.mine).map((score: { juror: string }) => score.juror)).toEqual([
      'Nguyễn Thị Lan',
      'Nguyễn Thị Lan',
    ]);
  });

  it('ranks each region by weighted mean with the stated tie-break, and shortlists up to the quota', async () => {
    const results = await api('GET', `/awards/rounds/${roundId}/results`);
    expect(results.statusCode).toBe(200);
    const asia = results.body.regions.find((region: { region: string }) => region.region === 'asia-pacific');
    expect(asia.nominations.map((row: { city: string }) => row.city)).toEqual([
      'Sơn La',
      'Vinh',
      'เชียงใหม่',
      '수원시',
      '武汉市',
      'Surabaya',
      'Petaling Jaya',
      'Puerto Princesa',
    ]);
    expect(asia.nominations.map((row: { weightedMean: number }) => row.weightedMean)).toEqual([9, 8, 8, 7, 6.5, 6, 6, 4.5]);
    expect(asia.nominations.map((row: { shortlisted: boolean }) => row.shortlisted)).toEqual([true, true, true, true, true, true, false, false]);
    // Vinh and Chiang Mai tie on 8 with one juror each: Vinh was nominated first.
    const europe = results.body.regions.find((region: { region: string }) => region.region === 'europe-north-america');
    expect(europe.nominations).toEqual([expect.objectContaining({ city: 'Cork', rank: 1, weightedMean: 7, jurors: 1, shortlisted: true })]);
  });

  it('confirms winners never beyond one per country, nor beyond the region quota even when confirmed at once', async () => {
    const confirm = (city: string) => api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: nominations.get(city) });
    expect((await confirm('Sơn La')).statusCode).toBe(200);
    const secondVietnamese = await confirm('Vinh');
    expect(secondVietnamese.statusCode).toBe(409);
    expect(secondVietnamese.body.details).toEqual(expect.objectContaining({ rule: 'maxWinnersPerCountry', country: 'VN' }));
    expect((await confirm('Sơn La')).statusCode).toBe(409);

    // Six confirmations race for the five places left in Asia and the Pacific.
    const racers = ['เชียงใหม่', '수원시', '武汉市', 'Surabaya', 'Petaling Jaya', 'Puerto Princesa'];
    const answers = await Promise.all(racers.map(confirm));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 409]);
    const refused = answers.find((answer) => answer.statusCode === 409)!;
    expect(refused.body.details).toEqual(expect.objectContaining({ rule: 'regionQuota', region: 'asia-pacific', quota: 6 }));
    expect(refused.body.message).toContain('Asia and the Pacific already has its quota of 6');
    expect(refused.body).toMatchObject({ code: 'QUOTA_REACHED', data: { region: 'asia-pacific', quota: 6 } });

    const results = await api('GET', `/awards/rounds/${roundId}/results`);
    const asia = results.body.regions.find((region: { region: string }) => region.region === 'asia-pacific');
    expect(asia.winners).toBe(6);
    expect(asia.nominations.filter((row: { winner: boolean }) => row.winner)).toHaveLength(6);
    // A seventh winner, asked for alone, is refused too; withdrawing one frees its place.
    const loser = racers[answers.findIndex((answer) => answer.statusCode === 409)];
    expect((await confirm(loser)).statusCode).toBe(409);
    const winner = racers[answers.findIndex((answer) => answer.statusCode === 200)];
    expect((await api('DELETE', `/awards/rounds/${roundId}/winners/${nominations.get(winner)}`)).statusCode).toBe(200);
    expect((await confirm(loser)).statusCode).toBe(200);
    expect((await confirm('Cork')).statusCode).toBe(200);
  });

  it('keeps winners confidential until released, then tells every nominated city its outcome in its language', async () => {
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/winners`)).statusCode).toBe(404);
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/results`, { token: jurors.thai.token })).statusCode).toBe(403);
    const released = await api('POST', `/awards/rounds/${roundId}/release`, {});
    expect(released.statusCode).toBe(200);
    expect(released.body.notified).toBe(9);
    const publicWinners = await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/winners`);
    expect(publicWinners.statusCode).toBe(200);
    expect(publicWinners.body.winners).toHaveLength(7);
    expect(publicWinners.body.winners.map((winner: { city: string }) => winner.city)).toEqual(expect.arrayContaining(['Sơn La', 'Cork']));
    expect((await api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: nominations.get('Vinh') })).statusCode).toBe(409);
    expect((await api('POST', `/awards/rounds/${roundId}/release`, {})).statusCode).toBe(409);

    const sonLa = await expectEventually(() => {
      const mails = sink.to(contact('Sơn La'));
      expect(mails).toHaveLength(1);
      return mails[0];
    });
    expect(sonLa.parsed.subject).toContain('Sơn La đoạt giải');
    expect(sonLa.parsed.text).toContain('Trân trọng chúc mừng! Sơn La đã được chọn là một trong các thành phố đoạt Giải thưởng Thành phố học tập của UNESCO');
    const vinh = await expectEventually(() => sink.to(contact('Vinh'))[0] ?? Promise.reject(new Error('no mail yet')));
    expect(vinh.parsed.subject).toContain('kết quả xét chọn của Vinh');
    // The city is nominated; the nominating body is thanked (translator's review, M5).
    expect(vinh.parsed.text).toContain('Chúng tôi mong Vinh sẽ tiếp tục được đề cử trong các kỳ tới.');
    const cork = await expectEventually(() => sink.to(contact('Cork'))[0] ?? Promise.reject(new Error('no mail yet')));
    expect(cork.parsed.subject).toContain('Cork is a winner');
    await expectEventually(() => expect(sink.received.filter((mail) => mail.envelope.to[0].endsWith('@cities.test'))).toHaveLength(9));
  });

  it('prints a certificate per winning city with its exact name', async () => {
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/awards/rounds/${roundId}/certificates.pdf`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = readPdf(Buffer.from(await response.arrayBuffer()));
    const winners = (await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/winners`)).body.winners as { city: string }[];
    expect(pdf.pages).toBe(winners.length);
    for (const winner of winners) expect(pdf.pageTexts.some((page) => page.split('\n').includes(winner.city))).toBe(true);
    const page = pdf.pageTexts.find((text) => text.includes('Sơn La'))!;
    expect(page).toContain('Viet Nam');
    expect(page).not.toContain('Vietnam');
    expect(page).toContain(`UNESCO Learning City Award ${year}`);

    const one = await fetch(
      `${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/awards/rounds/${roundId}/nominations/${nominations.get('Sơn La')}/certificate.pdf`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    expect(one.headers.get('content-disposition')).toContain("filename*=UTF-8''certificate-S%C6%A1n%20La.pdf");
    expect(readPdf(Buffer.from(await one.arrayBuffer())).pageTexts[0].split('\n')).toContain('Sơn La');
    const notWinner = await api('GET', `/awards/rounds/${roundId}/nominations/${nominations.get('Vinh')}/certificate.pdf`);
    expect(notWinner.statusCode).toBe(404);
  });

  it('releases at a set time: public and told only from then', async () => {
    const now = Date.now();
    const round = await api('POST', '/awards/rounds', {
      // Named in the event's first language, Vietnamese; the English-reading contact is told the English name.
      name: `Giải thưởng trao theo giờ lễ ${year}`,
      translations: { en: { name: `Ceremony-timed award ${year}` } },
      year,
      rules: { gnlcMembershipRequired: false, regionQuota: 1 },
      criteria: [{ name: 'Overall', weight: 1 }],
      nominationDeadline: new Date(now + hour).toISOString(),
      judgingDeadline: new Date(now + 2 * hour).toISOString(),
    });
    const id = round.body.id;
    const nominated: string[] = [];
    for (const city of ['Cork', 'Nowhere']) {
      const response = await api('POST', `/awards/rounds/${id}/nominations`, {
        cityId: cities.get(city),
        commissionId: await commissionFor(t, slug, countryOf(city), admin),
        contactName: city,
        contactEmail: `timed-${city.toLowerCase()}@cities.test`,
      });
      expect(response.statusCode).toBe(201);
      nominated.push(response.body.id);
    }
    await api('PATCH', `/awards/rounds/${id}`, {
      nominationDeadline: new Date(now - 2 * hour).toISOString(),
      judgingDeadline: new Date(now - 1000).toISOString(),
    });
    expect((await api('POST', `/awards/rounds/${id}/winners`, { nominationId: nominated[0] })).statusCode).toBe(200);
    // The quota of one is reached: the database itself refuses a counter past it, whoever writes.
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE award_region_winners SET confirmed = confirmed + 1 WHERE round_id = $1`, [id])).rejects.toMatchObject({
        code: '23514',
        constraint: 'award_region_winners_quota',
      });
    } finally {
      await client.end();
    }

    const at = new Date(Date.now() + 5000);
    const released = await api('POST', `/awards/rounds/${id}/release`, { at: at.toISOString() });
    expect(released.body).toEqual({ releasedAt: at.toISOString(), notified: 2 });
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${id}/winners`)).statusCode).toBe(404);
    // The outcome messages wait in the outbox for the release time.
    const client2 = new pg.Client({ connectionString: t.database.url });
    await client2.connect();
    try {
      const { rows } = await client2.query(`SELECT state, send_after FROM notifications WHERE kind = 'award-outcome' AND recipient_email LIKE 'timed-%'`);
      expect(rows).toHaveLength(2);
      expect(rows.every((row) => row.state === 'pending' && new Date(row.send_after).getTime() === at.getTime())).toBe(true);
    } finally {
      await client2.end();
    }
    expect(sink.to('timed-cork@cities.test')).toHaveLength(0);
    const mail = await expectEventually(() => sink.to('timed-cork@cities.test')[0] ?? Promise.reject(new Error('no mail yet')), 20_000);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    expect(mail.parsed.subject).toContain('Cork is a winner');
    expect(mail.parsed.text).toContain(`Ceremony-timed award ${year}`);
    const winners = await t.request('GET', `/events/${slug}/awards/rounds/${id}/winners`);
    expect(winners.statusCode).toBe(200);
    expect(winners.body.winners).toEqual([{ city: 'Cork', country: 'IE', region: 'europe-north-america', regionName: 'Europe and North America' }]);
  });

  it('sets a ceremony run of show that fits the session, as JSON and PDF', async () => {
    const session = await api('POST', '/sessions', {
      type: 'ceremony',
      title: { en: 'Learning City Award ceremony', vi: 'Lễ trao giải Thành phố học tập' },
      start: '2030-05-06T16:00',
      end: '2030-05-06T16:30',
    });
    expect(session.statusCode).toBe(201);
    const sessionId = session.body.id;
    const items = [
      { kind: 'recognition', cityIds: [cities.get('Hồ Chí Minh')], presenter: 'UIL Director', recipient: 'City representatives', durationMinutes: 10 },
      {
        kind: 'award',
        nominationId: nominations.get('Sơn La'),
        presenter: 'UNESCO Bangkok',
        recipient: 'Vice-Chair of the Provincial People’s Committee',
        durationMinutes: 10,
      },
      { kind: 'award', nominationId: nominations.get('Cork'), presenter: 'UNESCO Bangkok', recipient: 'Lord Mayor of Cork', durationMinutes: 10 },
    ];
    const tooLong = await api('PUT', `/ceremonies/${sessionId}/run-of-show`, { items: [...items, { ...items[2], durationMinutes: 5 }] });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.body.message).toContain('take 35 minutes but the session lasts 30');
    const notWinner = await api('PUT', `/ceremonies/${sessionId}/run-of-show`, { items: [{ ...items[1], nominationId: nominations.get('Vinh') }] });
    expect(notWinner.statusCode).toBe(422);
    expect(notWinner.body.message).toContain('Vinh is not a confirmed winner');

    const set = await api('PUT', `/ceremonies/${sessionId}/run-of-show`, { items });
    expect(set.statusCode).toBe(200);
    expect(set.body).toEqual(expect.objectContaining({ minutesUsed: 30, minutesAvailable: 30, timeZone: 'Asia/Ho_Chi_Minh', start: '2030-05-06T16:00' }));
    expect(set.body.items.map((item: { start: string; cities: { name: string }[] }) => [item.start.slice(11), item.cities[0].name])).toEqual([
      ['16:00', 'Hồ Chí Minh'],
      ['16:10', 'Sơn La'],
      ['16:20', 'Cork'],
    ]);
    const unknown = await api('GET', `/ceremonies/00000000-0000-4000-8000-000000000000/run-of-show`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body.code).toBe('SESSION_NOT_FOUND');
    // It names the winners, so it stays with the organisers.
    expect((await api('GET', `/ceremonies/${sessionId}/run-of-show`, undefined, jurors.thai.token)).statusCode).toBe(403);
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/ceremonies/${sessionId}/run-of-show.pdf`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    const text = readPdf(Buffer.from(await response.arrayBuffer())).pageTexts.join('\n');
    expect(text).toContain('Hồ Chí Minh (Viet Nam)');
    expect(text).toContain('TimeDurationItemWhoOn stageAV cueNotes');
    // A cell wraps onto lines of its own; this sheet has nothing in the columns after "Who".
    expect(text.replace(/\n/g, ' ')).toContain('Received by: Lord Mayor of Cork');
    expect(text).toContain('Monday 6 May 2030, 16:00–16:30 (times in Asia/Ho_Chi_Minh)');

    // The Vietnamese button prints Vietnamese labels and the translator's date style.
    const vi = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/ceremonies/${sessionId}/run-of-show.pdf?language=vi`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(vi.status).toBe(200);
    const viText = readPdf(Buffer.from(await vi.arrayBuffer())).pageTexts.join('\n');
    expect(viText.replace(/\n/g, ' ')).toContain('Đại diện nhận giải: Lord Mayor of Cork');
    expect(viText).toContain('16:00–16:30, thứ Hai, 06/05/2030 (giờ Ho Chi Minh)');
    expect(viText).toContain('Đã sử dụng 30/30 phút');
    const bad = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/ceremonies/${sessionId}/run-of-show.pdf?language=xx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(bad.status).toBe(400);

    // The certificate is dated the day the ceremony presents it, not the day the results were released.
    const certificate = await fetch(
      `${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/awards/rounds/${roundId}/nominations/${nominations.get('Sơn La')}/certificate.pdf`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    const page = readPdf(Buffer.from(await certificate.arrayBuffer())).pageTexts[0];
    expect(page.split('\n')).toContain('6 May 2030');
    expect(page.split('\n')).toContain(`UNESCO Learning City Award ${year}`);
    expect(page).not.toContain('Award round');
  });
});
