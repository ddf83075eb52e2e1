import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { createEvent, createUser, grantRole, notificationLog } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'awards-applications';
const hour = 3600_000;
const PASSWORD = 'an applications password 1';
const PDF = Buffer.from('%PDF-1.4\n% application form\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0a7c80000000049454e44ae426082',
  'hex',
);

/** The month `back` months before the one of `at`, as YYYY-MM (UTC). */
function monthBefore(at: Date, back: number): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe('awards: an application from the city through its National Commission, the secretariat and the jury to release', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let roundId: string;
  const deadline = new Date(Date.now() + hour);
  const year = deadline.getUTCFullYear();
  const cities = new Map<string, string>();
  const apps = new Map<string, string>();
  const people: Record<string, { id: string; token: string }> = {};
  let checklist: { id: string; kind: string }[];
  const api = (method: string, path: string, body?: unknown, token = admin) => t.request(method, `/events/${slug}${path}`, { token, body });
  const one = (city: string) => `/awards/rounds/${roundId}/applications/${apps.get(city)}`;
  const upload = (city: string, itemId: string, bytes: Buffer, name: string, token = people.repVN.token) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}${one(city)}/items/${itemId}/file`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
  };
  const complete = async (city: string, token: string) => {
    expect((await upload(city, checklist[0].id, PDF, `form-${city}.pdf`, token)).status).toBe(201);
    expect((await api('POST', `${one(city)}/items/${checklist[1].id}/link`, { url: 'https://video.example.org/learning-city' }, token)).statusCode).toBe(201);
  };
  const draft = async (city: string, token: string) => {
    const drafted = await api('POST', `/awards/rounds/${roundId}/applications`, { cityId: cities.get(city), summary: `${city} learns` }, token);
    expect(drafted.statusCode).toBe(201);
    apps.set(city, drafted.body.id);
    return drafted;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(8), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
    await createEvent(t, slug);
    // Yala was admitted 13 months before the deadline's month, Khon Kaen 12: "more than 12 months" holds for Yala only.
    const csv = [
      'name,country,region,population,gnlc_member_since,last_award_year',
      'Sơn La,VN,asia-pacific,108000,2020-03,',
      'Vinh,VN,asia-pacific,339000,2019,',
      'Sa Đéc,VN,asia-pacific,213000,2020-11,',
      `Yala,TH,asia-pacific,60000,${monthBefore(deadline, 13)},`,
      `Khon Kaen,TH,asia-pacific,400000,${monthBefore(deadline, 12)},`,
      'Sukhothai,TH,asia-pacific,36000,2020-03,',
    ].join('\n');
    expect(
      (await t.request('POST', `/events/${slug}/awards/cities/import`, { token: admin, body: csv, headers: { 'content-type': 'text/csv' } })).statusCode,
    ).toBe(201);
    for (const city of (await api('GET', '/awards/cities')).body) cities.set(city.name, city.id);
    const vietNam = (await api('POST', '/awards/commissions', { name: 'Viet Nam National Commission for UNESCO', country: 'VN' })).body.id;
    const thailand = (await api('POST', '/awards/commissions', { name: 'Thai National Commission for UNESCO', country: 'TH' })).body.id;
    const accounts: [string, string, string, string][] = [
      ['repVN', 'rep@vn.test', 'Lò Văn Hùng', 'representative'],
      ['repTH', 'rep@th.test', 'Somchai Dee', 'representative'],
      ['vn1', 'officer1@natcom.vn.test', 'Nguyễn Văn An', 'commission'],
      ['vn2', 'officer2@natcom.vn.test', 'Trần Thị Bình', 'commission'],
      ['th1', 'officer@natcom.th.test', 'Suda Wong', 'commission'],
      ['juror', 'juror@jury.test', 'Anne Juror', 'juror'],
    ];
    for (const [key, email, name, role] of accounts) {
      const id = await createUser(t, email, name, key === 'repVN' || key.startsWith('vn') ? 'vi' : 'en', PASSWORD);
      expect((await grantRole(t, slug, id, role)).statusCode).toBe(200);
      people[key] = { id, token: await t.login(email, PASSWORD) };
    }
    for (const city of ['Sơn La', 'Vinh', 'Sa Đéc'])
      expect((await api('POST', `/awards/cities/${cities.get(city)}/representatives`, { userId: people.repVN.id })).statusCode).toBe(201);
    for (const city of ['Yala', 'Khon Kaen', 'Sukhothai'])
      expect((await api('POST', `/awards/cities/${cities.get(city)}/representatives`, { userId: people.repTH.id })).statusCode).toBe(201);
    for (const key of ['vn1', 'vn2']) expect((await api('POST', `/awards/commissions/${vietNam}/contacts`, { userId: people[key].id })).statusCode).toBe(201);
    expect((await api('POST', `/awards/commissions/${thailand}/contacts`, { userId: people.th1.id })).statusCode).toBe(201);
    const round = await api('POST', '/awards/rounds', {
      // Named in the event's first language, Vietnamese, and given in English too.
      name: `Giải thưởng Thành phố học tập UNESCO ${year}`,
      translations: { en: { name: `UNESCO Learning City Award ${year}` } },
      year,
      rules: { gnlcMembershipRequired: true, gnlcMinMembershipMonths: 12, maxNominationsPerBody: 2, maxWinnersPerCountry: 1, maxWinners: 10, regionQuota: 6 },
      criteria: [{ name: 'Planning', weight: 1 }],
      nominationDeadline: deadline.toISOString(),
      judgingDeadline: new Date(deadline.getTime() + hour).toISOString(),
    });
    expect(round.statusCode).toBe(201);
    roundId = round.body.id;
    expect((await api('POST', `/awards/rounds/${roundId}/jurors`, { userId: people.juror.id, country: 'FR' })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('sets the round’s checklist: files of named types, or a link for videos', async () => {
    const refused = await api('PUT', `/awards/rounds/${roundId}/required-documents`, { items: [{ label: 'Video', kind: 'link', fileTypes: ['pdf'] }] });
    expect(refused.statusCode).toBe(422);
    expect(refused.body.code).toBe('CHECKLIST_INVALID');
    const set = await api('PUT', `/awards/rounds/${roundId}/required-documents`, {
      items: [
        { label: 'Application form signed by the mayor', kind: 'file', fileTypes: ['pdf'] },
        { label: 'Video presenting the city', kind: 'link' },
      ],
    });
    expect(set.statusCode).toBe(200);
    checklist = set.body;
    expect(checklist.map((item) => item.kind)).toEqual(['file', 'link']);
    expect((await api('PUT', `/awards/rounds/${roundId}/required-documents`, { items: [] }, people.repVN.token)).statusCode).toBe(403);
  });

  it('lets a representative draft and complete their own city’s application, and submit it only complete and eligible', async () => {
    await draft('Sơn La', people.repVN.token);
    expect((await api('POST', `/awards/rounds/${roundId}/applications`, { cityId: cities.get('Yala') }, people.repVN.token)).statusCode).toBe(403);
    const twice = await api('POST', `/awards/rounds/${roundId}/applications`, { cityId: cities.get('Sơn La') }, people.repVN.token);
    expect(twice.statusCode).toBe(409);

    const incomplete = await api('POST', `${one('Sơn La')}/submit`, {}, people.repVN.token);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.body).toMatchObject({
      code: 'APPLICATION_INCOMPLETE',
      data: { missing: ['Application form signed by the mayor', 'Video presenting the city'] },
    });
    expect((await upload('Sơn La', checklist[0].id, PNG, 'form.pdf')).status).toBe(415);
    expect((await upload('Sơn La', checklist[1].id, PDF, 'video.pdf')).status).toBe(422);
    const asLink = await api('POST', `${one('Sơn La')}/items/${checklist[0].id}/link`, { url: 'https://example.org/form' }, people.repVN.token);
    expect(asLink.body.code).toBe('LINK_NOT_EXPECTED');
    expect((await api('POST', `${one('Sơn La')}/items/${checklist[1].id}/link`, { url: 'http://plain.example.org' }, people.repVN.token)).statusCode).toBe(400);
    expect((await upload('Sơn La', checklist[0].id, PDF, 'form.pdf', people.repTH.token)).status).toBe(404);
    await complete('Sơn La', people.repVN.token);

    const submitted = await api('POST', `${one('Sơn La')}/submit`, {}, people.repVN.token);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.body).toMatchObject({ stage: 'submitted', complete: true, commission: 'Viet Nam National Commission for UNESCO' });
    expect(submitted.body.transitions).toEqual([
      expect.objectContaining({ from: null, to: 'draft', by: 'Lò Văn Hùng' }),
      expect.objectContaining({ from: 'draft', to: 'submitted', by: 'Lò Văn Hùng' }),
    ]);
    expect((await api('POST', `${one('Sơn La')}/submit`, {}, people.repVN.token)).body.code).toBe('STAGE_CHANGED');
    const told = (await notificationLog(t, slug, '?kind=award-application-submitted')).items;
    expect(told.map((row: { recipientEmail: string }) => row.recipientEmail).sort()).toEqual(['officer1@natcom.vn.test', 'officer2@natcom.vn.test']);

    for (const city of ['Vinh', 'Sa Đéc']) {
      await draft(city, people.repVN.token);
      await complete(city, people.repVN.token);
      expect((await api('POST', `${one(city)}/submit`, {}, people.repVN.token)).statusCode).toBe(200);
    }
  });

  it('counts GNLC membership in whole months to the deadline: 12 months is not "more than 12", 13 is', async () => {
    for (const city of ['Yala', 'Khon Kaen']) {
      await draft(city, people.repTH.token);
      await complete(city, people.repTH.token);
    }
    const twelve = await api('POST', `${one('Khon Kaen')}/submit`, {}, people.repTH.token);
    expect(twelve.statusCode).toBe(422);
    expect(twelve.body).toMatchObject({ code: 'NOT_ELIGIBLE', details: [expect.objectContaining({ rule: 'gnlcMembershipLength' })] });
    expect(twelve.body.details[0].message).toContain('11 whole month(s)');
    expect((await api('POST', `${one('Yala')}/submit`, {}, people.repTH.token)).statusCode).toBe(200);
  });

  it('shows each party only what its stage allows', async () => {
    const mineTH = (await api('GET', '/awards/applications/mine', undefined, people.repTH.token)).body;
    expect(mineTH.map((a: { city: string }) => a.city).sort()).toEqual(['Khon Kaen', 'Yala']);
    const deskVN = (await api('GET', '/awards/commission/applications', undefined, people.vn1.token)).body;
    expect(deskVN.applications.map((a: { city: string }) => a.city).sort()).toEqual(['Sa Đéc', 'Sơn La', 'Vinh']);
    expect(deskVN.limits).toEqual([expect.objectContaining({ country: 'VN', endorsed: 0, limit: 2 })]);
    const deskTH = (await api('GET', '/awards/commission/applications', undefined, people.th1.token)).body;
    // Khon Kaen is still a draft: the Commission sees it only once submitted.
    expect(deskTH.applications.map((a: { city: string }) => a.city)).toEqual(['Yala']);
    expect((await api('POST', `${one('Sơn La')}/endorse`, {}, people.th1.token)).statusCode).toBe(404);
    expect((await api('POST', `${one('Khon Kaen')}/endorse`, {}, people.th1.token)).statusCode).toBe(404);
    expect((await api('GET', '/awards/commission/applications', undefined, people.repVN.token)).statusCode).toBe(403);
    expect((await api('GET', `/awards/rounds/${roundId}/applications`)).body).toEqual([]);
    expect((await api('GET', `/awards/rounds/${roundId}/nominations`)).body).toEqual([]);
  });

  it('lets the Commission return an application with a note, which the city changes and submits again', async () => {
    expect((await api('POST', `${one('Vinh')}/return`, { note: '' }, people.vn1.token)).statusCode).toBe(400);
    const returned = await api('POST', `${one('Vinh')}/return`, { note: 'Please have the form signed by the mayor.' }, people.vn1.token);
    expect(returned.body.stage).toBe('returned');
    const mail = (await notificationLog(t, slug, '?kind=award-application-returned')).items;
    expect(mail.map((row: { recipientEmail: string }) => row.recipientEmail)).toEqual(['rep@vn.test']);
    // In the representative's language, with the Commission's note and the way back to the application page.
    const received = await expectEventually(() => {
      const found = sink.to('rep@vn.test').find((message) => message.parsed.subject?.includes('hồ sơ của Vinh đã được trả lại'));
      expect(found).toBeDefined();
      return found!;
    });
    expect(received.parsed.text).toContain('Kính gửi Ông/Bà Lò Văn Hùng');
    expect(received.parsed.text).toContain('Ghi chú: Please have the form signed by the mayor.');
    // The round as the representative's language names it: here the event's first.
    expect(received.parsed.text).toContain(`Giải thưởng Thành phố học tập UNESCO ${year}`);
    expect(received.parsed.text).toContain(`/organiser/events/${slug}/awards/apply`);
    const mine = (await api('GET', '/awards/applications/mine', undefined, people.repVN.token)).body.find((a: { city: string }) => a.city === 'Vinh');
    const [form] = mine.checklist[0].documents;
    expect((await api('DELETE', `${one('Vinh')}/documents/${form.id}`, undefined, people.repVN.token)).statusCode).toBe(200);
    expect((await upload('Vinh', checklist[0].id, PDF, 'signed-form.pdf')).status).toBe(201);
    const again = await api('POST', `${one('Vinh')}/submit`, {}, people.repVN.token);
    expect(again.body.transitions.map((row: { to: string }) => row.to)).toEqual(['draft', 'submitted', 'returned', 'submitted']);
    expect(again.body.transitions[2]).toMatchObject({ by: 'Nguyễn Văn An', note: 'Please have the form signed by the mayor.' });
  });

  it('holds each Commission to its endorsement limit, also when officers of two Commissions endorse at once', async () => {
    const first = await api('POST', `${one('Sơn La')}/endorse`, { note: 'A strong application.' }, people.vn1.token);
    expect(first.statusCode).toBe(200);
    expect(first.body.stage).toBe('endorsed');
    const [a, b, thai] = await Promise.all([
      api('POST', `${one('Vinh')}/endorse`, {}, people.vn1.token),
      api('POST', `${one('Sa Đéc')}/endorse`, {}, people.vn2.token),
      api('POST', `${one('Yala')}/endorse`, {}, people.th1.token),
    ]);
    expect(thai.statusCode).toBe(200);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 422]);
    const refused = a.statusCode === 422 ? a : b;
    expect(refused.body).toMatchObject({ code: 'ENDORSEMENT_LIMIT_REACHED', data: { limit: 2, commission: 'Viet Nam National Commission for UNESCO' } });
    expect(refused.body.message).toContain('2');
    const desk = (await api('GET', '/awards/commission/applications', undefined, people.vn2.token)).body;
    expect(desk.limits[0]).toMatchObject({ endorsed: 2, limit: 2 });
    expect((await api('POST', `${one('Sơn La')}/endorse`, {}, people.vn2.token)).statusCode).toBe(409);
    const told = (await notificationLog(t, slug, '?kind=award-application-endorsed')).items;
    expect(told.every((row: { recipientEmail: string }) => row.recipientEmail === 'admin@plenary.test')).toBe(true);
    expect(told).toHaveLength(3);
  });

  it('lets the secretariat shortlist endorsed applications, and the jury score only shortlisted ones', async () => {
    const endorsed = (await api('GET', `/awards/rounds/${roundId}/applications`)).body;
    expect(endorsed.map((a: { city: string; stage: string }) => a.stage)).toEqual(['endorsed', 'endorsed', 'endorsed']);
    const vietnamese = endorsed.filter((a: { country: string }) => a.country === 'VN').map((a: { city: string }) => a.city);
    const early = await api('POST', `/awards/rounds/${roundId}/assignments`, { userId: people.juror.id, nominationIds: [apps.get('Sơn La')] });
    expect(early.statusCode).toBe(422);
    expect(early.body.details[0].messages[0]).toContain('not shortlisted');
    const refusedStage = await api('POST', `${one('Khon Kaen')}/shortlist`, {});
    expect(refusedStage.statusCode).toBe(404);
    expect((await api('POST', `${one('Sơn La')}/shortlist`, {}, people.vn1.token)).statusCode).toBe(403);
    for (const city of [...vietnamese, 'Yala']) expect((await api('POST', `${one(city)}/shortlist`, { note: 'Complete.' })).statusCode).toBe(200);
    expect((await api('POST', `${one('Yala')}/shortlist`, {})).statusCode).toBe(409);
    const ids = [...vietnamese, 'Yala'].map((city) => apps.get(city));
    expect((await api('POST', `/awards/rounds/${roundId}/assignments`, { userId: people.juror.id, nominationIds: ids })).body.assigned).toBe(3);
    const jurorMail = (await notificationLog(t, slug, '?kind=award-application-shortlisted')).items;
    expect(jurorMail.map((row: { recipientEmail: string }) => row.recipientEmail)).toEqual(['juror@jury.test', 'juror@jury.test', 'juror@jury.test']);
    const [criterion] = (await api('GET', `/awards/rounds/${roundId}`)).body.criteria;
    for (const [index, id] of ids.entries()) {
      const scored = await t.request('PUT', `/events/${slug}/awards/jury/rounds/${roundId}/nominations/${id}/scores`, {
        token: people.juror.token,
        body: { scores: [{ criterionId: criterion.id, score: 9 - index }] },
      });
      expect(scored.statusCode).toBe(200);
    }
    const notShortlisted = apps.get(vietnamese.includes('Vinh') ? 'Sa Đéc' : 'Vinh');
    expect(
      (await t.request('GET', `/events/${slug}/awards/jury/rounds/${roundId}/nominations/${notShortlisted}`, { token: people.juror.token })).statusCode,
    ).toBe(404);
  });

  it('streams an application’s files to each party only at its stage: the city always, its Commission once submitted, the secretariat once endorsed, jurors once shortlisted', async () => {
    const mine = (await api('GET', '/awards/applications/mine', undefined, people.repVN.token)).body;
    const fileOf = (applications: { city: string; checklist: { documents: { id: string }[] }[] }[], city: string) =>
      applications.find((a) => a.city === city)!.checklist[0].documents[0].id;
    const file = (city: string, documentId: string, token: string) => api('GET', `${one(city)}/documents/${documentId}`, undefined, token);
    const sonLa = fileOf(mine, 'Sơn La');
    const officer = await file('Sơn La', sonLa, people.vn1.token);
    expect(officer.statusCode).toBe(200);
    expect(officer.headers['content-type']).toBe('application/pdf');
    expect(officer.headers['content-disposition']).toBe(`attachment; filename="form-Son La.pdf"; filename*=UTF-8''form-S%C6%A1n%20La.pdf`);
    expect(officer.headers['x-content-type-options']).toBe('nosniff');
    expect(officer.text).toBe(PDF.toString());
    expect((await file('Sơn La', sonLa, admin)).statusCode).toBe(200);
    expect((await file('Sơn La', sonLa, people.repVN.token)).statusCode).toBe(200);
    // Another Commission, another city's representative: the application does not exist for them.
    expect((await file('Sơn La', sonLa, people.th1.token)).statusCode).toBe(404);
    expect((await file('Sơn La', sonLa, people.repTH.token)).statusCode).toBe(404);

    const thai = (await api('GET', '/awards/applications/mine', undefined, people.repTH.token)).body;
    const khonKaen = fileOf(thai, 'Khon Kaen');
    expect((await file('Khon Kaen', khonKaen, people.repTH.token)).statusCode).toBe(200);
    // A draft is the city's alone: neither its Commission nor the secretariat (by either route) reads it.
    expect((await file('Khon Kaen', khonKaen, people.th1.token)).statusCode).toBe(404);
    expect((await file('Khon Kaen', khonKaen, admin)).statusCode).toBe(404);
    expect((await api('GET', `/awards/rounds/${roundId}/nominations/${apps.get('Khon Kaen')}/documents/${khonKaen}`)).statusCode).toBe(404);

    const yala = fileOf(thai, 'Yala');
    expect((await file('Yala', yala, people.juror.token)).statusCode).toBe(200);
    const shortlisted = (await api('GET', `/awards/rounds/${roundId}/applications`)).body.map((a: { city: string }) => a.city);
    const submittedOnly = ['Vinh', 'Sa Đéc'].find((city) => !shortlisted.includes(city))!;
    const waiting = fileOf(mine, submittedOnly);
    expect((await file(submittedOnly, waiting, people.vn2.token)).statusCode).toBe(200);
    expect((await file(submittedOnly, waiting, admin)).statusCode).toBe(404);
    expect((await file(submittedOnly, waiting, people.juror.token)).statusCode).toBe(404);
    // A link item has no file to stream.
    const video = mine.find((a: { city: string }) => a.city === 'Sơn La').checklist[1].documents[0].id;
    expect((await file('Sơn La', video, people.vn1.token)).statusCode).toBe(404);
  });

  it('lets the secretariat mark an endorsed application not shortlisted with a note, which the city and its Commission read in their language', async () => {
    await draft('Sukhothai', people.repTH.token);
    await complete('Sukhothai', people.repTH.token);
    expect((await api('POST', `${one('Sukhothai')}/submit`, {}, people.repTH.token)).statusCode).toBe(200);
    expect((await api('POST', `${one('Sukhothai')}/not-shortlisted`, { note: 'Too early.' })).statusCode).toBe(404);
    expect((await api('POST', `${one('Sukhothai')}/endorse`, {}, people.th1.token)).statusCode).toBe(200);
    expect((await api('POST', `${one('Sukhothai')}/not-shortlisted`, { note: '' })).statusCode).toBe(400);
    expect((await api('POST', `${one('Sukhothai')}/not-shortlisted`, { note: 'No.' }, people.th1.token)).statusCode).toBe(403);
    const note = 'The progress shown predates the city’s membership.';
    const decided = await api('POST', `${one('Sukhothai')}/not-shortlisted`, { note });
    expect(decided.statusCode).toBe(200);
    expect(decided.body.stage).toBe('not_shortlisted');
    expect(decided.body.transitions.at(-1)).toMatchObject({ from: 'endorsed', to: 'not_shortlisted', note });
    expect((await api('POST', `${one('Sukhothai')}/shortlist`, {})).statusCode).toBe(409);
    expect((await api('POST', `${one('Sukhothai')}/not-shortlisted`, { note })).statusCode).toBe(409);

    const mail = (await notificationLog(t, slug, '?kind=award-application-not-shortlisted')).items;
    expect(mail.map((row: { recipientEmail: string }) => row.recipientEmail).sort()).toEqual(['officer@natcom.th.test', 'rep@th.test']);
    const toCity = await expectEventually(() => {
      const found = sink.to('rep@th.test').find((message) => message.parsed.subject?.includes('Sukhothai’s application was not shortlisted'));
      expect(found).toBeDefined();
      return found!;
    });
    expect(toCity.parsed.text).toContain(`Note: ${note}`);
    // The representative reads English: the round's English name.
    expect(toCity.parsed.text).toContain(`UNESCO Learning City Award ${year}`);
    expect(toCity.parsed.text).toContain(`/organiser/events/${slug}/awards/apply`);
    const toOfficer = await expectEventually(() => {
      const found = sink.to('officer@natcom.th.test').find((message) => message.parsed.subject?.includes('not shortlisted'));
      expect(found).toBeDefined();
      return found!;
    });
    expect(toOfficer.parsed.text).toContain(`/organiser/events/${slug}/awards/commission`);

    // Each party's page shows it, the Commission's endorsement stays counted, and the jury never sees it.
    const city = (await api('GET', '/awards/applications/mine', undefined, people.repTH.token)).body.find((a: { city: string }) => a.city === 'Sukhothai');
    expect(city.stage).toBe('not_shortlisted');
    const desk = (await api('GET', '/awards/commission/applications', undefined, people.th1.token)).body;
    expect(desk.applications.find((a: { city: string }) => a.city === 'Sukhothai').stage).toBe('not_shortlisted');
    expect(desk.limits[0]).toMatchObject({ endorsed: 2, limit: 2 });
    const secretariat = (await api('GET', `/awards/rounds/${roundId}/applications`)).body;
    expect(secretariat.find((a: { city: string }) => a.city === 'Sukhothai').stage).toBe('not_shortlisted');
    const form = city.checklist[0].documents[0].id;
    expect((await api('GET', `${one('Sukhothai')}/documents/${form}`)).statusCode).toBe(200);
    expect((await api('GET', `${one('Sukhothai')}/documents/${form}`, undefined, people.juror.token)).statusCode).toBe(404);
  });

  it('confirms winners within the round’s caps and releases them, telling every endorsed city', async () => {
    const closed = await api('PATCH', `/awards/rounds/${roundId}`, {
      nominationDeadline: new Date(Date.now() - 2 * hour).toISOString(),
      judgingDeadline: new Date(Date.now() - 1000).toISOString(),
    });
    expect(closed.statusCode).toBe(200);
    const shortlisted = (await api('GET', `/awards/rounds/${roundId}/applications`)).body.filter((a: { stage: string }) => a.stage === 'shortlisted');
    const [vnFirst, vnSecond] = shortlisted.filter((a: { country: string }) => a.country === 'VN');
    expect((await api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: vnFirst.id })).statusCode).toBe(200);
    const second = await api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: vnSecond.id });
    expect(second.statusCode).toBe(409);
    expect(second.body.code).toBe('COUNTRY_LIMIT_REACHED');
    expect((await api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: apps.get('Khon Kaen') })).statusCode).toBe(404);
    expect((await api('POST', `/awards/rounds/${roundId}/winners`, { nominationId: apps.get('Yala') })).statusCode).toBe(200);
    const released = await api('POST', `/awards/rounds/${roundId}/release`, {});
    expect(released.statusCode).toBe(200);
    expect(released.body.notified).toBe(3);
    const winners = (await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/winners`)).body.winners;
    expect(winners.map((w: { city: string }) => w.city).sort()).toEqual([vnFirst.city, 'Yala'].sort());
    // The last two steps are kept with who took them, as every change of stage is.
    const me = (await t.request('GET', '/auth/me', { token: admin })).body;
    const results = (await api('GET', `/awards/rounds/${roundId}/results`)).body;
    expect(results.releasedBy).toBe(me.displayName);
    const confirmed = results.regions.flatMap((region: { nominations: unknown[] }) => region.nominations).filter((row: { winner: boolean }) => row.winner);
    expect(confirmed.map((row: { confirmedBy: string; confirmedAt: string }) => [row.confirmedBy, Date.parse(row.confirmedAt) <= Date.now()])).toEqual([
      [me.displayName, true],
      [me.displayName, true],
    ]);
  });
});
