import { parse } from 'csv-parse/sync';
import sharp from 'sharp';
import { RetentionSweep } from '@app/registration';
import { freshRedisUrl } from '@app/testing';
import { DataSource } from 'typeorm';
import { createEvent, createUser, delegateInput as delegate, eventInput, grantRole } from './support/people.js';
import { readPdf } from './support/pdf.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;
const PASSWORD = 'a long enough password for tests';
// The events run 6–7 May 2030: a passport must stay valid until 7 November 2030.
const passport = {
  honorific: 'Dr',
  passportName: 'NGUYEN THI LAN',
  nationality: 'VN',
  dateOfBirth: '1980-04-12',
  passportNumber: 'C1234567',
  passportExpiry: '2032-01-31',
  consulate: 'Embassy of the Kingdom of Thailand, Hanoi',
};

describe('protocol fields, visa letters and data protection', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(14) });
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
  });

  async function openEvent(slug: string) {
    await createEvent(t, slug);
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: {
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 24 * hour).toISOString(),
        capacity: 50,
        privacyNoticeVersion: '2024-1',
      },
    });
    expect(put.statusCode).toBe(200);
    for (const category of [
      { code: 'delegate', name: 'City delegate' },
      { code: 'press', name: 'Press' },
    ])
      expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: category })).statusCode).toBe(201);
  }

  async function register(slug: string, body: Record<string, unknown>): Promise<{ id: string; token: string }> {
    const response = await t.request('POST', `/events/${slug}/registrations`, { body });
    expect(response.statusCode).toBe(201);
    const [{ secret }] = await t.app
      .get(DataSource)
      .query(`SELECT secret FROM notifications WHERE about->>'registrationId' = $1 AND secret IS NOT NULL ORDER BY created_at DESC LIMIT 1`, [
        response.body.id,
      ]);
    return { id: response.body.id, token: secret };
  }

  async function download(url: string, token?: string) {
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(bytes.toString('utf8')) : undefined;
    return { status: response.status, bytes, json };
  }

  const accessLog = async (slug: string) => (await t.request('GET', `/events/${slug}/passport-access-log`, { token: admin })).body.items as any[];

  it('refuses incomplete or implausible passport details with 422 and a code, and writes nothing', async () => {
    const slug = 'protocol-validation';
    await openEvent(slug);
    const attempt = (protocol: Record<string, unknown>) =>
      t.request('POST', `/events/${slug}/registrations`, { body: delegate('lan@valid.test', { visaLetterNeeded: true, protocol }) });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...passport, passportNumber: undefined, consulate: undefined }, 'PASSPORT_DETAILS_INCOMPLETE'],
      [{ ...passport, nationality: 'XX' }, 'NATIONALITY_UNKNOWN'],
      [{ ...passport, passportNumber: 'C-1' }, 'PASSPORT_NUMBER_INVALID'],
      [{ ...passport, dateOfBirth: '2090-01-01' }, 'DATE_OF_BIRTH_INVALID'],
      [{ ...passport, passportExpiry: '2030-09-30' }, 'PASSPORT_EXPIRES_TOO_SOON'],
    ];
    for (const [protocol, code] of cases) {
      const refused = await attempt(protocol);
      expect(refused.statusCode).toBe(422);
      expect(refused.body.code).toBe(code);
    }
    expect(
      (await t.request('POST', `/events/${slug}/registrations`, { body: delegate('lan@valid.test', { protocol: { honorific: 'Sir' } }) })).statusCode,
    ).toBe(400);
    // Nothing was half-written: the same email registers now.
    const lan = await register(slug, delegate('lan@valid.test', { visaLetterNeeded: true, protocol: passport }));
    const mine = await t.request('GET', `/registrations/manage/${lan.token}/protocol`);
    expect(mine.body).toMatchObject({ ...passport, erasedAt: null });

    // Passport data is kept only while a visa letter is asked for.
    const noVisa = await register(slug, delegate('minh@valid.test', { protocol: { ...passport, honorific: 'Mr' } }));
    expect((await t.request('GET', `/registrations/manage/${noVisa.token}/protocol`)).body).toMatchObject({ honorific: 'Mr', passportNumber: null });
    await t.request('PATCH', `/registrations/manage/${lan.token}`, { body: { visaLetterNeeded: false } });
    expect((await t.request('GET', `/registrations/manage/${lan.token}/protocol`)).body).toMatchObject({
      honorific: 'Dr',
      passportNumber: null,
      consulate: null,
    });
    // Never in the public or delegate views of the registration itself.
    expect(JSON.stringify((await t.request('GET', `/registrations/manage/${noVisa.token}`)).body)).not.toContain('C1234567');
  });

  it('issues a letter with the passport identity, costs and signatory, whose code a consulate can check at /verify', async () => {
    const slug = 'protocol-letter';
    await openEvent(slug);
    const settings = await t.request('PUT', `/events/${slug}/visa-letter-settings`, {
      token: admin,
      body: { signatoryName: 'Trần Văn Minh', signatoryTitle: 'Director General', costs: [{ category: 'delegate', bears: 'organiser' }] },
    });
    expect(settings.statusCode).toBe(200);
    expect(settings.body.costs).toEqual([
      { category: 'delegate', name: 'City delegate', bears: 'organiser' },
      { category: 'press', name: 'Press', bears: 'delegate' },
    ]);
    const missing = await register(slug, delegate('nopass@letter.test', { visaLetterNeeded: true }));
    const refused = await download(`/registrations/manage/${missing.token}/visa-letter.pdf`);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('VISA_LETTER_PASSPORT_MISSING');

    const lan = await register(slug, delegate('lan@letter.test', { visaLetterNeeded: true, protocol: passport }));
    const letter = await download(`/registrations/manage/${lan.token}/visa-letter.pdf?language=vi`);
    expect(letter.status).toBe(200);
    const pdf = readPdf(letter.bytes);
    expect(pdf.pages).toBe(2);
    const [english, vietnamese] = pdf.pageTexts.map((text) => text.replace(/\s+/g, ' '));
    for (const part of [
      'INVITATION LETTER FOR VISA APPLICATION',
      'Embassy of the Kingdom of Thailand, Hanoi',
      'Dr NGUYEN THI LAN',
      'Viet Nam',
      '12 April 1980',
      'C1234567',
      '31 January 2032',
      'from 6 May 2030 to 7 May 2030',
      'bears the costs of the participant’s travel, accommodation and stay',
      'Trần Văn Minh',
      'Director General',
      eventInput(slug).name,
    ])
      expect(english).toContain(part);
    expect(vietnamese).toContain('THƯ MỜI XIN THỊ THỰC');
    expect(vietnamese).toContain('ngày 12 tháng 4 năm 1980');
    const code = /verification code ([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(english)?.[1];
    expect(code).toBeDefined();
    expect(english).toContain(`/verify/${code}`);
    // A reprint carries the same code.
    expect(readPdf((await download(`/registrations/manage/${lan.token}/visa-letter.pdf`)).bytes).pageTexts[0]).toContain(code);

    const verified = await t.request('GET', `/verify/${code}`);
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toEqual({ code, fullName: 'Nguyễn Thị Lan', event: eventInput(slug).name, startDate: '2030-05-06', endDate: '2030-05-07' });
    expect((await t.request('GET', `/verify/${code!.toLowerCase()}`)).statusCode).toBe(200);
    const unknown = await t.request('GET', '/verify/ABCDE-FGHJK');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body.code).toBe('VISA_LETTER_CODE_UNKNOWN');

    // Once the event's identity names its signatories, they sign the letter as they sign every document, with their signature image.
    const signatories = await t.request('PUT', `/events/${slug}/identity/signatories`, {
      token: admin,
      body: { signatories: [{ name: 'Somchai Jaidee', title: 'Permanent Secretary, Ministry of Education' }] },
    });
    expect(signatories.statusCode).toBe(200);
    const form = new FormData();
    const png = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#0b4f8a' } })
      .png()
      .toBuffer();
    form.append('file', new Blob([new Uint8Array(png)]), 'signature.png');
    const uploaded = await fetch(
      `${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/identity/signatories/${signatories.body.signatories[0].id}/signature`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      },
    );
    expect(uploaded.status).toBe(200);
    const signed = await download(`/registrations/manage/${lan.token}/visa-letter.pdf`);
    const signedText = readPdf(signed.bytes).pageTexts[0].replace(/\s+/g, ' ');
    expect(signedText).toContain('Somchai Jaidee');
    expect(signedText).toContain('Permanent Secretary, Ministry of Education');
    expect(signedText).not.toContain('Trần Văn Minh');
    expect(signed.bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('keeps passport columns out of the CSV unless asked, and records every organiser view and export', async () => {
    const slug = 'protocol-audit';
    await openEvent(slug);
    const lan = await register(slug, delegate('lan@audit.test', { visaLetterNeeded: true, protocol: passport }));
    const plain: Record<string, string>[] = parse((await t.request('GET', `/events/${slug}/registrations.csv`, { token: admin })).text.replace(/^\uFEFF/, ''), {
      columns: true,
    });
    expect(plain[0].honorific).toBe('Dr');
    expect(Object.keys(plain[0])).not.toContain('passportNumber');
    expect(JSON.stringify(plain)).not.toContain('C1234567');
    expect(await accessLog(slug)).toEqual([]);

    const withPassport: Record<string, string>[] = parse(
      (await t.request('GET', `/events/${slug}/registrations.csv?include=passport`, { token: admin })).text.replace(/^\uFEFF/, ''),
      {
        columns: true,
      },
    );
    expect(withPassport[0]).toMatchObject({ passportNumber: 'C1234567', nationality: 'VN', dateOfBirth: '1980-04-12', consulate: passport.consulate });
    expect((await t.request('GET', `/events/${slug}/registrations/${lan.id}/protocol`, { token: admin })).body.passportNumber).toBe('C1234567');
    expect((await download(`/events/${slug}/registrations/${lan.id}/visa-letter.pdf`, admin)).status).toBe(200);

    const log = await accessLog(slug);
    expect(log.map((row) => [row.action, row.actor, row.actorEmail, row.delegate])).toEqual([
      ['letter', 'organiser', expect.stringContaining('@'), 'Nguyễn Thị Lan'],
      ['view', 'organiser', expect.stringContaining('@'), 'Nguyễn Thị Lan'],
      ['export', 'organiser', expect.stringContaining('@'), null],
    ]);

    const staffId = await createUser(t, 'staff@audit.test', 'Staff', 'en', PASSWORD);
    await grantRole(t, slug, staffId, 'staff');
    const staff = await t.login('staff@audit.test', PASSWORD);
    expect((await t.request('GET', `/events/${slug}/registrations/${lan.id}/protocol`, { token: staff })).statusCode).toBe(403);
    expect((await t.request('GET', `/events/${slug}/passport-access-log`, { token: staff })).statusCode).toBe(403);
    expect((await t.request('GET', `/events/${slug}/registrations.csv?include=passport`)).statusCode).toBe(401);
  });

  it('gives a delegate their data as JSON and erases passport data and needs when they ask', async () => {
    const slug = 'protocol-rights';
    await openEvent(slug);
    const lan = await register(slug, delegate('lan@rights.test', { visaLetterNeeded: true, dietaryNeeds: 'Ăn chay', protocol: passport }));
    const data = await download(`/registrations/manage/${lan.token}/my-data.json`);
    expect(data.status).toBe(200);
    expect(data.json.registration).toMatchObject({ email: 'lan@rights.test', dietaryNeeds: 'Ăn chay', fullName: 'Nguyễn Thị Lan' });
    expect(data.json.protocol).toMatchObject(passport);
    expect(data.json.history[0]).toMatchObject({ kind: 'created' });

    const erased = await t.request('POST', `/registrations/manage/${lan.token}/erase`);
    expect(erased.statusCode).toBe(200);
    const after = (await t.request('GET', `/registrations/manage/${lan.token}/protocol`)).body;
    expect(after).toMatchObject({ honorific: 'Dr', passportNumber: null, passportName: null, dateOfBirth: null });
    expect(after.erasedAt).not.toBeNull();
    expect((await t.request('GET', `/registrations/manage/${lan.token}`)).body).toMatchObject({ dietaryNeeds: '', state: 'confirmed' });
    const again = await t.request('PATCH', `/registrations/manage/${lan.token}`, { body: { protocol: passport } });
    expect(again.statusCode).toBe(409);
    expect(again.body.code).toBe('PASSPORT_DATA_ERASED');
    expect((await accessLog(slug)).map((row) => [row.action, row.actor])).toEqual([
      ['erase', 'delegate'],
      ['download', 'delegate'],
    ]);
  });

  it('erases passport data and free-text needs once the retention date has passed, keeping the counts', async () => {
    const slug = 'protocol-retention';
    await openEvent(slug);
    const early = await t.request('PUT', `/events/${slug}/visa-letter-settings`, {
      token: admin,
      body: { signatoryName: 'Trần Văn Minh', signatoryTitle: 'Director General', retentionDate: '2030-05-07' },
    });
    expect(early.statusCode).toBe(422);
    expect(early.body.code).toBe('RETENTION_DATE_BEFORE_EVENT_END');
    const put = await t.request('PUT', `/events/${slug}/visa-letter-settings`, {
      token: admin,
      body: { signatoryName: 'Trần Văn Minh', signatoryTitle: 'Director General', retentionDate: '2030-08-31' },
    });
    expect(put.body).toMatchObject({ retentionDate: '2030-08-31', erasedAt: null });
    const lan = await register(
      slug,
      delegate('lan@retention.test', { visaLetterNeeded: true, dietaryNeeds: 'Ăn chay', dietaryChoices: ['vegetarian'], protocol: passport }),
    );
    const minh = await register(slug, delegate('minh@retention.test', { accessibilityNeeds: 'Xe lăn' }));
    await register(slug, delegate('hoa@retention.test'));
    // Another event, without a retention date, is left alone.
    await openEvent('protocol-kept');
    const kept = await register('protocol-kept', delegate('kept@retention.test', { visaLetterNeeded: true, dietaryNeeds: 'Halal', protocol: passport }));

    const sweep = t.app.get(RetentionSweep);
    expect(await sweep.sweep(new Date('2030-08-31T23:00:00Z'))).toBe(0);
    expect((await t.request('GET', `/registrations/manage/${lan.token}/protocol`)).body.passportNumber).toBe('C1234567');
    expect(await sweep.sweep(new Date('2030-09-01T01:00:00Z'))).toBe(1);
    expect(await sweep.sweep(new Date('2030-09-02T01:00:00Z'))).toBe(0);

    expect((await t.request('GET', `/registrations/manage/${lan.token}/protocol`)).body).toMatchObject({
      passportNumber: null,
      nationality: null,
      honorific: 'Dr',
    });
    // The free text goes; the choice stays, so the counts after the event still add up.
    expect((await t.request('GET', `/registrations/manage/${lan.token}`)).body).toMatchObject({ dietaryNeeds: '', dietaryChoices: ['vegetarian'] });
    expect((await t.request('GET', `/registrations/manage/${minh.token}`)).body.accessibilityNeeds).toBe('');
    const settings = (await t.request('GET', `/events/${slug}/visa-letter-settings`, { token: admin })).body;
    expect(settings).toMatchObject({ erasedPassports: 1, erasedNeeds: 2, erasedAt: '2030-09-01T01:00:00.000Z' });
    expect((await t.request('GET', `/events/${slug}/registration-counts`, { token: admin })).body.byState).toEqual({ confirmed: 3 });
    expect((await accessLog(slug))[0]).toMatchObject({ actor: 'retention', action: 'erase', detail: '1 passport records, 2 free-text needs' });
    expect((await t.request('GET', `/registrations/manage/${kept.token}/protocol`)).body.passportNumber).toBe('C1234567');
    expect((await t.request('GET', `/registrations/manage/${kept.token}`)).body.dietaryNeeds).toBe('Halal');
  });
});
