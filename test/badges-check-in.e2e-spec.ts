import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { createUser, delegateInput as delegate, eventInput, grantRole } from './support/people.js';
import { readPdf } from './support/pdf.js';
import { type ConfirmedDelegate, eventDay as day, openForRegistration, registerConfirmed } from './support/confirmed-delegates.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ZONE = eventInput('x').timeZone;
const PASSWORD = 'a long enough password for tests';

const korean = (email: string) =>
  delegate(email, { fullName: '김민준', title: '장학관', organisation: '서울특별시 교육청', city: '서울', country: 'KR', language: 'en' });
const thai = (email: string) =>
  delegate(email, {
    fullName: 'สมชาย ใจดี',
    title: 'ผู้อำนวยการ',
    organisation: 'กรุงเทพมหานคร',
    city: 'กรุงเทพมหานคร',
    country: 'TH',
    language: 'en',
    category: 'press',
  });

describe('badges, visa letters and check-in', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
  });

  /** An event around today (yesterday to tomorrow in its time zone), open for registration. */
  const openEvent = (slug: string, startDate = day(-1), endDate = day(1)) =>
    openForRegistration(t, slug, {
      startDate,
      endDate,
      categories: [
        { code: 'delegate', name: 'Delegate' },
        { code: 'press', name: 'Press' },
      ],
    });
  const register = (slug: string, body: ReturnType<typeof delegate>) => registerConfirmed(t, slug, body);

  async function download(url: string, token?: string) {
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(bytes.toString('utf8')) : undefined;
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition') ?? '', bytes, json };
  }

  async function userWithRole(slug: string, email: string, role: string): Promise<string> {
    const id = await createUser(t, email, email.split('@')[0], 'en', PASSWORD);
    expect((await grantRole(t, slug, id, role)).statusCode).toBeLessThan(300);
    return t.login(email, PASSWORD);
  }

  const fontNamed = (pdf: ReturnType<typeof readPdf>, postscriptName: string) => pdf.fonts.find((font) => font.baseFont.endsWith(`+${postscriptName}`));
  const withoutSpaces = (text: string) => [...text.replace(/\s/g, '')];
  const passport = (passportName: string, nationality: string) => ({
    passportName,
    nationality,
    dateOfBirth: '1980-04-12',
    passportNumber: 'C1234567',
    passportExpiry: '2035-01-31',
    consulate: 'Embassy of the Kingdom of Thailand, Hanoi',
  });

  describe('badges and visa letters', () => {
    const slug = 'badges';
    let lan: ConfirmedDelegate;
    let minjun: ConfirmedDelegate;
    let somchai: ConfirmedDelegate;
    let leaving: ConfirmedDelegate;

    beforeAll(async () => {
      await openEvent(slug);
      lan = await register(slug, delegate('lan@hanoi.test'));
      minjun = await register(slug, korean('minjun@seoul.test'));
      somchai = await register(slug, thai('somchai@bangkok.test'));
      leaving = await register(slug, delegate('leaving@hanoi.test', { fullName: 'Trần Văn Hùng', visaLetterNeeded: true }));
      expect((await t.request('POST', `/registrations/manage/${leaving.token}/cancel`)).body.state).toBe('cancelled');
    });

    it.each([
      ['a Vietnamese name', () => lan, 'NotoSans-Bold', ['Sở Giáo dục và Đào tạo Hà Nội', 'Hà Nội, Viet Nam', 'DELEGATE']],
      ['a Korean name', () => minjun, 'NotoSansKR-Bold', ['서울특별시 교육청', '서울, Republic of Korea', 'DELEGATE']],
      ['a Thai name', () => somchai, 'NotoSansThai-Bold', ['กรุงเทพมหานคร', 'กรุงเทพมหานคร, Thailand', 'PRESS']],
    ])('gives a confirmed delegate with %s a badge PDF drawn in a font of their script', async (_label, who, nameFont, lines) => {
      const { fullName, token, badgeCode } = who();
      const response = await download(`/registrations/manage/${token}/badge.pdf`);
      expect(response.status).toBe(200);
      expect(response.type).toBe('application/pdf');
      expect(response.disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`badge-${fullName}.pdf`)}`);
      expect(response.disposition).toMatch(/^attachment; filename="badge-[\x20-\x7e]+\.pdf"; /);

      const pdf = readPdf(response.bytes);
      expect(pdf.pages).toBe(1);
      // The name is set in that face: its subset can draw every letter of the name.
      const font = fontNamed(pdf, nameFont);
      expect(font).toBeDefined();
      expect(withoutSpaces(fullName).filter((char) => !font!.characters.includes(char))).toEqual([]);
      const text = pdf.pageTexts[0];
      for (const line of [fullName, ...lines, badgeCode, 'ASEAN+3']) expect(text).toContain(line);
    });

    it('embeds only the faces a badge needs', async () => {
      const vietnamese = readPdf((await download(`/registrations/manage/${lan.token}/badge.pdf`)).bytes);
      expect(vietnamese.fonts.map((font) => font.baseFont.split('+')[1]).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
      const korean = readPdf((await download(`/registrations/manage/${minjun.token}/badge.pdf`)).bytes);
      expect(korean.fonts.some((font) => /NotoSans(JP|Hans|Thai)/.test(font.baseFont))).toBe(false);
    });

    it('refuses a badge to a registration that is not confirmed, with 409 saying why', async () => {
      const response = await download(`/registrations/manage/${leaving.token}/badge.pdf`);
      expect(response.status).toBe(409);
      expect(response.json).toEqual(expect.objectContaining({ statusCode: 409, error: 'Conflict', message: expect.stringContaining('cancelled') }));
      expect((await download(`/registrations/manage/${'A'.repeat(43)}/badge.pdf`)).status).toBe(404);
    });

    it('prints the badges of a filtered list as one PDF, a page per confirmed delegate in order of registration', async () => {
      const all = await download(`/events/${slug}/badges.pdf`, admin);
      expect(all.status).toBe(200);
      expect(all.type).toBe('application/pdf');
      expect(all.disposition).toContain(`filename*=UTF-8''badges-${slug}.pdf`);
      const pdf = readPdf(all.bytes);
      expect(pdf.pages).toBe(3);
      expect(pdf.pageTexts.map((page) => page.split('\n').find((line) => [lan, minjun, somchai].some((d) => line === d.fullName)))).toEqual([
        lan.fullName,
        minjun.fullName,
        somchai.fullName,
      ]);
      for (const font of ['NotoSans-Bold', 'NotoSansKR-Bold', 'NotoSansThai-Bold']) expect(fontNamed(pdf, font)).toBeDefined();

      const koreans = readPdf((await download(`/events/${slug}/badges.pdf?country=KR`, admin)).bytes);
      expect(koreans.pages).toBe(1);
      expect(koreans.pageTexts[0]).toContain('김민준');
      const press = readPdf((await download(`/events/${slug}/badges.pdf?category=press&state=confirmed`, admin)).bytes);
      expect(press.pageTexts).toEqual([expect.stringContaining('สมชาย ใจดี')]);
    });

    it('answers the list of badges with 400 for a state other than confirmed, 404 when nobody matches, and 401/403 to others', async () => {
      const pending = await download(`/events/${slug}/badges.pdf?state=pending`, admin);
      expect(pending.status).toBe(400);
      expect(pending.json.details.map((detail: { field: string }) => detail.field)).toEqual(['state']);
      const nobody = await download(`/events/${slug}/badges.pdf?country=FR`, admin);
      expect(nobody.status).toBe(404);
      expect(nobody.json.message).toContain('No confirmed registration');
      expect((await download(`/events/${slug}/badges.pdf`)).status).toBe(401);
      const staff = await userWithRole(slug, 'staff-badges@plenary.test', 'staff');
      expect((await download(`/events/${slug}/badges.pdf`, staff)).status).toBe(403);
    });

    it('issues a visa letter only to a confirmed delegate who asked for one, with 409 saying what is missing', async () => {
      const notAsked = await download(`/registrations/manage/${lan.token}/visa-letter.pdf`);
      expect(notAsked.status).toBe(409);
      expect(notAsked.json.message).toContain('did not ask for a visa letter');
      const cancelled = await download(`/registrations/manage/${leaving.token}/visa-letter.pdf`);
      expect(cancelled.status).toBe(409);
      expect(cancelled.json.message).toContain('only for a confirmed registration');

      expect((await t.request('PATCH', `/registrations/manage/${lan.token}`, { body: { visaLetterNeeded: true } })).statusCode).toBe(200);
      expect((await download(`/registrations/manage/${lan.token}/visa-letter.pdf`)).json.code).toBe('VISA_LETTER_PASSPORT_MISSING');
      const withPassport = { protocol: { honorific: 'Ms', ...passport('Nguyễn Thị Lan', 'VN') } };
      expect((await t.request('PATCH', `/registrations/manage/${lan.token}`, { body: withPassport })).statusCode).toBe(200);
      const letter = await download(`/registrations/manage/${lan.token}/visa-letter.pdf`);
      expect(letter.status).toBe(200);
      expect(letter.type).toBe('application/pdf');
      expect(letter.disposition).toContain(`filename*=UTF-8''${encodeURIComponent('visa-letter-Nguyễn Thị Lan.pdf')}`);
      const text = readPdf(letter.bytes).pageTexts.join('\n');
      // Compared without white space: where the lines of a paragraph break is the layout's business.
      const squashed = text.replace(/\s+/g, '');
      const date = (iso: string) => DateTime.fromISO(iso).setLocale('en-GB').toFormat('d MMMM yyyy');
      for (const part of [
        'INVITATION LETTER FOR VISA APPLICATION',
        eventInput(slug).name,
        `from ${date(day(-1))} to ${date(day(1))}`,
        'Ms Nguyễn Thị Lan',
        'C1234567',
        'Phó Giám đốc',
        'Sở Giáo dục và Đào tạo Hà Nội',
        'Viet Nam',
        `Date: ${date(DateTime.now().setZone(ZONE).toISODate()!)}`,
      ]) {
        expect(squashed).toContain(part.replace(/\s+/g, ''));
      }
      const reference = /Ref\.: (VL-\d{4}-\d{6})/.exec(text)?.[1];
      expect(reference).toBeDefined();
      // A reprint carries the same reference.
      expect(readPdf((await download(`/registrations/manage/${lan.token}/visa-letter.pdf`)).bytes).pageTexts.join('\n')).toContain(reference);
    });

    it('lets organisers issue a visa letter to any confirmed delegate whose passport details are known', async () => {
      const body = { visaLetterNeeded: true, protocol: passport('KIM MINJUN', 'KR') };
      expect((await t.request('PATCH', `/registrations/manage/${minjun.token}`, { body })).statusCode).toBe(200);
      const letter = await download(`/events/${slug}/registrations/${minjun.id}/visa-letter.pdf`, admin);
      expect(letter.status).toBe(200);
      const pdf = readPdf(letter.bytes);
      expect(pdf.pageTexts[0]).toContain('KIM MINJUN');
      expect(pdf.pageTexts[0]).toContain('Republic of Korea');
      expect(pdf.pageTexts[0]).toContain('장학관');
      expect(pdf.pageTexts[0]).toContain('서울특별시 교육청');
      expect(fontNamed(pdf, 'NotoSansKR-Regular')).toBeDefined();
      expect((await download(`/events/${slug}/registrations/${leaving.id}/visa-letter.pdf`, admin)).status).toBe(409);
      expect((await download(`/events/${slug}/registrations/00000000-0000-4000-8000-000000000000/visa-letter.pdf`, admin)).status).toBe(404);
      expect((await download(`/events/${slug}/registrations/not-a-uuid/visa-letter.pdf`, admin)).status).toBe(400);
      expect((await download(`/events/${slug}/registrations/${minjun.id}/visa-letter.pdf`)).status).toBe(401);
    });
  });

  describe('check-in', () => {
    const slug = 'check-in';
    let staff: string;
    let delegateUser: string;
    let lan: ConfirmedDelegate;
    let minjun: ConfirmedDelegate;
    let somchai: ConfirmedDelegate;
    let cancelled: ConfirmedDelegate;

    const scan = (body: Record<string, unknown>, token = staff, eventSlug = slug) => t.request('POST', `/events/${eventSlug}/check-ins`, { token, body });
    const hhmm = (iso: string) => DateTime.fromISO(iso).setZone(ZONE).toFormat('HH:mm');

    beforeAll(async () => {
      await openEvent(slug);
      [lan, minjun, somchai, cancelled] = [
        await register(slug, delegate('lan@checkin.test')),
        await register(slug, korean('minjun@checkin.test')),
        await register(slug, thai('somchai@checkin.test')),
        await register(slug, delegate('gone@checkin.test', { fullName: 'Lê Thị Mai' })),
      ];
      await t.request('POST', `/registrations/manage/${cancelled.token}/cancel`);
      staff = await userWithRole(slug, 'staff@checkin.test', 'staff');
      delegateUser = await userWithRole(slug, 'delegate@checkin.test', 'delegate');
    });

    it('checks a delegate in with 201 on the first scan of the day, and answers 200 "already checked in at HH:MM" after', async () => {
      const first = await scan({ badgeCode: lan.badgeCode });
      expect(first.statusCode).toBe(201);
      expect(first.body).toEqual(
        expect.objectContaining({ registrationId: lan.id, fullName: 'Nguyễn Thị Lan', day: day(0), alreadyCheckedIn: false, checkedInAt: expect.any(String) }),
      );
      // Scanners may send the code in lower case, with spaces around it.
      const second = await scan({ badgeCode: ` ${lan.badgeCode.toLowerCase()} ` });
      expect(second.statusCode).toBe(200);
      expect(second.body).toEqual(
        expect.objectContaining({ registrationId: lan.id, day: day(0), alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt }),
      );
      expect(second.body.message).toContain(`already checked in at ${hhmm(first.body.checkedInAt)}`);
    });

    it('checks in exactly once when scanners read the same badge at the same moment', async () => {
      const pair = await Promise.all([scan({ badgeCode: minjun.badgeCode }), scan({ badgeCode: minjun.badgeCode }, admin)]);
      expect(pair.map((answer) => answer.statusCode).sort()).toEqual([200, 201]);
      const crowd = await Promise.all(Array.from({ length: 10 }, () => scan({ badgeCode: somchai.badgeCode })));
      expect(crowd.filter((answer) => answer.statusCode === 201)).toHaveLength(1);
      expect(crowd.filter((answer) => answer.statusCode === 200)).toHaveLength(9);
      expect(new Set(crowd.map((answer) => answer.body.checkedInAt)).size).toBe(1);
      const [{ rows }] = await t.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS rows FROM check_ins WHERE registration_id = ANY($1)`, [[minjun.id, somchai.id]]);
      expect(rows).toBe(2);
    });

    it('answers 404 for an unknown badge, 400 for what is not a badge code, and 409 for the badge of a cancelled registration', async () => {
      const unknown = await scan({ badgeCode: 'ZZZZZZZZZZ' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toEqual(expect.objectContaining({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('ZZZZZZZZZZ') }));
      const malformed = await scan({ badgeCode: 'NOPE' });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.body.details.map((detail: { field: string }) => detail.field)).toEqual(['badgeCode']);
      expect((await scan({})).statusCode).toBe(400);
      expect((await scan({ badgeCode: lan.badgeCode, extra: 1 })).statusCode).toBe(400);
      const gone = await scan({ badgeCode: cancelled.badgeCode });
      expect(gone.statusCode).toBe(409);
      expect(gone.body.message).toContain('cancelled');
      expect(gone.body).toMatchObject({ code: 'CHECK_IN_NOT_CONFIRMED', data: { badgeCode: cancelled.badgeCode, state: 'cancelled' } });
    });

    it('lets organisers and staff scan, and refuses a delegate with 403 and a stranger with 401', async () => {
      expect((await scan({ badgeCode: lan.badgeCode }, delegateUser)).statusCode).toBe(403);
      expect((await scan({ badgeCode: lan.badgeCode }, '')).statusCode).toBe(401);
      expect((await t.request('GET', `/events/${slug}/check-ins/summary`, { token: delegateUser })).statusCode).toBe(403);
    });

    it('lets only organisers check in for an earlier day of the event, never a later one', async () => {
      const byStaff = await scan({ badgeCode: lan.badgeCode, day: day(-1) });
      expect(byStaff.statusCode).toBe(403);
      expect(byStaff.body.message).toContain('Only an organiser');
      expect(byStaff.body.code).toBe('CHECK_IN_OTHER_DAY_FORBIDDEN');
      // An earlier day records the time the delegate arrived, not the time it is typed in.
      const untimed = await scan({ badgeCode: lan.badgeCode, day: day(-1) }, admin);
      expect(untimed.statusCode).toBe(422);
      expect(untimed.body).toMatchObject({ code: 'CHECK_IN_TIME_REQUIRED', data: { day: day(-1) } });
      const retroactive = await scan({ badgeCode: lan.badgeCode, day: day(-1), time: '08:42' }, admin);
      expect(retroactive.statusCode).toBe(201);
      expect(retroactive.body.day).toBe(day(-1));
      expect(DateTime.fromISO(retroactive.body.checkedInAt).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm')).toBe(`${day(-1)} 08:42`);
      // Staff may name today explicitly.
      expect((await scan({ badgeCode: lan.badgeCode, day: day(0) })).statusCode).toBe(200);
      const future = await scan({ badgeCode: lan.badgeCode, day: day(1), time: '08:00' }, admin);
      expect(future.statusCode).toBe(409);
      expect(future.body.message).toContain('has not come yet');
      const before = await scan({ badgeCode: lan.badgeCode, day: day(-5), time: '08:00' }, admin);
      expect(before.statusCode).toBe(409);
      expect(before.body.message).toContain('days of the event');
      expect(before.body.code).toBe('CHECK_IN_OUTSIDE_EVENT');
      const malformed = await scan({ badgeCode: lan.badgeCode, day: '2024-02-30' }, admin);
      expect(malformed.statusCode).toBe(400);
      expect(malformed.body.details.map((detail: { field: string }) => detail.field)).toEqual(['day']);
    });

    it('counts the delegates checked in on each day of the event', async () => {
      const summary = await t.request('GET', `/events/${slug}/check-ins/summary`, { token: staff });
      expect(summary.statusCode).toBe(200);
      expect(summary.body).toEqual({
        days: [
          { day: day(-1), checkedIn: 1 },
          { day: day(0), checkedIn: 3 },
          { day: day(1), checkedIn: 0 },
        ],
        checkedInAnyDay: 3,
        confirmed: 3,
        today: day(0),
        rehearsal: { open: false, checkedIn: 0 },
      });
      // The organisers' list shows the same days per delegate.
      const list = await t.request('GET', `/events/${slug}/registrations?checkedIn=true`, { token: admin });
      expect(list.body.items.find((item: { id: string }) => item.id === lan.id).checkedInDays).toEqual([day(-1), day(0)]);
    });

    it('refuses check-in outside the days of the event with 409', async () => {
      await openEvent('check-in-later', '2030-05-06', '2030-05-07');
      const later = await register('check-in-later', delegate('later@checkin.test'));
      const response = await scan({ badgeCode: later.badgeCode }, admin, 'check-in-later');
      expect(response.statusCode).toBe(409);
      expect(response.body.message).toContain('2030-05-06 to 2030-05-07');
      // A badge of one event opens no door at another.
      expect((await scan({ badgeCode: later.badgeCode })).statusCode).toBe(404);
    });
  });
});
