import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'programme-bangkok';

describe('programme: sessions, slots, conflicts, publishing', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let hall: string;
  let roomB: string;
  let speakerLan: string;
  let speakerKim: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(6), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
    await t.request('POST', '/events', {
      token: admin,
      body: {
        slug,
        name: 'ASEAN+3 Learning Cities',
        country: 'TH',
        city: 'Bangkok',
        timeZone: 'Asia/Bangkok',
        startDate: '2024-10-29',
        endDate: '2024-10-30',
        languages: ['en', 'vi'],
      },
    });
    hall = (await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Plenary Hall', capacity: 200 } })).body.id;
    roomB = (await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Room B', capacity: 40 } })).body.id;
    speakerLan = await createUser(t, 'lan.speaker@sonla.test', 'Lò Thị Lan', 'vi');
    speakerKim = await createUser(t, 'kim.speaker@suwon.test', 'Kim Min-jun', 'en');
    await grantRole(t, slug, speakerLan, 'speaker');
    await grantRole(t, slug, speakerKim, 'speaker');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const session = (body: Record<string, unknown>) => t.request('POST', `/events/${slug}/sessions`, { token: admin, body });
  const plenary = (start: string, end: string, roomId = hall, extra: Record<string, unknown> = {}) =>
    session({ type: 'plenary', title: { en: `Plenary ${start}`, vi: `Phiên toàn thể ${start}` }, roomId, start, end, chairs: ['UNESCO Bangkok'], ...extra });

  it('creates a session from times in the event’s zone and shows them with the offset', async () => {
    const response = await plenary('2024-10-29T09:00', '2024-10-29T10:30');
    expect(response.statusCode).toBe(201);
    expect(response.body).toEqual(
      expect.objectContaining({ start: '2024-10-29T09:00:00+07:00', end: '2024-10-29T10:30:00+07:00', seatLimit: 200, roomId: hall }),
    );
  });

  it('refuses a second session in the same room at an overlapping time, naming the one in the way', async () => {
    const response = await plenary('2024-10-29T10:00', '2024-10-29T11:00');
    expect(response.statusCode).toBe(409);
    expect(response.body.message).toBe('Room "Plenary Hall" is taken by "Plenary 2024-10-29T09:00" from 09:00 to 10:30');
    expect(response.body.code).toBe('ROOM_TAKEN');
    expect(response.body.data).toEqual({ room: 'Plenary Hall', session: 'Plenary 2024-10-29T09:00', from: '09:00', to: '10:30' });
  });

  it('gives a room to exactly one of several organisers booking it at the same moment', async () => {
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => plenary('2024-10-29T13:00', '2024-10-29T14:00', roomB, { title: { en: `Race ${n}` } })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('refuses a session outside the event’s dates', async () => {
    const response = await plenary('2024-10-31T09:00', '2024-10-31T10:00');
    expect(response.statusCode).toBe(409);
    expect(response.body.message).toContain('within the event');
    // 23:30 on the last day in Bangkok is still inside; 00:30 the next day is not.
    expect((await plenary('2024-10-30T23:00', '2024-10-30T23:59')).statusCode).toBe(201);
    expect((await plenary('2024-10-30T23:59', '2024-10-31T00:30', roomB)).statusCode).toBe(409);
  });

  it('rejects bad session input with clear 4xx answers', async () => {
    expect((await session({ type: 'keynote', title: { en: 'x' }, start: '2024-10-29T09:00', end: '2024-10-29T10:00' })).statusCode).toBe(400);
    expect((await session({ type: 'panel', title: {}, start: '2024-10-29T09:00', end: '2024-10-29T10:00' })).statusCode).toBe(400);
    expect((await session({ type: 'panel', title: { en: 'x' }, start: '29/10/2024 09:00', end: '2024-10-29T10:00' })).statusCode).toBe(400);
    expect((await session({ type: 'panel', title: { en: 'x' }, start: '2024-10-29T11:00', end: '2024-10-29T10:00' })).statusCode).toBe(422);
    expect(
      (await session({ type: 'panel', title: { en: 'x' }, roomId: '00000000-0000-4000-8000-000000000000', start: '2024-10-29T16:00', end: '2024-10-29T17:00' }))
        .statusCode,
    ).toBe(422);
  });

  describe('slots', () => {
    let parallelA: string;
    let parallelB: string;

    beforeAll(async () => {
      parallelA = (
        await session({
          type: 'parallel',
          title: { en: 'Inclusive learning', vi: 'Học tập hòa nhập' },
          roomId: hall,
          start: '2024-10-29T14:00',
          end: '2024-10-29T15:30',
          chairs: ['Chair A'],
        })
      ).body.id;
      parallelB = (
        await session({
          type: 'parallel',
          title: { en: 'Green cities', vi: 'Thành phố xanh' },
          roomId: roomB,
          start: '2024-10-29T14:00',
          end: '2024-10-29T15:30',
        })
      ).body.id;
    });

    const slot = (sessionId: string, body: Record<string, unknown>) => t.request('POST', `/events/${slug}/sessions/${sessionId}/slots`, { token: admin, body });

    it('adds ordered slots with speakers inside a session', async () => {
      const first = await slot(parallelA, {
        title: 'Sơn La: a learning city that leaves no one behind',
        start: '2024-10-29T14:00',
        durationMinutes: 20,
        speakerIds: [speakerLan],
      });
      expect(first.statusCode).toBe(201);
      const second = await slot(parallelA, { title: 'Suwon lifelong learning', start: '2024-10-29T14:20', durationMinutes: 20, speakerIds: [speakerKim] });
      expect(second.body.slots.map((s: { title: string; start: string; speakers: { name: string }[] }) => [s.start, s.speakers[0].name])).toEqual([
        ['2024-10-29T14:00:00+07:00', 'Lò Thị Lan'],
        ['2024-10-29T14:20:00+07:00', 'Kim Min-jun'],
      ]);
    });

    it('refuses a slot outside its session or overlapping another slot', async () => {
      expect((await slot(parallelA, { title: 'Too late', start: '2024-10-29T15:20', durationMinutes: 20, speakerIds: [] })).statusCode).toBe(409);
      const overlap = await slot(parallelA, { title: 'Overlap', start: '2024-10-29T14:10', durationMinutes: 5, speakerIds: [] });
      expect(overlap.statusCode).toBe(409);
      expect(overlap.body.message).toContain('overlaps');
    });

    it('refuses a speaker in two overlapping slots anywhere, naming the speaker', async () => {
      const response = await slot(parallelB, { title: 'Elsewhere at once', start: '2024-10-29T14:05', durationMinutes: 10, speakerIds: [speakerLan] });
      expect(response.statusCode).toBe(409);
      expect(response.body.message).toContain('Lò Thị Lan already speaks at that time');
      expect(response.body.message).toContain('Sơn La: a learning city');
    });

    it('accepts only people with the speaker role on the event', async () => {
      const stranger = await createUser(t, 'stranger@x.test', 'Stranger', 'en');
      expect((await slot(parallelB, { title: 'Not a speaker', start: '2024-10-29T14:40', durationMinutes: 10, speakerIds: [stranger] })).statusCode).toBe(422);
    });

    it('moves the slots with their session, and refuses a move into an occupied room', async () => {
      const moved = await t.request('PATCH', `/events/${slug}/sessions/${parallelA}`, { token: admin, body: { start: '2024-10-30T14:00' } });
      expect(moved.statusCode).toBe(200);
      expect(moved.body.end).toBe('2024-10-30T15:30:00+07:00');
      expect(moved.body.slots.map((s: { start: string }) => s.start)).toEqual(['2024-10-30T14:00:00+07:00', '2024-10-30T14:20:00+07:00']);
      // Back-to-back slots move together even by less than a slot's length.
      const nudged = await t.request('PATCH', `/events/${slug}/sessions/${parallelA}`, { token: admin, body: { start: '2024-10-30T14:05' } });
      expect(nudged.statusCode).toBe(200);
      expect(nudged.body.slots.map((s: { start: string }) => s.start)).toEqual(['2024-10-30T14:05:00+07:00', '2024-10-30T14:25:00+07:00']);
      const clash = await t.request('PATCH', `/events/${slug}/sessions/${parallelB}`, {
        token: admin,
        body: { roomId: hall, start: '2024-10-29T09:30', end: '2024-10-29T10:00' },
      });
      expect(clash.statusCode).toBe(409);
      expect(clash.body.message).toContain('Plenary Hall');
    });
  });

  describe('publishing', () => {
    it('shows the public nothing before the first publication, then v1, with ETag and 304', async () => {
      expect((await t.request('GET', `/events/${slug}/programme`)).statusCode).toBe(404);
      const published = await t.request('POST', `/events/${slug}/programme/publish`, { token: admin });
      expect(published.statusCode).toBe(201);
      expect(published.body.version).toBe(1);
      expect(new Set(published.body.changelog.map((entry: { kind: string }) => entry.kind))).toEqual(new Set(['added']));

      const timetable = await t.request('GET', `/events/${slug}/programme`);
      expect(timetable.statusCode).toBe(200);
      expect(timetable.body.days.map((day: { date: string }) => day.date)).toEqual(['2024-10-29', '2024-10-30']);
      expect(timetable.body.days[0].rooms[0].name).toBe('Plenary Hall');
      const etag = timetable.headers.etag as string;
      // fetch asks for gzip: the compressed answer carries the weak form of the version's ETag.
      expect(etag).toBe(`W/"${slug}-v1-programme"`);
      expect(timetable.headers['cache-control']).toContain('max-age');
      expect((await t.request('GET', `/events/${slug}/programme`, { headers: { 'if-none-match': etag } })).statusCode).toBe(304);
      expect((await t.request('POST', `/events/${slug}/programme/publish`, { token: admin })).statusCode).toBe(409);
    });

    it('publishes v2 with a changelog and tells each affected speaker and delegate once, in their language', async () => {
      const dataSource = t.app.get(DataSource);
      const sessions = (await t.request('GET', `/events/${slug}/sessions`, { token: admin })).body;
      const inclusive = sessions.find((s: { title: { en: string } }) => s.title.en === 'Inclusive learning');
      const green = sessions.find((s: { title: { en: string } }) => s.title.en === 'Green cities');

      // A confirmed delegate who signed up for the session about to move.
      const [{ id: eventId }] = await dataSource.query(`SELECT id FROM events WHERE slug = $1`, [slug]);
      const [{ id: categoryId }] = await dataSource.query(
        `INSERT INTO registration_categories (event_id, code, name) VALUES ($1, 'delegate', 'Delegate') RETURNING id`,
        [eventId],
      );
      const [{ id: registrationId }] = await dataSource.query(
        `INSERT INTO registrations (event_id, category_id, state, full_name, country, email, language, privacy_notice_version, consented_at, management_token_hash, badge_code)
         VALUES ($1, $2, 'confirmed', 'Trần Thị Hoa', 'VN', 'hoa@hanoi.test', 'vi', '1', now(), '\\x01', 'BADGE00001') RETURNING id`,
        [eventId, categoryId],
      );
      await dataSource.query(`INSERT INTO agenda_entries (registration_id, session_id, state) VALUES ($1, $2, 'signed-up')`, [registrationId, inclusive.id]);

      // Move the session both speakers are in, give the other a speaker, cancel a plenary.
      await t.request('PATCH', `/events/${slug}/sessions/${inclusive.id}`, { token: admin, body: { start: '2024-10-30T16:00' } });
      await t.request('POST', `/events/${slug}/sessions/${green.id}/slots`, {
        token: admin,
        body: { title: 'Green Suwon', start: '2024-10-29T14:00', durationMinutes: 30, speakerIds: [speakerKim] },
      });
      const cancelled = sessions.find((s: { title: { en: string } }) => s.title.en === 'Plenary 2024-10-30T23:00');
      await t.request('DELETE', `/events/${slug}/sessions/${cancelled.id}`, { token: admin });

      const preview = await t.request('GET', `/events/${slug}/programme/preview`, { token: admin });
      expect(preview.body.nextVersion).toBe(2);
      const published = await t.request('POST', `/events/${slug}/programme/publish`, { token: admin });
      expect(published.body.version).toBe(2);
      expect(published.body.changelog.map((entry: { kind: string }) => entry.kind).sort()).toEqual(['cancelled', 'moved', 'speakers-changed']);
      expect(published.body.changelog).toEqual(preview.body.changelog);

      const programmeMails = (email: string) =>
        sink.to(email).filter((mail) => mail.parsed.subject?.includes('v2') || mail.parsed.subject?.includes('phiên bản 2'));
      await expectEventually(() => {
        expect(programmeMails('lan.speaker@sonla.test')).toHaveLength(1);
        expect(programmeMails('kim.speaker@suwon.test')).toHaveLength(1);
        expect(programmeMails('hoa@hanoi.test')).toHaveLength(1);
      });
      const [lan] = programmeMails('lan.speaker@sonla.test');
      expect(lan.parsed.subject).toBe('ASEAN+3 Learning Cities: chương trình đã thay đổi (phiên bản 2)');
      expect(lan.parsed.text).toContain('Đổi thời gian: Học tập hòa nhập');
      expect(lan.parsed.text).toContain('16:00–17:30');
      const [kim] = programmeMails('kim.speaker@suwon.test');
      expect(kim.parsed.text).toContain('Moved: Inclusive learning');
      expect(kim.parsed.text).toContain('Speakers changed: Green cities');

      const timetable = await t.request('GET', `/events/${slug}/programme`);
      expect(timetable.headers.etag).toBe(`W/"${slug}-v2-programme"`);
      const versions = await t.request('GET', `/events/${slug}/programme/versions`, { token: admin });
      expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    });

    it('keeps draft edits from the public until they are published', async () => {
      await plenary('2024-10-29T17:00', '2024-10-29T18:00', hall, { title: { en: 'Draft only' } });
      const timetable = await t.request('GET', `/events/${slug}/programme`);
      const titles = timetable.body.days.flatMap((day: any) => day.rooms.flatMap((room: any) => room.sessions.map((s: any) => s.title.en)));
      expect(titles).not.toContain('Draft only');
    });

    it('lists soft conflicts as warnings', async () => {
      await plenary('2024-10-30T09:00', '2024-10-30T10:00', roomB, { title: { en: 'Crowded' }, seatLimit: 80, chairs: [] });
      const warnings = await t.request('GET', `/events/${slug}/programme/warnings`, { token: admin });
      expect(warnings.statusCode).toBe(200);
      const kinds = warnings.body.map((warning: { kind: string }) => warning.kind);
      expect(kinds).toContain('seat-limit-above-capacity');
      expect(kinds).toContain('no-chair');
      expect(warnings.body.find((w: { kind: string }) => w.kind === 'seat-limit-above-capacity').message).toBe('"Crowded" allows 80 seats but Room B holds 40');
      // A Vietnamese page words the warning itself from these, not from the English sentence.
      expect(warnings.body.find((w: { kind: string }) => w.kind === 'seat-limit-above-capacity').data).toEqual({
        title: 'Crowded',
        seatLimit: 80,
        room: 'Room B',
        capacity: 40,
      });
    });

    it('keeps the draft and publishing to organisers', async () => {
      expect((await t.request('GET', `/events/${slug}/sessions`)).statusCode).toBe(401);
      const speakerToken = await (async () => {
        await createUser(t, 'speaker.login@x.test', 'Speaker Login', 'en', 'speaker-password');
        return t.login('speaker.login@x.test', 'speaker-password');
      })();
      expect((await t.request('POST', `/events/${slug}/programme/publish`, { token: speakerToken })).statusCode).toBe(403);
    });
  });
});
