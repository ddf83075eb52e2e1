import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { readPdf } from './support/pdf.js';
import { delegateInput } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'translated-bangkok-2030';
const EN_NAME = 'ASEAN+3 Regional Conference on Learning Cities';
const VI_NAME = 'Hội nghị khu vực ASEAN+3 về Thành phố học tập';

describe('organiser text in each of the event languages (real SMTP)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  const as = (method: string, url: string, body?: object) => t.request(method, `/events/${slug}${url}`, { token: admin, body });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(14), SMTP_URL: sink.url, MAIL_BACKOFF_MS: '100', OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
    const created = await t.request('POST', '/events', {
      token: admin,
      body: {
        slug,
        name: EN_NAME,
        description: 'Two days on learning cities.',
        venue: 'Conference centre',
        city: 'Bangkok',
        country: 'TH',
        timeZone: 'Asia/Bangkok',
        startDate: '2030-05-06',
        endDate: '2030-05-07',
        languages: ['en', 'vi', 'th'],
        // Thai left out on purpose: its readers fall back to English.
        translations: { vi: { name: VI_NAME, description: 'Hai ngày về thành phố học tập.' } },
      },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('names the event, its rooms and tracks in the reader language, else in its first language', async () => {
    expect((await as('POST', '/rooms', { name: 'Main hall', capacity: 300, translations: { vi: { name: 'Hội trường chính' } } })).statusCode).toBe(201);
    expect((await as('POST', '/tracks', { name: 'Inclusion', colour: '#1f77b4', translations: { vi: { name: 'Hòa nhập' } } })).statusCode).toBe(201);

    const vi = await t.request('GET', `/events/${slug}?language=vi`);
    expect(vi.statusCode).toBe(200);
    expect(vi.body).toEqual(expect.objectContaining({ name: VI_NAME, description: 'Hai ngày về thành phố học tập.', venue: 'Conference centre' }));
    expect(vi.body.rooms[0].name).toBe('Hội trường chính');
    expect(vi.body.tracks[0].name).toBe('Hòa nhập');

    const th = await t.request('GET', `/events/${slug}?language=th`);
    expect(th.body).toEqual(expect.objectContaining({ name: EN_NAME, description: 'Two days on learning cities.' }));
    expect(th.body.rooms[0].name).toBe('Main hall');

    const plain = await t.request('GET', `/events/${slug}`);
    expect(plain.body.name).toBe(EN_NAME);
    // The organiser's form gets every language back as entered.
    expect(plain.body.translations).toEqual({ vi: { name: VI_NAME, description: 'Hai ngày về thành phố học tập.' } });
    expect((await t.request('GET', '/events?language=vi')).body.find((event: { slug: string }) => event.slug === slug).name).toBe(VI_NAME);
  });

  it('answers 422 for a language the event is not held in, for reading and for writing', async () => {
    const read = await t.request('GET', `/events/${slug}?language=fr`);
    expect(read.statusCode).toBe(422);
    expect(read.body).toEqual(expect.objectContaining({ code: 'LANGUAGE_NOT_OFFERED', data: { language: 'fr', languages: 'en, vi, th' } }));
    expect((await t.request('GET', `/events/${slug}/registration-categories?language=fr`)).statusCode).toBe(422);

    const written = await as('PATCH', '', { translations: { fr: { name: 'Conférence' } } });
    expect(written.statusCode).toBe(422);
    expect(written.body.code).toBe('LANGUAGE_NOT_OFFERED');
    // The first language is the plain fields themselves.
    expect((await as('POST', '/rooms', { name: 'Annex', capacity: 20, translations: { en: { name: 'Annex' } } })).statusCode).toBe(422);
    expect((await as('PATCH', '', { translations: { vi: { name: 'x'.repeat(301) } } })).statusCode).toBe(400);
    expect((await as('PATCH', '', { translations: { vi: { slogan: 'x' } } })).statusCode).toBe(400);
    expect((await t.request('GET', `/events/${slug}?language=vi`)).body.name).toBe(VI_NAME);
  });

  it('mails a Vietnamese delegate the event and category names in Vietnamese', async () => {
    await as('PUT', '/registration-settings', {
      opensAt: '2020-01-01T00:00:00Z',
      closesAt: '2030-05-01T00:00:00Z',
      capacity: 100,
      privacyNoticeVersion: '2024-1',
    });
    const category = await as('POST', '/registration-categories', {
      code: 'delegate',
      name: 'City delegate',
      translations: { vi: { name: 'Đại biểu thành phố' } },
    });
    expect(category.statusCode).toBe(201);
    expect((await t.request('GET', `/events/${slug}/registration-categories?language=vi`)).body[0].name).toBe('Đại biểu thành phố');
    expect((await t.request('GET', `/events/${slug}/registration-categories?language=th`)).body[0].name).toBe('City delegate');

    expect((await t.request('POST', `/events/${slug}/registrations`, { body: delegateInput('lan@translated.test') })).statusCode).toBe(201);
    const [mail] = await expectEventually(() => {
      const received = sink.to('lan@translated.test');
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail.parsed.subject).toContain(VI_NAME);
    expect(mail.parsed.text).toContain('Đại biểu thành phố');
    expect(mail.parsed.text).toContain(`Ban Tổ chức ${VI_NAME}`);
    expect(mail.parsed.text).not.toContain(EN_NAME);
  });

  it('prints the event name in the document language: letterheads as asked, badges as each delegate reads', async () => {
    const pdfText = async (url: string) => {
      const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}${url}`, { headers: { authorization: `Bearer ${admin}` } });
      expect([response.status, response.status === 200 ? '' : await response.text()]).toEqual([200, '']);
      return readPdf(Buffer.from(await response.arrayBuffer())).pageTexts;
    };
    const [vi] = await pdfText('/rooming-list.pdf?language=vi');
    expect(vi.split('\n')).toContain(VI_NAME);
    expect(vi).not.toContain(EN_NAME);
    // No Thai name given: the Thai list names the event in its first language.
    const [th] = await pdfText('/rooming-list.pdf?language=th');
    expect(th.split('\n')).toContain(EN_NAME);

    const english = delegateInput('ann@translated.test', { fullName: 'Ann Lee', language: 'en' });
    expect((await t.request('POST', `/events/${slug}/registrations`, { body: english })).statusCode).toBe(201);
    const badges = await pdfText('/badges.pdf');
    const lan = badges.find((page) => page.includes('Nguyễn Thị Lan'))!;
    const ann = badges.find((page) => page.includes('Ann Lee'))!;
    expect(lan.replaceAll('\n', ' ')).toContain(VI_NAME);
    expect(ann.replaceAll('\n', ' ')).toContain(EN_NAME);
  });
});
