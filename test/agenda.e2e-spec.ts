import { newBadgeCode, newManagementToken } from '@app/registration';
import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { createEvent, notificationLog } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;
const ZONE = 'Asia/Ho_Chi_Minh';

const delegate = (email: string, language: string, fullName: string) => ({
  fullName,
  country: 'VN',
  email,
  language,
  category: 'delegate',
  consent: { privacyNoticeVersion: '2024-1', accepted: true },
});

interface SessionInput {
  title: Record<string, string>;
  starts: string;
  ends: string;
  seatLimit: number | null;
  type?: string;
  roomId?: string | null;
}

describe('personal agenda', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let db: DataSource;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(7), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  /** An event on 6–7 May 2030 in Hanoi's time zone, open for registration with `capacity` places. */
  async function openEvent(slug: string, capacity: number): Promise<void> {
    await createEvent(t, slug);
    const now = Date.now();
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: { opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 24 * hour).toISOString(), capacity, privacyNoticeVersion: '2024-1' },
    });
    expect(put.statusCode).toBe(200);
    expect(
      (await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'Delegate' } })).statusCode,
    ).toBe(201);
  }

  // The programme's own API is another engineer's; sessions are made directly in the database here.
  async function createSession(slug: string, input: SessionInput): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO sessions (event_id, type, title, during, seat_limit, room_id)
       SELECT e.id, $2, $3, tstzrange($4::timestamptz, $5::timestamptz), $6, $7 FROM events e WHERE e.slug = $1 RETURNING id`,
      [slug, input.type ?? 'workshop', input.title, input.starts, input.ends, input.seatLimit, input.roomId ?? null],
    );
    return id;
  }

  async function tokenFor(email: string): Promise<string> {
    return expectEventually(() => {
      const links = sink
        .to(email)
        .map((mail) => /\/manage\/([\w-]{43})/.exec(mail.parsed.text ?? '')?.[1])
        .filter(Boolean);
      expect(links.length).toBeGreaterThan(0);
      return links[links.length - 1]!;
    });
  }

  async function registerDelegate(slug: string, email: string, language: string, fullName: string): Promise<{ token: string; state: string }> {
    const response = await t.request('POST', `/events/${slug}/registrations`, { body: delegate(email, language, fullName) });
    expect(response.statusCode).toBe(201);
    return { token: await tokenFor(email), state: response.body.state };
  }

  const signUp = (token: string, sessionId: string) => t.request('POST', `/registrations/manage/${token}/agenda`, { body: { sessionId } });
  const leave = (token: string, sessionId: string) => t.request('DELETE', `/registrations/manage/${token}/agenda/${sessionId}`);
  const agendaOf = async (token: string) => (await t.request('GET', `/registrations/manage/${token}/agenda`)).body;
  const attendance = async (slug: string, sessionId: string) =>
    (await t.request('GET', `/events/${slug}/sessions/${sessionId}/attendance`, { token: admin })).body;

  describe('one event, a few delegates', () => {
    const slug = 'agenda-main';
    let lan: string; // vi
    let john: string; // en
    let mai: string; // vi
    let binh: string; // en
    let waiting: string; // registration on the event's waiting list
    let workshop: string; // 09:00–10:30, 2 seats
    let parallel: string; // 10:00–11:00, overlaps the workshop
    let plenary: string; // 14:00–15:00, no seat limit
    let elsewhere: string; // a session of another event
    let roomId: string;

    const workshopTitle = { vi: 'Hội thảo A: Học tập suốt đời', en: 'Workshop A: Lifelong learning' };

    beforeAll(async () => {
      await openEvent(slug, 4);
      const room = await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Phòng Sen', capacity: 40 } });
      expect(room.statusCode).toBe(201);
      roomId = room.body.id;
      workshop = await createSession(slug, {
        title: workshopTitle,
        starts: '2030-05-06T09:00:00+07:00',
        ends: '2030-05-06T10:30:00+07:00',
        seatLimit: 2,
        roomId,
      });
      parallel = await createSession(slug, {
        title: { vi: 'Phiên song song B', en: 'Parallel session B' },
        starts: '2030-05-06T10:00:00+07:00',
        ends: '2030-05-06T11:00:00+07:00',
        seatLimit: 10,
        type: 'parallel',
      });
      plenary = await createSession(slug, {
        title: { en: 'Closing plenary' },
        starts: '2030-05-06T14:00:00+07:00',
        ends: '2030-05-06T15:00:00+07:00',
        seatLimit: null,
        type: 'plenary',
      });
      await openEvent('agenda-other', 10);
      elsewhere = await createSession('agenda-other', {
        title: { en: 'Elsewhere' },
        starts: '2030-05-06T09:00:00+07:00',
        ends: '2030-05-06T10:00:00+07:00',
        seatLimit: 5,
      });

      lan = (await registerDelegate(slug, 'lan@hanoi.test', 'vi', 'Nguyễn Thị Lan')).token;
      john = (await registerDelegate(slug, 'john@york.test', 'en', 'John Smith')).token;
      mai = (await registerDelegate(slug, 'mai@hue.test', 'vi', 'Lê Thị Mai')).token;
      binh = (await registerDelegate(slug, 'binh@danang.test', 'en', 'Trần Văn Bình')).token;
      const fifth = await registerDelegate(slug, 'late@hanoi.test', 'vi', 'Phạm Minh');
      expect(fifth.state).toBe('waitlisted');
      waiting = fifth.token;
    });

    it('gives seats while they remain, then places on the waiting list in order', async () => {
      const answers = [];
      for (const token of [lan, john, mai, binh]) answers.push(await signUp(token, workshop));
      expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201, 201]);
      expect(answers.map((answer) => [answer.body.state, answer.body.waitlistPosition])).toEqual([
        ['signed-up', null],
        ['signed-up', null],
        ['waitlisted', 1],
        ['waitlisted', 2],
      ]);
      expect(answers[0].body).toEqual({
        sessionId: workshop,
        title: workshopTitle.vi,
        type: 'workshop',
        room: { id: roomId, name: 'Phòng Sen' },
        startsAt: '2030-05-06T09:00:00+07:00',
        endsAt: '2030-05-06T10:30:00+07:00',
        state: 'signed-up',
        waitlistPosition: null,
        streamUrl: null,
        interpretation: [],
      });
      expect((await signUp(john, plenary)).body.state).toBe('signed-up');

      const johns = await agendaOf(john);
      expect(johns.timeZone).toBe(ZONE);
      expect(johns.entries.map((entry: { title: string; state: string }) => `${entry.title}:${entry.state}`)).toEqual([
        'Workshop A: Lifelong learning:signed-up',
        'Closing plenary:signed-up',
      ]);
      expect(await attendance(slug, workshop)).toEqual({ sessionId: workshop, seatLimit: 2, seatsTaken: 2, seatsFree: 0, signedUp: 2, waitlisted: 2 });
      expect(await attendance(slug, plenary)).toEqual(expect.objectContaining({ seatLimit: null, seatsTaken: 1, seatsFree: null, signedUp: 1, waitlisted: 0 }));
    });

    it('refuses the same session twice with 409', async () => {
      const again = await signUp(lan, workshop);
      expect(again.statusCode).toBe(409);
      expect(again.body.message).toContain('already in your agenda');
    });

    it('refuses a session overlapping one in the agenda with 409 naming it in the delegate’s language and the event’s time', async () => {
      const english = await signUp(john, parallel);
      expect(english.statusCode).toBe(409);
      expect(english.body.message).toContain('"Workshop A: Lifelong learning"');
      expect(english.body.message).toContain('2030-05-06 09:00–10:30 (Asia/Ho_Chi_Minh)');
      expect(english.body.details).toEqual({
        sessionId: workshop,
        title: workshopTitle.en,
        startsAt: '2030-05-06T09:00:00+07:00',
        endsAt: '2030-05-06T10:30:00+07:00',
        state: 'signed-up',
      });
      // A place on a waiting list counts too: the seat may come.
      const waitlisted = await signUp(mai, parallel);
      expect(waitlisted.statusCode).toBe(409);
      expect(waitlisted.body.message).toContain(`"${workshopTitle.vi}"`);
      expect(waitlisted.body.details.state).toBe('waitlisted');
      expect((await attendance(slug, parallel)).seatsTaken).toBe(0);
    });

    it('frees a seat on leaving and gives it to the first of the waiting list at once, with a mail in their language', async () => {
      expect((await leave(lan, workshop)).statusCode).toBe(204);
      const mais = await agendaOf(mai);
      expect(mais.entries).toEqual([expect.objectContaining({ sessionId: workshop, state: 'signed-up', waitlistPosition: null })]);
      expect((await agendaOf(binh)).entries[0]).toEqual(expect.objectContaining({ state: 'waitlisted', waitlistPosition: 1 }));
      expect(await attendance(slug, workshop)).toEqual(expect.objectContaining({ seatsTaken: 2, signedUp: 2, waitlisted: 1 }));
      expect((await agendaOf(lan)).entries).toEqual([]);

      const mail = await expectEventually(() => {
        const found = sink.to('mai@hue.test').find((received) => received.parsed.subject?.includes('Quý vị đã có chỗ tại phiên'));
        expect(found).toBeDefined();
        return found!;
      });
      expect(mail.parsed.subject).toContain(workshopTitle.vi);
      expect(mail.parsed.text).toContain('Phòng Sen');
      expect(mail.parsed.text).toMatch(/\d\d:\d\d, thứ [^,]+, \d\d\/\d\d\/2030 \(giờ Ho Chi Minh, GMT\+7\)/);
    });

    it('promotes in order of arrival, and leaving a waiting list promotes no one', async () => {
      // Lan comes back: she is now behind Binh.
      expect((await signUp(lan, workshop)).body).toEqual(expect.objectContaining({ state: 'waitlisted', waitlistPosition: 2 }));
      expect((await leave(binh, workshop)).statusCode).toBe(204);
      expect((await agendaOf(lan)).entries[0]).toEqual(expect.objectContaining({ state: 'waitlisted', waitlistPosition: 1 }));
      expect(await attendance(slug, workshop)).toEqual(expect.objectContaining({ seatsTaken: 2, signedUp: 2, waitlisted: 1 }));

      expect((await leave(john, workshop)).statusCode).toBe(204);
      expect((await agendaOf(lan)).entries[0]).toEqual(expect.objectContaining({ state: 'signed-up' }));
      await expectEventually(() => expect(sink.to('lan@hanoi.test').some((mail) => mail.parsed.subject?.includes('Quý vị đã có chỗ tại phiên'))).toBe(true));
      expect(sink.to('binh@danang.test').some((mail) => mail.parsed.subject?.includes('" is yours'))).toBe(false);
      expect(await attendance(slug, workshop)).toEqual(expect.objectContaining({ seatsTaken: 2, signedUp: 2, waitlisted: 0 }));
    });

    it('refuses a registration that is not confirmed with 409', async () => {
      const response = await signUp(waiting, plenary);
      expect(response.statusCode).toBe(409);
      expect(response.body.message).toContain('confirmed');
      expect(response.body.message).toContain('waitlisted');
    });

    it('answers 404 for a link that is not a registration’s, another event’s session, or a session not in my agenda', async () => {
      const stranger = 'A'.repeat(43);
      expect((await t.request('GET', `/registrations/manage/${stranger}/agenda`)).statusCode).toBe(404);
      expect((await t.request('GET', `/registrations/manage/${stranger}/agenda.ics`)).statusCode).toBe(404);
      expect((await signUp(stranger, plenary)).statusCode).toBe(404);
      expect((await leave(stranger, plenary)).statusCode).toBe(404);

      const otherEvent = await signUp(binh, elsewhere);
      expect(otherEvent.statusCode).toBe(404);
      expect(otherEvent.body).toEqual(expect.objectContaining({ statusCode: 404, error: 'Not Found' }));
      // The plenary is in John's agenda, not Binh's: Binh's link cannot take John off it.
      expect((await leave(binh, plenary)).statusCode).toBe(404);
      expect((await agendaOf(john)).entries.map((entry: { sessionId: string }) => entry.sessionId)).toContain(plenary);
      expect((await t.request('GET', `/events/agenda-other/sessions/${plenary}/attendance`, { token: admin })).statusCode).toBe(404);

      const malformed = await t.request('POST', `/registrations/manage/${binh}/agenda`, { body: { sessionId: 'not-a-uuid' } });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.body.details.map((detail: { field: string }) => detail.field)).toContain('sessionId');
      expect((await leave(binh, 'not-a-uuid')).statusCode).toBe(400);
    });

    it('shows attendance to organisers only', async () => {
      expect((await t.request('GET', `/events/${slug}/sessions/${workshop}/attendance`)).statusCode).toBe(401);
    });

    it('lets one delegate hold only one of two overlapping sessions, however many sign-ups race', async () => {
      const rounds = 5;
      for (let round = 0; round < rounds; round++) {
        const first = await createSession(slug, {
          title: { en: `Race ${round} A` },
          starts: `2030-05-07T0${round + 1}:00:00+07:00`,
          ends: `2030-05-07T0${round + 2}:00:00+07:00`,
          seatLimit: 50,
        });
        const second = await createSession(slug, {
          title: { en: `Race ${round} B` },
          starts: `2030-05-07T0${round + 1}:30:00+07:00`,
          ends: `2030-05-07T0${round + 2}:30:00+07:00`,
          seatLimit: null,
        });
        const answers = await Promise.all([signUp(binh, first), signUp(binh, second), signUp(binh, first), signUp(binh, second)]);
        expect(answers.filter((answer) => answer.statusCode >= 500)).toEqual([]);
        expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(1);
        expect(answers.filter((answer) => answer.statusCode === 409)).toHaveLength(3);
        const [{ count }] = await db.query(
          `SELECT count(*)::int AS count FROM agenda_entries e JOIN registrations r ON r.id = e.registration_id
            WHERE r.email = 'binh@danang.test' AND e.session_id IN ($1, $2)`,
          [first, second],
        );
        expect(count).toBe(1);
      }
    });

    it('serves the agenda as an iCalendar feed that a strict parser accepts, with stable UIDs and the event’s time zone', async () => {
      const fetchCalendar = async () => {
        const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/registrations/manage/${john}/agenda.ics`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        return response.text();
      };
      expect((await signUp(john, parallel)).statusCode).toBe(201); // the workshop is gone from John's agenda now
      const text = await fetchCalendar();

      // RFC 5545: CRLF line ends, lines folded at 75 octets.
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.split('\r\n').slice(0, -1);
      expect(lines.every((line) => !line.includes('\n') && Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);

      ICAL.design.strict = true;
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Plenary//Personal agenda//EN');
      const zone = calendar.getFirstSubcomponent('vtimezone');
      expect(zone?.getFirstPropertyValue('tzid')).toBe(ZONE);
      ICAL.TimezoneService.register(zone!);

      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      expect(events.map((event) => event.uid)).toEqual([`${parallel}@plenary`, `${plenary}@plenary`]);
      const [session] = events;
      expect(session.summary).toBe('Parallel session B');
      expect(session.startDate.zone?.tzid).toBe(ZONE);
      expect(session.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(ZONE);
      expect(session.startDate.toJSDate().toISOString()).toBe('2030-05-06T03:00:00.000Z');
      expect(session.endDate.toJSDate().toISOString()).toBe('2030-05-06T04:00:00.000Z');
      const stamp = session.component.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
      expect(stamp.zone?.tzid).toBe('UTC');
      expect(session.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(events[1].location).toBeNull();

      // Subscribing again finds the same events.
      const again = new ICAL.Component(ICAL.parse(await fetchCalendar()));
      expect(again.getAllSubcomponents('vevent').map((component) => component.getFirstPropertyValue('uid'))).toEqual(events.map((event) => event.uid));
    });

    it('marks a waiting-list place as tentative in the calendar, with the room', async () => {
      await signUp(binh, workshop);
      const response = await t.request('GET', `/registrations/manage/${binh}/agenda.ics`);
      ICAL.design.strict = true;
      const calendar = new ICAL.Component(ICAL.parse(response.text));
      const workshopEvent = calendar
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component))
        .find((event) => event.uid === `${workshop}@plenary`)!;
      expect(workshopEvent.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
      expect(workshopEvent.summary).toBe('Workshop A: Lifelong learning');
      expect(workshopEvent.location).toBe('Phòng Sen');
      expect(workshopEvent.description).toContain('Waiting list: number 1');
    });
  });

  describe('a session deleted from the programme', () => {
    const slug = 'agenda-cancelled';
    const publish = () => t.request('POST', `/events/${slug}/programme/publish`, { token: admin });
    const programmeSession = async (title: Record<string, string>, start: string, end: string) => {
      const response = await t.request('POST', `/events/${slug}/sessions`, { token: admin, body: { type: 'workshop', title, start, end, seatLimit: 30 } });
      expect(response.statusCode).toBe(201);
      return response.body.id as string;
    };
    const noticesTo = async (email: string) => (await notificationLog(t, slug, `?kind=programme-changed&recipient=${email}`)).items;

    it('tells the delegates of a published session that was deleted, once, in their language, and no one of a draft-only one', async () => {
      await openEvent(slug, 10);
      const published = await programmeSession(
        { vi: 'Hội thảo C: Thư viện cộng đồng', en: 'Workshop C: Community libraries' },
        '2030-05-06T09:00',
        '2030-05-06T10:00',
      );
      await programmeSession({ en: 'Opening plenary' }, '2030-05-06T08:00', '2030-05-06T09:00');
      expect((await publish()).statusCode).toBe(201);
      const thu = (await registerDelegate(slug, 'thu@haiphong.test', 'vi', 'Đỗ Thị Thu')).token;
      const ken = (await registerDelegate(slug, 'ken@osaka.test', 'en', 'Ken Sato')).token;
      expect((await signUp(thu, published)).statusCode).toBe(201);
      expect((await signUp(ken, published)).statusCode).toBe(201);
      // Ken leaves before the session goes: he is no longer concerned.
      expect((await leave(ken, published)).statusCode).toBe(204);

      expect((await t.request('DELETE', `/events/${slug}/sessions/${published}`, { token: admin })).statusCode).toBe(204);
      expect((await agendaOf(thu)).entries).toEqual([]);
      const v2 = await publish();
      expect(v2.body.version).toBe(2);
      expect(v2.body.changelog).toEqual([expect.objectContaining({ sessionId: published, kind: 'cancelled' })]);

      const mail = await expectEventually(() => {
        const found = sink.to('thu@haiphong.test').filter((received) => received.parsed.subject?.includes('chương trình đã thay đổi'));
        expect(found).toHaveLength(1);
        return found[0];
      });
      expect(mail.parsed.subject).toContain('phiên bản 2');
      expect(mail.parsed.text).toContain('Đã hủy: Hội thảo C: Thư viện cộng đồng');
      await expectEventually(async () => {
        const notices = await noticesTo('thu@haiphong.test');
        expect(notices).toEqual([expect.objectContaining({ kind: 'programme-changed', language: 'vi', recipientName: 'Đỗ Thị Thu', state: 'sent' })]);
      });
      expect(await noticesTo('ken@osaka.test')).toEqual([]);

      // A session added after v2 and deleted before v3 was never published: deleting it tells no one,
      // and v3 does not repeat the cancellation of v2.
      const draftOnly = await programmeSession({ vi: 'Bản nháp', en: 'Draft only' }, '2030-05-06T11:00', '2030-05-06T12:00');
      expect((await signUp(thu, draftOnly)).statusCode).toBe(201);
      expect((await t.request('DELETE', `/events/${slug}/sessions/${draftOnly}`, { token: admin })).statusCode).toBe(204);
      const [{ kept }] = await db.query(`SELECT count(*)::int AS kept FROM cancelled_session_sign_ups c JOIN events e ON e.id = c.event_id WHERE e.slug = $1`, [
        slug,
      ]);
      expect(kept).toBe(0);
      await programmeSession({ en: 'Closing plenary' }, '2030-05-07T16:00', '2030-05-07T17:00');
      const v3 = await publish();
      expect(v3.body.version).toBe(3);
      expect(v3.body.changelog.map((entry: { kind: string }) => entry.kind)).toEqual(['added']);
      // The outbox row commits with the publication, so the log already shows whatever v3 sent.
      expect(await noticesTo('thu@haiphong.test')).toHaveLength(1);
      expect(sink.to('thu@haiphong.test').filter((received) => received.parsed.subject?.includes('phiên bản 3'))).toEqual([]);
    });
  });

  describe('seats under concurrency', () => {
    it('gives exactly 20 seats to 100 simultaneous sign-ups and waitlists the rest in arrival order', async () => {
      const slug = 'agenda-rush';
      await openEvent(slug, 200);
      const session = await createSession(slug, {
        title: { en: 'Popular workshop' },
        starts: '2030-05-06T09:00:00+07:00',
        ends: '2030-05-06T12:00:00+07:00',
        seatLimit: 20,
      });
      // 100 confirmed delegates straight into the database: the registration API is tested elsewhere.
      const tokens = Array.from({ length: 100 }, () => newManagementToken());
      await db.query(
        `INSERT INTO registrations (event_id, category_id, state, full_name, country, email, language, privacy_notice_version,
                                    consented_at, management_token_hash, badge_code, confirmed_at)
         SELECT e.id, c.id, 'confirmed', 'Delegate ' || n, 'VN', 'rush' || n || '@hanoi.test', 'en', '2024-1', now(), hashes[n], codes[n], now()
           FROM events e JOIN registration_categories c ON c.event_id = e.id,
                generate_series(1, 100) AS n, (SELECT $2::bytea[] AS hashes, $3::text[] AS codes) given
          WHERE e.slug = $1`,
        [slug, tokens.map((token) => token.hash), tokens.map(() => newBadgeCode())],
      );

      const answers = await Promise.all(tokens.map(({ token }) => signUp(token, session)));
      expect(answers.filter((answer) => answer.statusCode >= 500)).toEqual([]);
      expect(answers.every((answer) => answer.statusCode === 201)).toBe(true);
      const states = answers.map((answer) => answer.body.state);
      expect(states.filter((state) => state === 'signed-up')).toHaveLength(20);
      expect(states.filter((state) => state === 'waitlisted')).toHaveLength(80);

      // The rows, in arrival order: the first 20 seated, then the waiting list numbered 1..80 as reported.
      const rows: { email: string; state: string }[] = await db.query(
        `SELECT r.email, e.state FROM agenda_entries e JOIN registrations r ON r.id = e.registration_id WHERE e.session_id = $1 ORDER BY e.queue_number`,
        [session],
      );
      expect(rows.map((row) => row.state)).toEqual([...Array(20).fill('signed-up'), ...Array(80).fill('waitlisted')]);
      const emailOf = (index: number) => `rush${index + 1}@hanoi.test`;
      const reported = new Map(answers.map((answer, index) => [emailOf(index), answer.body.waitlistPosition]));
      expect(rows.slice(20).map((row) => reported.get(row.email))).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));

      const counted = async () =>
        (
          await db.query(
            `SELECT s.seats_taken AS "seatsTaken",
                    (SELECT count(*)::int FROM agenda_entries e WHERE e.session_id = s.id AND e.state = 'signed-up') AS "signedUp",
                    (SELECT count(*)::int FROM agenda_entries e WHERE e.session_id = s.id AND e.state = 'waitlisted') AS waitlisted
               FROM sessions s WHERE s.id = $1`,
            [session],
          )
        )[0];
      expect(await counted()).toEqual({ seatsTaken: 20, signedUp: 20, waitlisted: 80 });
      expect(await attendance(slug, session)).toEqual({ sessionId: session, seatLimit: 20, seatsTaken: 20, seatsFree: 0, signedUp: 20, waitlisted: 80 });

      // Five seated delegates leave at once: the first five of the waiting list get their seats, nobody else.
      const leaving = rows.slice(0, 5).map((row) => tokens[Number(/rush(\d+)@/.exec(row.email)![1]) - 1].token);
      const left = await Promise.all(leaving.map((token) => leave(token, session)));
      expect(left.map((answer) => answer.statusCode)).toEqual([204, 204, 204, 204, 204]);
      expect(await counted()).toEqual({ seatsTaken: 20, signedUp: 20, waitlisted: 75 });
      const seated: { email: string }[] = await db.query(
        `SELECT r.email FROM agenda_entries e JOIN registrations r ON r.id = e.registration_id WHERE e.session_id = $1 AND e.state = 'signed-up'`,
        [session],
      );
      expect(new Set(seated.map((row) => row.email))).toEqual(new Set(rows.slice(5, 25).map((row) => row.email)));
      await expectEventually(() => {
        for (const row of rows.slice(20, 25))
          expect(sink.to(row.email).some((mail) => mail.parsed.subject?.includes('"Popular workshop" is yours'))).toBe(true);
      });
    });
  });
});
