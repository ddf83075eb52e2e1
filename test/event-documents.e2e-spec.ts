import sharp from 'sharp';
import { readPdf } from './support/pdf.js';
import { createEvent } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'gnlc-recognition';
const pastSlug = 'gnlc-recognition-past';

const NEW_MEMBERS = [
  { city: 'Nanjing', country: 'CN', admittedOn: '2024-02-21' },
  { city: 'Legazpi', country: 'PH', admittedOn: '2024-02-21' },
  { city: 'Khon Kaen', country: 'TH', admittedOn: '2024-02-21' },
  { city: 'Sơn La', country: 'VN', admittedOn: '2024-02-21' },
];

describe('event identity, GNLC membership recognition and the documents they print', () => {
  let t: TestApp;
  let admin: string;
  let base: string;
  let png: Buffer;

  const api = (method: string, path: string, body?: unknown, token = admin, eventSlug = slug) =>
    t.request(method, `/events/${eventSlug}${path}`, { token, body });
  const upload = (path: string, bytes: Buffer, name: string, eventSlug = slug) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return fetch(`${base}/events/${eventSlug}/identity${path}`, { method: 'PUT', headers: { authorization: `Bearer ${admin}` }, body: form });
  };
  const pdfText = async (path: string, eventSlug = slug) => {
    const response = await fetch(`${base}/events/${eventSlug}${path}`, { headers: { authorization: `Bearer ${admin}` } });
    expect([response.status, response.status === 200 ? '' : await response.text()]).toEqual([200, '']);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return readPdf(Buffer.from(await response.arrayBuffer()));
  };
  const ceremony = async (eventSlug: string, day: string) => {
    const session = await api(
      'POST',
      '/sessions',
      { type: 'ceremony', title: { en: 'GNLC membership ceremony', vi: 'Lễ công nhận thành viên GNLC' }, start: `${day}T14:00`, end: `${day}T15:00` },
      admin,
      eventSlug,
    );
    expect(session.statusCode).toBe(201);
    return session.body.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    base = t.baseUrl.replace('[::1]', '127.0.0.1');
    png = await sharp({ create: { width: 60, height: 60, channels: 3, background: '#0b4f8a' } })
      .png()
      .toBuffer();
    await createEvent(t, slug, '2030-05-06', '2030-05-07');
    await createEvent(t, pastSlug, '2024-10-29', '2024-10-30');
  });
  afterAll(() => t.close());

  it('keeps an emblem and signatures that are PNG or JPEG by content and within the size limit', async () => {
    const notAnImage = await upload('/emblem', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'emblem.png');
    expect(notAnImage.status).toBe(415);
    expect(await notAnImage.json()).toMatchObject({ code: 'FILE_TYPE_REFUSED', data: { accepted: ['PNG', 'JPEG'] } });
    const tooLarge = await upload('/emblem', Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024 + 10)]), 'emblem.png');
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { code: string }).code).toBe('FILE_TOO_LARGE');
    const empty = await upload('/emblem', Buffer.alloc(0), 'emblem.png');
    expect(empty.status).toBe(400);
    expect((await api('GET', '/identity')).body.hasEmblem).toBe(false);

    const stored = await upload('/emblem', png, 'emblem.png');
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({ hasEmblem: true });
    const emblem = await fetch(`${base}/events/${slug}/identity/emblem`);
    expect(emblem.status).toBe(200);
    expect(emblem.headers.get('content-type')).toBe('image/png');

    const colours = await api('PATCH', '/identity', { organiserName: 'UNESCO Bangkok', primaryColour: '#0B4F8A' });
    expect(colours.statusCode).toBe(400);
    const identity = await api('PATCH', '/identity', { organiserName: 'UNESCO Bangkok', primaryColour: '#0b4f8a', accentColour: '#c9a227' });
    expect(identity.statusCode).toBe(200);
    expect(identity.body).toMatchObject({ printedOrganiserName: 'UNESCO Bangkok', primaryColour: '#0b4f8a' });

    const signatories = await api('PUT', '/identity/signatories', {
      signatories: [
        { name: 'Nguyễn Thị Minh', title: 'Director, UNESCO Bangkok' },
        { name: 'Somchai Jaidee', title: 'Permanent Secretary, Ministry of Education' },
      ],
    });
    expect(signatories.statusCode).toBe(200);
    const [first] = signatories.body.signatories as { id: string }[];
    expect((await upload(`/signatories/${first.id}/signature`, Buffer.from('GIF89a not allowed'), 'sig.gif')).status).toBe(415);
    expect((await upload(`/signatories/${first.id}/signature`, png, 'sig.png')).status).toBe(200);
    expect((await upload('/signatories/00000000-0000-4000-8000-000000000000/signature', png, 'sig.png')).status).toBe(404);
    // Reordering by id keeps the signature image.
    const reordered = await api('PUT', '/identity/signatories', {
      signatories: [
        { id: signatories.body.signatories[1].id, name: 'Somchai Jaidee', title: 'Permanent Secretary, Ministry of Education' },
        { id: first.id, name: 'Nguyễn Thị Minh', title: 'Director, UNESCO Bangkok' },
      ],
    });
    expect(reordered.body.signatories.map((row: { name: string; hasSignature: boolean }) => [row.name, row.hasSignature])).toEqual([
      ['Somchai Jaidee', false],
      ['Nguyễn Thị Minh', true],
    ]);
    // A signature is not for the public.
    expect((await fetch(`${base}/events/${slug}/identity/signatories/${first.id}/signature`)).status).toBe(401);
  });

  it('recognises new GNLC members with one cue per city and a membership certificate dated on the ceremony day', async () => {
    const sessionId = await ceremony(slug, '2030-05-06');
    const invalid = await api('PUT', '/awards/gnlc-intakes/2024', {
      sessionId,
      members: [...NEW_MEMBERS, { city: 'Nanjing', country: 'CN', admittedOn: '2025-01-01' }],
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body.code).toBe('GNLC_INTAKE_INVALID');
    expect(invalid.body.message).toContain('Nanjing (CN) is listed twice');
    expect(invalid.body.message).toContain('after the intake year 2024');
    const noRegion = await api('PUT', '/awards/gnlc-intakes/2024', { members: [{ city: 'Yala', country: 'TH', admittedOn: '2024-02-21' }] });
    expect(noRegion.statusCode).toBe(422);

    const members = NEW_MEMBERS.map((member) => ({ ...member, region: 'asia-pacific' }));
    const set = await api('PUT', '/awards/gnlc-intakes/2024', { sessionId, members, minutesPerCity: 5 });
    expect(set.statusCode).toBe(200);
    expect(set.body.members.map((member: { city: string }) => member.city)).toEqual(['Nanjing', 'Legazpi', 'Khon Kaen', 'Sơn La']);
    expect(set.body.ceremonyStart).toBe('2030-05-06T14:00');
    // Setting it again rebuilds the cues rather than adding more.
    const again = await api('PUT', '/awards/gnlc-intakes/2024', { sessionId, members, minutesPerCity: 5 });
    expect(again.body.members.map((member: { id: string }) => member.id)).toEqual(set.body.members.map((member: { id: string }) => member.id));

    const runOfShow = await api('GET', `/ceremonies/${sessionId}/run-of-show`);
    expect(
      runOfShow.body.items.map((item: { kind: string; start: string; cities: { name: string }[] }) => [item.kind, item.start.slice(11), item.cities[0].name]),
    ).toEqual([
      ['membership', '14:00', 'Nanjing'],
      ['membership', '14:05', 'Legazpi'],
      ['membership', '14:10', 'Khon Kaen'],
      ['membership', '14:15', 'Sơn La'],
    ]);
    // The organiser adds cue details; the membership items stay valid through the run-of-show editor.
    const cues = runOfShow.body.items.map((item: { kind: string; durationMinutes: number; cities: { id: string }[] }, index: number) => ({
      kind: item.kind,
      cityIds: [item.cities[0].id],
      durationMinutes: item.durationMinutes,
      presenter: 'UIL Director',
      onStage: 'Mayor and UIL Director',
      avCue: `Slide ${index + 1}`,
      notes: 'Photo',
    }));
    const edited = await api('PUT', `/ceremonies/${sessionId}/run-of-show`, { items: cues });
    expect(edited.statusCode).toBe(200);
    expect(edited.body.items[3]).toMatchObject({ onStage: 'Mayor and UIL Director', avCue: 'Slide 4', notes: 'Photo' });

    // The event's name in English, so the English sheet is headed by it and the Vietnamese one by the first language's.
    expect((await api('PATCH', '', { translations: { en: { name: 'ASEAN+3 Conference on Learning Cities' } } })).statusCode).toBe(200);
    const sheet = await pdfText(`/ceremonies/${sessionId}/run-of-show.pdf`);
    const sheetText = sheet.pageTexts.join('\n');
    expect(sheetText).toContain('TimeDurationItemWhoOn stageAV cueNotes');
    expect(sheetText).toContain('GNLC membership: Sơn La (Viet Nam)');
    expect(sheetText).toContain('Slide 4');
    expect(sheetText).toContain('Monday 6 May 2030, 14:00–15:00 (times in Asia/Ho_Chi_Minh)');
    expect(sheetText).toContain('UNESCO Bangkok');
    expect(sheetText.split('\n')).toContain('ASEAN+3 Conference on Learning Cities');
    expect(sheetText).not.toContain('Hội nghị');
    const viSheet = (await pdfText(`/ceremonies/${sessionId}/run-of-show.pdf?language=vi`)).pageTexts.join('\n');
    expect(viSheet).toContain('GiờThời lượngNội dungNgười thực hiệnTrên sân khấu');
    expect(viSheet).toContain('14:00–15:00, thứ Hai, 06/05/2030 (giờ Ho Chi Minh)');
    expect(viSheet.split('\n')).toContain('Hội nghị Thành phố học tập ASEAN+3');

    const certificates = await pdfText('/awards/gnlc-intakes/2024/certificates.pdf');
    expect(certificates.pages).toBe(4);
    const sonLa = certificates.pageTexts.find((page) => page.split('\n').includes('Sơn La'))!;
    expect(sonLa).toContain('CERTIFICATE OF MEMBERSHIP');
    expect(sonLa).toContain('UNESCO Global Network of Learning Cities');
    expect(sonLa).toContain('Viet Nam');
    expect(sonLa).toContain('Admitted by UNESCO on 21 February 2024');
    expect(sonLa.split('\n')).toContain('6 May 2030');
    expect(sonLa).toContain('Nguyễn Thị Minh');
    expect(sonLa).toContain('Somchai Jaidee');
    expect(sonLa).toContain('Permanent Secretary, Ministry of Education');
    const nanjing = certificates.pageTexts.find((page) => page.split('\n').includes('Nanjing'))!;
    expect(nanjing).toContain('China');

    // In the reader's language: the words, the dates and the country, the city's name as written.
    const vi = (await pdfText('/awards/gnlc-intakes/2024/certificates.pdf?language=vi')).pageTexts.find((page) => page.split('\n').includes('Sơn La'))!;
    expect(vi).toContain('GIẤY CHỨNG NHẬN THÀNH VIÊN');
    expect(vi).toContain('Mạng lưới Thành phố học tập toàn cầu của UNESCO');
    expect(vi).toContain('Được UNESCO công nhận là thành viên ngày 21 tháng 2 năm 2024');
    expect(vi).toContain('Việt Nam');
    expect(vi).toContain('6 tháng 5 năm 2030');
    expect(vi).not.toContain('Admitted');
    const th = (await pdfText('/awards/gnlc-intakes/2024/certificates.pdf?language=th')).pageTexts.find((page) => page.split('\n').includes('Sơn La'))!;
    expect(th).toContain('เกียรติบัตรการเป็นสมาชิก');
    expect(th).toContain('เครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก');
    expect(th).toContain('2567');
    expect((await api('GET', '/awards/gnlc-intakes/2024/certificates.pdf?language=xx')).statusCode).toBe(400);

    const memberId = set.body.members[1].id;
    const one = await pdfText(`/awards/gnlc-intakes/2024/members/${memberId}/certificate.pdf`);
    expect(one.pages).toBe(1);
    expect(one.pageTexts[0].split('\n')).toContain('Legazpi');
    expect(one.pageTexts[0]).toContain('Philippines');
    expect((await api('GET', '/awards/gnlc-intakes/2023/certificates.pdf')).statusCode).toBe(404);
  });

  it('shows the new members on the public page only once their ceremony is over', async () => {
    // The 2030 ceremony has not taken place: the recognition is still the ceremony's news.
    expect((await t.request('GET', `/events/${slug}/gnlc-members`)).body).toEqual([]);

    const pastCeremony = await ceremony(pastSlug, '2024-10-29');
    const set = await api(
      'PUT',
      '/awards/gnlc-intakes/2024',
      { sessionId: pastCeremony, members: NEW_MEMBERS.map((member) => ({ ...member, region: 'asia-pacific' })) },
      admin,
      pastSlug,
    );
    expect(set.statusCode).toBe(200);
    const shown = await t.request('GET', `/events/${pastSlug}/gnlc-members`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toEqual(NEW_MEMBERS.map((member) => ({ year: 2024, ...member })));

    // Without a ceremony nothing is public.
    expect(
      (await api('PUT', '/awards/gnlc-intakes/2024', { members: [NEW_MEMBERS[0]].map((m) => ({ ...m, region: 'asia-pacific' })) }, admin, pastSlug)).statusCode,
    ).toBe(200);
    expect((await t.request('GET', `/events/${pastSlug}/gnlc-members`)).body).toEqual([]);
  });
});
