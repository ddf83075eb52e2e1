import { createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTrilingualEvent } from './support/events.js';

const slug = 'checklist-translations-2031';
const PASSWORD = 'a checklist password 1';
const hour = 3_600_000;
const EN_FORM = 'Application form signed by the mayor';
const VI_FORM = 'Đơn đăng ký có chữ ký của Chủ tịch Ủy ban nhân dân thành phố';
const TH_FORM = 'แบบใบสมัครที่ลงนามโดยนายกเทศมนตรี';
const EN_VIDEO = 'Video presenting the city';
const VI_VIDEO = 'Video giới thiệu thành phố';
const EN_COMMISSION = 'Viet Nam National Commission for UNESCO';
const VI_COMMISSION = 'Ủy ban Quốc gia UNESCO Việt Nam';
const TH_COMMISSION = 'คณะกรรมการแห่งชาติเวียดนามว่าด้วยยูเนสโก';

describe('awards: a round’s checklist and the National Commissions in each of the event languages', () => {
  let t: TestApp;
  let admin: string;
  let roundId: string;
  let commissionId: string;
  let representative: string;
  let officer: string;
  const api = (method: string, path: string, body?: unknown, token = admin) => t.request(method, `/events/${slug}${path}`, { token, body });
  const labels = (items: { label: string }[]) => items.map((item) => item.label);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await createTrilingualEvent(t, admin, slug, '2031-05-06');
    const round = await api('POST', '/awards/rounds', {
      name: 'UNESCO Learning City Award 2031',
      translations: { vi: { name: 'Giải thưởng Thành phố học tập UNESCO 2031' } },
      year: 2031,
      rules: { gnlcMembershipRequired: false },
      criteria: [{ name: 'Planning', weight: 1 }],
      nominationDeadline: new Date(Date.now() + hour).toISOString(),
      judgingDeadline: new Date(Date.now() + 2 * hour).toISOString(),
    });
    expect(round.statusCode).toBe(201);
    roundId = round.body.id;
  });
  afterAll(() => t.close());

  it('labels the checklist in the reader language, else in the event first language', async () => {
    const set = await api('PUT', `/awards/rounds/${roundId}/required-documents`, {
      items: [
        { label: EN_FORM, kind: 'file', fileTypes: ['pdf'], translations: { vi: { label: VI_FORM }, th: { label: TH_FORM } } },
        { label: EN_VIDEO, kind: 'link', translations: { vi: { label: VI_VIDEO } } },
      ],
    });
    expect(set.statusCode).toBe(200);
    // The organiser's form gets every language back as entered.
    expect(set.body.map((item: { translations: object }) => item.translations)).toEqual([
      { vi: { label: VI_FORM }, th: { label: TH_FORM } },
      { vi: { label: VI_VIDEO } },
    ]);
    const read = async (language?: string) =>
      labels((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/required-documents${language ? `?language=${language}` : ''}`)).body);
    expect(await read('vi')).toEqual([VI_FORM, VI_VIDEO]);
    // Thai: the video's label not given, so the first language's.
    expect(await read('th')).toEqual([TH_FORM, EN_VIDEO]);
    expect(await read()).toEqual([EN_FORM, EN_VIDEO]);
  });

  it('refuses a checklist translation or a reading in a language the event is not held in', async () => {
    const refused = await api('PUT', `/awards/rounds/${roundId}/required-documents`, {
      items: [{ label: EN_FORM, kind: 'file', fileTypes: ['pdf'], translations: { fr: { label: 'Formulaire' } } }],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatchObject({ code: 'LANGUAGE_NOT_OFFERED', data: { language: 'fr' } });
    // The first language is the plain label itself.
    expect(
      (await api('PUT', `/awards/rounds/${roundId}/required-documents`, { items: [{ label: 'x', kind: 'link', translations: { en: { label: 'y' } } }] }))
        .statusCode,
    ).toBe(422);
    expect(
      (await api('PUT', `/awards/rounds/${roundId}/required-documents`, { items: [{ label: 'x', kind: 'link', translations: { vi: { name: 'y' } } }] }))
        .statusCode,
    ).toBe(400);
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/required-documents?language=fr`)).statusCode).toBe(422);
    // Nothing changed.
    expect(labels((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/required-documents?language=vi`)).body)).toEqual([VI_FORM, VI_VIDEO]);
  });

  it('names a National Commission in the reader language, else in the event first language', async () => {
    const refused = await api('POST', '/awards/commissions', { name: EN_COMMISSION, country: 'VN', translations: { de: { name: 'Nationalkommission' } } });
    expect(refused.statusCode).toBe(422);
    expect(refused.body.code).toBe('LANGUAGE_NOT_OFFERED');
    const created = await api('POST', '/awards/commissions', { name: EN_COMMISSION, country: 'VN', translations: { vi: { name: VI_COMMISSION } } });
    expect(created.statusCode).toBe(201);
    commissionId = created.body.id;
    const nameIn = async (language: string) => (await t.request('GET', `/events/${slug}/awards/commissions?language=${language}`)).body[0].name;
    expect(await nameIn('vi')).toBe(VI_COMMISSION);
    expect(await nameIn('th')).toBe(EN_COMMISSION);

    const renamed = await api('PATCH', `/awards/commissions/${commissionId}`, { translations: { vi: { name: VI_COMMISSION }, th: { name: TH_COMMISSION } } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.body).toMatchObject({ name: EN_COMMISSION, translations: { vi: { name: VI_COMMISSION }, th: { name: TH_COMMISSION } } });
    expect(await nameIn('th')).toBe(TH_COMMISSION);
    expect((await api('PATCH', `/awards/commissions/${commissionId}`, { translations: { fr: { name: 'Commission' } } })).statusCode).toBe(422);
    expect((await t.request('GET', `/events/${slug}/awards/commissions?language=fr`)).statusCode).toBe(422);
    // A rename in the first language keeps the others.
    expect((await api('PATCH', `/awards/commissions/${commissionId}`, { name: EN_COMMISSION })).body.translations.th.name).toBe(TH_COMMISSION);
  });

  it('shows the city, its Commission and the secretariat the round, checklist and Commission in their language', async () => {
    const city = await api('POST', '/awards/cities', { name: 'Sơn La', country: 'VN', region: 'asia-pacific' });
    expect(city.statusCode).toBe(201);
    const people: [string, string][] = [
      ['rep@checklist.test', 'representative'],
      ['officer@checklist.test', 'commission'],
    ];
    const [repId, officerId] = await Promise.all(people.map(([email]) => createUser(t, email, email.split('@')[0], 'vi', PASSWORD)));
    expect((await grantRole(t, slug, repId, 'representative')).statusCode).toBe(200);
    expect((await grantRole(t, slug, officerId, 'commission')).statusCode).toBe(200);
    representative = await t.login('rep@checklist.test', PASSWORD);
    officer = await t.login('officer@checklist.test', PASSWORD);
    expect((await api('POST', `/awards/cities/${city.body.id}/representatives`, { userId: repId })).statusCode).toBe(201);
    expect((await api('POST', `/awards/commissions/${commissionId}/contacts`, { userId: officerId })).statusCode).toBe(201);
    const drafted = await api('POST', `/awards/rounds/${roundId}/applications`, { cityId: city.body.id, summary: 'Sơn La học tập' }, representative);
    expect(drafted.statusCode).toBe(201);

    const [vi] = (await api('GET', '/awards/applications/mine?language=vi', undefined, representative)).body;
    expect(vi).toMatchObject({ roundName: 'Giải thưởng Thành phố học tập UNESCO 2031', commission: VI_COMMISSION });
    expect(labels(vi.checklist)).toEqual([VI_FORM, VI_VIDEO]);
    const [th] = (await api('GET', '/awards/applications/mine?language=th', undefined, representative)).body;
    expect([th.roundName, th.commission, ...labels(th.checklist)]).toEqual(['UNESCO Learning City Award 2031', TH_COMMISSION, TH_FORM, EN_VIDEO]);
    expect((await api('GET', '/awards/applications/mine?language=fr', undefined, representative)).statusCode).toBe(422);

    // Submitted (the checklist answered), the Commission's desk reads it in Vietnamese too.
    const one = `/awards/rounds/${roundId}/applications/${drafted.body.id}`;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'form.pdf');
    const uploaded = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}${one}/items/${vi.checklist[0].id}/file`, {
      method: 'POST',
      headers: { authorization: `Bearer ${representative}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    expect((await api('POST', `${one}/items/${vi.checklist[1].id}/link`, { url: 'https://video.example.org/son-la' }, representative)).statusCode).toBe(201);
    expect((await api('POST', `${one}/submit`, undefined, representative)).statusCode).toBe(200);
    const desk = (await api('GET', '/awards/commission/applications?language=vi', undefined, officer)).body;
    expect(desk.limits[0]).toMatchObject({ commission: VI_COMMISSION, roundName: 'Giải thưởng Thành phố học tập UNESCO 2031' });
    expect([desk.applications[0].commission, ...labels(desk.applications[0].checklist)]).toEqual([VI_COMMISSION, VI_FORM, VI_VIDEO]);
    expect((await api('GET', '/awards/commission/applications?language=fr', undefined, officer)).statusCode).toBe(422);

    expect((await api('POST', `${one}/endorse`, {}, officer)).statusCode).toBe(200);
    const [secretariat] = (await api('GET', `/awards/rounds/${roundId}/applications?language=th`)).body;
    expect([secretariat.commission, secretariat.checklist[0].label]).toEqual([TH_COMMISSION, TH_FORM]);
    expect((await api('GET', `/awards/rounds/${roundId}/applications`)).body[0].commission).toBe(EN_COMMISSION);
  });
});
