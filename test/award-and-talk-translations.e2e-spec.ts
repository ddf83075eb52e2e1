import { commissionFor } from './support/commissions.js';
import { readPdf } from './support/pdf.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTrilingualEvent } from './support/events.js';

const slug = 'translated-awards-2030';
const EN_ROUND = 'UNESCO Learning City Award 2030';
const VI_ROUND = 'Giải thưởng Thành phố học tập 2030';
const TH_ROUND = 'รางวัลเมืองแห่งการเรียนรู้ 2030';
const hour = 3_600_000;

/** Text as printed, without the line breaks and spaces a table cell's wrapping adds. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('award rounds, criteria, ceremony items and talks in each of the event languages', () => {
  let t: TestApp;
  let admin: string;
  let roundId: string;
  let nominationId: string;
  let sessionId: string;
  const api = (method: string, url: string, body?: object) => t.request(method, `/events/${slug}${url}`, { token: admin, body });
  const pdfText = async (url: string) => {
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}${url}`, { headers: { authorization: `Bearer ${admin}` } });
    expect([response.status, response.status === 200 ? '' : await response.text()]).toEqual([200, '']);
    return readPdf(Buffer.from(await response.arrayBuffer())).pageTexts.join('\n');
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await createTrilingualEvent(t, admin, slug, '2030-05-06');
  });
  afterAll(() => t.close());

  it('names a round and its criteria in the reader language, else in the event first language', async () => {
    const now = Date.now();
    const round = await api('POST', '/awards/rounds', {
      name: EN_ROUND,
      description: 'For cities that make learning a right for everyone.',
      translations: {
        vi: { name: VI_ROUND, description: 'Dành cho các thành phố biến học tập thành quyền của mọi người.' },
        th: { name: TH_ROUND },
      },
      year: 2030,
      rules: { gnlcMembershipRequired: false },
      criteria: [
        { name: 'Planning and governance', description: 'A plan the city council adopted', weight: 2, translations: { vi: { name: 'Quy hoạch và quản trị' } } },
        { name: 'Inclusion', weight: 1 },
      ],
      nominationDeadline: new Date(now + hour).toISOString(),
      judgingDeadline: new Date(now + 2 * hour).toISOString(),
    });
    expect(round.statusCode).toBe(201);
    roundId = round.body.id;

    const vi = await t.request('GET', `/events/${slug}/awards/rounds/${roundId}?language=vi`);
    expect(vi.statusCode).toBe(200);
    expect(vi.body).toMatchObject({ name: VI_ROUND, description: 'Dành cho các thành phố biến học tập thành quyền của mọi người.' });
    expect(vi.body.criteria.map((criterion: { name: string; description: string }) => [criterion.name, criterion.description])).toEqual([
      ['Quy hoạch và quản trị', 'A plan the city council adopted'],
      ['Inclusion', ''],
    ]);

    // Thai: the round's name given, its description and the criteria not.
    const [th] = (await t.request('GET', `/events/${slug}/awards/rounds?language=th`)).body;
    expect(th).toMatchObject({ name: TH_ROUND, description: 'For cities that make learning a right for everyone.' });
    expect(th.criteria[0].name).toBe('Planning and governance');

    const plain = await t.request('GET', `/events/${slug}/awards/rounds/${roundId}`);
    expect(plain.body.name).toBe(EN_ROUND);
    // The organiser's form gets every language back as entered.
    expect(plain.body.translations.vi.name).toBe(VI_ROUND);
    expect(plain.body.criteria[0].translations).toEqual({ vi: { name: 'Quy hoạch và quản trị' } });

    const patched = await api('PATCH', `/awards/rounds/${roundId}`, {
      translations: { vi: { name: VI_ROUND, description: 'Mô tả mới' }, th: { name: TH_ROUND, description: 'คำอธิบาย' } },
    });
    expect(patched.statusCode).toBe(200);
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}?language=th`)).body.description).toBe('คำอธิบาย');
  });

  it('answers 422 for a language the event is not held in, for reading and for writing', async () => {
    const read = await t.request('GET', `/events/${slug}/awards/rounds?language=fr`);
    expect(read.statusCode).toBe(422);
    expect(read.body).toMatchObject({ code: 'LANGUAGE_NOT_OFFERED', data: { language: 'fr' } });
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}?language=fr`)).statusCode).toBe(422);
    expect((await api('PATCH', `/awards/rounds/${roundId}`, { translations: { fr: { name: 'Prix' } } })).body.code).toBe('LANGUAGE_NOT_OFFERED');
    // The first language is the plain fields themselves.
    expect((await api('PATCH', `/awards/rounds/${roundId}`, { translations: { en: { name: 'Award' } } })).statusCode).toBe(422);
    const criterion = await api('PATCH', `/awards/rounds/${roundId}`, {
      criteria: [{ name: 'Planning', weight: 1, translations: { de: { name: 'Planung' } } }],
    });
    expect(criterion.statusCode).toBe(422);
    expect((await api('PATCH', `/awards/rounds/${roundId}`, { translations: { vi: { motto: 'x' } } })).statusCode).toBe(400);
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}?language=vi`)).body.criteria[0].name).toBe('Quy hoạch và quản trị');
  });

  it('titles the run of show in the reader language and prints the round in the document language', async () => {
    const city = await api('POST', '/awards/cities', { name: 'Sơn La', country: 'VN', region: 'asia-pacific' });
    expect(city.statusCode).toBe(201);
    const nominated = await api('POST', `/awards/rounds/${roundId}/nominations`, {
      cityId: city.body.id,
      commissionId: await commissionFor(t, slug, 'VN', admin),
      contactName: 'Focal point of Sơn La',
      contactEmail: 'sonla@translated-awards.test',
      contactLanguage: 'vi',
    });
    expect(nominated.statusCode).toBe(201);
    nominationId = nominated.body.id;
    const now = Date.now();
    const closed = await api('PATCH', `/awards/rounds/${roundId}`, {
      nominationDeadline: new Date(now - 2 * hour).toISOString(),
      judgingDeadline: new Date(now - 1000).toISOString(),
    });
    expect(closed.statusCode).toBe(200);
    expect((await api('POST', `/awards/rounds/${roundId}/winners`, { nominationId })).statusCode).toBe(200);

    const session = await api('POST', '/sessions', {
      type: 'ceremony',
      title: { en: 'Award ceremony', vi: 'Lễ trao giải' },
      start: '2030-05-06T14:00',
      end: '2030-05-06T15:00',
    });
    expect(session.statusCode).toBe(201);
    sessionId = session.body.id;
    const items = [
      { kind: 'award', nominationId, durationMinutes: 10 },
      { kind: 'recognition', cityIds: [city.body.id], durationMinutes: 5, title: 'Closing words', translations: { vi: { title: 'Lời bế mạc' } } },
    ];
    expect(
      (await api('PUT', `/ceremonies/${sessionId}/run-of-show`, { items: [{ ...items[1], translations: { fr: { title: 'Clôture' } } }] })).statusCode,
    ).toBe(422);
    const set = await api('PUT', `/ceremonies/${sessionId}/run-of-show`, { items });
    expect(set.statusCode).toBe(200);
    expect(set.body.items.map((item: { title: string }) => item.title)).toEqual([`${EN_ROUND}: Sơn La`, 'Closing words']);

    const vi = await api('GET', `/ceremonies/${sessionId}/run-of-show?language=vi`);
    expect(vi.body.title).toBe('Lễ trao giải');
    expect(vi.body.items.map((item: { title: string }) => item.title)).toEqual([`${VI_ROUND}: Sơn La`, 'Lời bế mạc']);
    expect(vi.body.items[1].translations).toEqual({ vi: { title: 'Lời bế mạc' } });
    // The editor sends back what was entered: an untitled item stays named from its award in each language.
    expect(vi.body.items.map((item: { ownTitle: string }) => item.ownTitle)).toEqual(['', 'Closing words']);
    const th = await api('GET', `/ceremonies/${sessionId}/run-of-show?language=th`);
    expect(th.body.title).toBe('Award ceremony');
    expect(th.body.items.map((item: { title: string }) => item.title)).toEqual([`${TH_ROUND}: Sơn La`, 'Closing words']);
    expect((await api('GET', `/ceremonies/${sessionId}/run-of-show?language=fr`)).statusCode).toBe(422);

    const viSheet = squeezed(await pdfText(`/ceremonies/${sessionId}/run-of-show.pdf?language=vi`));
    expect(viSheet).toContain(squeezed(`${VI_ROUND}: Sơn La`));
    expect(viSheet).toContain(squeezed('Lời bế mạc'));
    expect(viSheet).not.toContain(squeezed(EN_ROUND));
    const enSheet = squeezed(await pdfText(`/ceremonies/${sessionId}/run-of-show.pdf`));
    expect(enSheet).toContain(squeezed(`${EN_ROUND}: Sơn La`));

    const viCertificate = (await pdfText(`/awards/rounds/${roundId}/nominations/${nominationId}/certificate.pdf?language=vi`)).replaceAll('\n', ' ');
    expect(viCertificate).toContain(VI_ROUND);
    expect(viCertificate).not.toContain(EN_ROUND);
    const thCertificate = (await pdfText(`/awards/rounds/${roundId}/certificates.pdf?language=th`)).replaceAll('\n', ' ');
    expect(thCertificate).toContain(TH_ROUND);
    expect((await pdfText(`/awards/rounds/${roundId}/certificates.pdf`)).replaceAll('\n', ' ')).toContain(EN_ROUND);
  });

  it('names the released round on the public page in the reader language', async () => {
    expect((await api('POST', `/awards/rounds/${roundId}/release`, {})).statusCode).toBe(200);
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/winners?language=vi`)).body.name).toBe(VI_ROUND);
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/winners`)).body.name).toBe(EN_ROUND);
    expect((await t.request('GET', `/events/${slug}/awards/rounds/${roundId}/winners?language=fr`)).statusCode).toBe(422);
  });

  it('keeps a talk title in each event language for the timetable, refusing a language the event is not held in', async () => {
    const session = await api('POST', '/sessions', {
      type: 'parallel',
      title: { en: 'Cities that learn', vi: 'Những thành phố học tập' },
      start: '2030-05-07T09:00',
      end: '2030-05-07T10:30',
    });
    expect(session.statusCode).toBe(201);
    const talk = {
      title: 'Son La: a learning city that leaves no one behind',
      start: '2030-05-07T09:00',
      durationMinutes: 20,
      speakerIds: [],
      translations: { vi: { title: 'Sơn La: thành phố học tập không để ai bị bỏ lại phía sau' } },
    };
    expect((await api('POST', `/sessions/${session.body.id}/slots`, { ...talk, translations: { fr: { title: 'Son La' } } })).body.code).toBe(
      'LANGUAGE_NOT_OFFERED',
    );
    const added = await api('POST', `/sessions/${session.body.id}/slots`, talk);
    expect(added.statusCode).toBe(201);
    const [slot] = added.body.slots;
    expect(slot).toMatchObject({ title: talk.title, translations: talk.translations });
    const thai = { ...talk.translations, th: { title: 'เซินลา: เมืองแห่งการเรียนรู้ที่ไม่ทิ้งใครไว้ข้างหลัง' } };
    const edited = await api('PATCH', `/sessions/${session.body.id}/slots/${slot.id}`, { translations: thai });
    expect(edited.statusCode).toBe(200);
    expect(edited.body.slots[0]).toMatchObject({ title: talk.title, translations: thai });

    expect((await api('POST', '/programme/publish', {})).statusCode).toBe(201);
    const timetable = await t.request('GET', `/events/${slug}/programme`);
    const published = timetable.body.days
      .flatMap((day: { rooms: { sessions: { slots: unknown[] }[] }[] }) => day.rooms.flatMap((room) => room.sessions.flatMap((one) => one.slots)))
      .find((one: { id: string }) => one.id === slot.id);
    expect(published).toMatchObject({ title: talk.title, translations: thai });
  });
});
