import { DataSource } from 'typeorm';
import { parse } from 'csv-parse/sync';
import { createEvent, delegateInput as delegate } from './support/people.js';
import { readPdf } from './support/pdf.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * What a ministry reads: the countries on badges, visa letters and the export in UN usage, and mail
 * promised only in a language Plenary is shipped in whole.
 */
describe('UN country names and shipped languages through the API', () => {
  let t: TestApp;
  let admin: string;
  const slug = 'un-names';

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await createEvent(t, slug, new Date().toISOString().slice(0, 10), new Date(Date.now() + 48 * hour).toISOString().slice(0, 10));
    const now = Date.now();
    const settings = {
      opensAt: new Date(now - hour).toISOString(),
      closesAt: new Date(now + 24 * hour).toISOString(),
      capacity: 50,
      privacyNoticeVersion: '2024-1',
    };
    expect((await t.request('PUT', `/events/${slug}/registration-settings`, { token: admin, body: settings })).statusCode).toBe(200);
    const category = { code: 'delegate', name: 'Delegate' };
    expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: category })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  async function download(url: string, token?: string) {
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  const lao = (email: string, language: string) =>
    delegate(email, {
      fullName: 'Souksavanh Phommachanh',
      organisation: 'Vientiane Capital',
      city: 'Vientiane',
      country: 'LA',
      language,
      visaLetterNeeded: true,
      protocol: {
        passportName: 'SOUKSAVANH PHOMMACHANH',
        nationality: 'LA',
        dateOfBirth: '1979-02-03',
        passportNumber: 'P0123456',
        passportExpiry: '2035-01-01',
        consulate: 'Embassy of Viet Nam, Vientiane',
      },
    });

  it('refuses a language Plenary is not shipped in, with its code, and writes nothing', async () => {
    for (const language of ['ko', 'zh', 'lo']) {
      const response = await t.request('POST', `/events/${slug}/registrations`, { body: lao(`refused-${language}@vientiane.test`, language) });
      expect(response.statusCode).toBe(422);
      expect(response.body).toMatchObject({ code: 'LANGUAGE_NOT_SHIPPED', data: { language, shipped: ['en', 'th', 'vi'] } });
    }
    const list = await t.request('GET', `/events/${slug}/registrations`, { token: admin });
    expect(list.body.total ?? list.body.items.length).toBe(0);
  });

  it('describes only the shipped languages in the OpenAPI document', async () => {
    const openApi = (await t.request('GET', '/docs-json')).body;
    expect(openApi.components.schemas.RegisterDto.properties.language.enum).toEqual(['en', 'th', 'vi']);
  });

  it('prints the UN short names on badges and visa letters, and in the export', async () => {
    const created = await t.request('POST', `/events/${slug}/registrations`, { body: lao('souksavanh@vientiane.test', 'en') });
    expect(created.statusCode).toBe(201);
    expect(created.body.state).toBe('confirmed');
    const [{ secret: token }] = await t.app
      .get(DataSource)
      .query(`SELECT secret FROM notifications WHERE about->>'registrationId' = $1 AND secret IS NOT NULL LIMIT 1`, [created.body.id]);

    // A later change of language is held to the same list.
    const changed = await t.request('PATCH', `/registrations/manage/${token}`, { body: { language: 'lo' } });
    expect(changed.statusCode).toBe(422);
    expect(changed.body.code).toBe('LANGUAGE_NOT_SHIPPED');

    const badge = squash(readPdf(await download(`/registrations/manage/${token}/badge.pdf`)).pageTexts.join('\n'));
    expect(badge).toContain(squash("Vientiane, Lao People's Democratic Republic"));

    const letter = squash(readPdf(await download(`/registrations/manage/${token}/visa-letter.pdf`)).pageTexts.join('\n'));
    expect(letter).toContain(squash("Lao People's Democratic Republic"));
    // The venue's country (the test event is in Hà Nội) in UN usage too.
    expect(letter).toContain(squash('Viet Nam'));
    expect(letter).not.toContain('Vietnam');

    const rows: Record<string, string>[] = parse((await t.request('GET', `/events/${slug}/registrations.csv`, { token: admin })).text, {
      bom: true,
      columns: true,
    });
    expect(rows.find((row) => row.email === 'souksavanh@vientiane.test')).toMatchObject({ country: 'LA', countryName: "Lao People's Democratic Republic" });
  });

  it('prints the visa letter in Thai when asked: Thai words, Thai UN country names and the Buddhist era', async () => {
    const created = await t.request('POST', `/events/${slug}/registrations`, { body: lao('bounmy@vientiane.test', 'th') });
    expect(created.statusCode).toBe(201);
    const [{ secret: token }] = await t.app
      .get(DataSource)
      .query(`SELECT secret FROM notifications WHERE about->>'registrationId' = $1 AND secret IS NOT NULL LIMIT 1`, [created.body.id]);
    // A letter adds a page in a language the event is held in, after the English one.
    const languages = await t.request('PATCH', `/events/${slug}`, { token: admin, body: { languages: ['en', 'vi', 'th'] } });
    expect(languages.statusCode).toBe(200);
    const pdf = readPdf(await download(`/registrations/manage/${token}/visa-letter.pdf?language=th`));
    const letter = squash(pdf.pageTexts.join('\n'));
    for (const words of ['หนังสือเชิญเพื่อประกอบการขอรับการตรวจลงตรา', 'เรียน เจ้าหน้าที่กงสุลผู้เกี่ยวข้อง', 'ขอแสดงความนับถือ', 'ประเภทการเข้าร่วม'])
      expect(letter).toContain(squash(words));
    // The delegate's nationality (Lao People's Democratic Republic) as Thai names it.
    expect(letter).toContain(squash('ลาว'));
    const buddhistYear = String(new Date().getUTCFullYear() + 543);
    expect(letter).toContain(buddhistYear);
    expect(letter).toContain(squash('INVITATION LETTER FOR VISA APPLICATION'));
    // The Thai face drew the Thai words.
    expect(pdf.fonts.some((font) => font.baseFont.includes('NotoSansThai'))).toBe(true);

    // Without a language, or in one the letter is not written in, it is English only.
    for (const query of ['', '?language=ko']) {
      const english = squash(readPdf(await download(`/registrations/manage/${token}/visa-letter.pdf${query}`)).pageTexts.join('\n'));
      expect(english).toContain(squash('INVITATION LETTER FOR VISA APPLICATION'));
      expect(english).not.toContain(squash('หนังสือเชิญ'));
    }
  });
});
