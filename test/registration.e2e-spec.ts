import { OfferExpiry } from '@app/registration';
import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { DataSource } from 'typeorm';
import { createEvent, delegateInput as delegate } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;

describe('delegate registration', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(9), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  async function openEvent(slug: string, settings: Record<string, unknown> = {}, categories = [{ code: 'delegate', name: 'Delegate' }]) {
    await createEvent(t, slug);
    const now = Date.now();
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: {
        opensAt: new Date(now - hour).toISOString(),
        closesAt: new Date(now + 24 * hour).toISOString(),
        capacity: 50,
        privacyNoticeVersion: '2024-1',
        ...settings,
      },
    });
    expect(put.statusCode).toBe(200);
    for (const category of categories) {
      expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: category })).statusCode).toBe(201);
    }
  }

  const register = (slug: string, body: object) => t.request('POST', `/events/${slug}/registrations`, { body });

  async function tokenFor(email: string, timeoutMs?: number): Promise<string> {
    return expectEventually(() => {
      const links = sink
        .to(email)
        .map((mail) => /\/manage\/([\w-]{43})/.exec(mail.parsed.text ?? '')?.[1])
        .filter(Boolean);
      expect(links.length).toBeGreaterThan(0);
      return links[links.length - 1]!;
    }, timeoutMs);
  }

  describe('one delegate', () => {
    const slug = 'reg-single';
    beforeAll(() => openEvent(slug, {}, [{ code: 'delegate', name: 'Delegate' }, { code: 'press', name: 'Press', quota: 1 } as any]));

    it('confirms a registration and mails a private link in the delegate’s language', async () => {
      const response = await register(slug, delegate('lan@hanoi.test'));
      expect(response.statusCode).toBe(201);
      expect(response.body).toEqual(expect.objectContaining({ state: 'confirmed', fullName: 'Nguyễn Thị Lan', category: 'delegate', waitlistPosition: null }));
      expect(response.body.badgeCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);

      const token = await tokenFor('lan@hanoi.test');
      const [mail] = sink.to('lan@hanoi.test');
      expect(mail.parsed.subject).toContain('đăng ký của Quý vị đã được xác nhận');
      expect(mail.parsed.text).toContain('Kính gửi Ông/Bà Nguyễn Thị Lan');
      const mine = await t.request('GET', `/registrations/manage/${token}`);
      expect(mine.statusCode).toBe(200);
      expect(mine.body.id).toBe(response.body.id);
      // The delegate's page finds the event's programme and time zone through its link alone.
      expect(mine.body.event).toEqual(expect.objectContaining({ slug, timeZone: expect.any(String), startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));

      const edited = await t.request('PATCH', `/registrations/manage/${token}`, {
        body: { dietaryNeeds: 'Ăn chay', dietaryChoices: ['vegetarian', 'nut-allergy'], visaLetterNeeded: true },
      });
      expect(edited.body).toEqual(
        expect.objectContaining({ dietaryNeeds: 'Ăn chay', dietaryChoices: ['vegetarian', 'nut-allergy'], visaLetterNeeded: true, fullName: 'Nguyễn Thị Lan' }),
      );
      const unknown = await t.request('PATCH', `/registrations/manage/${token}`, { body: { accessibilityChoices: ['wheelchair', 'valet'] } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.body.message).toContain('"valet"');
    });

    it('refuses a second registration with the same email with 409', async () => {
      await register(slug, delegate('twice@hanoi.test'));
      const second = await register(slug, delegate('TWICE@hanoi.test'));
      expect(second.statusCode).toBe(409);
      expect(second.body.message).toContain('already registered');
      expect(second.body).toMatchObject({ code: 'ALREADY_REGISTERED', data: { email: 'twice@hanoi.test' } });
    });

    it.each([
      ['an invalid email', { email: 'not-an-email' }, 400, 'email'],
      ['an unknown country', { country: 'XX' }, 400, 'country'],
      ['an unknown language', { language: 'klingon' }, 400, 'language'],
      ['missing consent', { consent: undefined }, 400, 'consent'],
      ['consent not given', { consent: { privacyNoticeVersion: '2024-1', accepted: false } }, 400, 'consent.accepted'],
      ['a CR/LF in the name', { fullName: 'Lan\r\nBcc: x@evil.test' }, 400, 'fullName'],
      ['a CR/LF in the organisation', { organisation: 'Org\nX-Injected: 1' }, 400, 'organisation'],
    ])('rejects %s with a 400 naming the field', async (_label, change, status, field) => {
      const response = await register(slug, { ...delegate('bad@hanoi.test'), ...change });
      expect(response.statusCode).toBe(status);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    });

    it('rejects an outdated privacy notice or an unknown category with 422 saying why', async () => {
      const outdated = await register(slug, delegate('old-notice@hanoi.test', { consent: { privacyNoticeVersion: '2023-1', accepted: true } }));
      expect(outdated.statusCode).toBe(422);
      expect(outdated.body.message).toContain('2024-1');
      const unknown = await register(slug, delegate('unknown-category@hanoi.test', { category: 'vip' }));
      expect(unknown.statusCode).toBe(422);
      expect(unknown.body.message).toContain('vip');
    });

    it('waitlists a category whose quota is full even while the event has places', async () => {
      expect((await register(slug, delegate('press1@news.test', { category: 'press' }))).body.state).toBe('confirmed');
      const second = await register(slug, delegate('press2@news.test', { category: 'press' }));
      expect(second.body).toEqual(expect.objectContaining({ state: 'waitlisted', waitlistPosition: 1 }));
    });

    it('answers 404 for a token that is not a registration’s, and for another event’s registration id', async () => {
      expect((await t.request('GET', `/registrations/manage/${'A'.repeat(43)}`)).statusCode).toBe(404);
      expect((await t.request('POST', `/registrations/manage/nonsense/cancel`)).statusCode).toBe(404);
      await openEvent('reg-other');
      const other = await register('reg-other', delegate('other@hanoi.test'));
      expect((await t.request('POST', `/events/${slug}/registrations/${other.body.id}/cancel`, { token: admin })).statusCode).toBe(404);
    });

    it('answers the same to a request for a new link, registered or not, and mails only the registered', async () => {
      const known = await t.request('POST', `/events/${slug}/registrations/link`, { body: { email: 'lan@hanoi.test' } });
      const unknown = await t.request('POST', `/events/${slug}/registrations/link`, { body: { email: 'nobody@hanoi.test' } });
      expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
      expect(known.body).toEqual(unknown.body);
      await expectEventually(() => expect(sink.to('lan@hanoi.test').length).toBeGreaterThanOrEqual(2));
      const newToken = await tokenFor('lan@hanoi.test');
      expect((await t.request('GET', `/registrations/manage/${newToken}`)).statusCode).toBe(200);
    });

    it('exports the list as CSV with a byte-order mark and names intact', async () => {
      const response = await fetch(`${t.baseUrl}/events/${slug}/registrations.csv?country=VN`, { headers: { authorization: `Bearer ${admin}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('Nguyễn Thị Lan');
      expect(text).toContain('Sở Giáo dục và Đào tạo Hà Nội');
      expect(text.split('\r\n')[0]).toContain('fullName');
    });

    it('refuses registration outside the window with 409 saying why', async () => {
      await createEvent(t, 'reg-later');
      const now = Date.now();
      await t.request('PUT', '/events/reg-later/registration-settings', {
        token: admin,
        body: { opensAt: new Date(now + hour).toISOString(), closesAt: new Date(now + 2 * hour).toISOString(), capacity: 5, privacyNoticeVersion: '2024-1' },
      });
      await t.request('POST', '/events/reg-later/registration-categories', { token: admin, body: { code: 'delegate', name: 'Delegate' } });
      const early = await register('reg-later', delegate('early@hanoi.test'));
      expect(early.statusCode).toBe(409);
      expect(early.body.message).toContain('Registration opens at');
      expect(early.body).toMatchObject({ code: 'REGISTRATION_NOT_YET_OPEN', data: { opensAt: expect.any(String) } });
    });

    it('refuses registration after the window closed with the code REGISTRATION_CLOSED and when it closed', async () => {
      await createEvent(t, 'reg-over');
      const now = Date.now();
      const closesAt = new Date(now - hour).toISOString();
      await t.request('PUT', '/events/reg-over/registration-settings', {
        token: admin,
        body: { opensAt: new Date(now - 2 * hour).toISOString(), closesAt, capacity: 5, privacyNoticeVersion: '2024-1' },
      });
      await t.request('POST', '/events/reg-over/registration-categories', { token: admin, body: { code: 'delegate', name: 'Delegate' } });
      const late = await register('reg-over', delegate('late@hanoi.test'));
      expect(late.statusCode).toBe(409);
      expect(late.body).toMatchObject({ code: 'REGISTRATION_CLOSED', data: { closedAt: closesAt } });
    });
  });

  describe('capacity under concurrency', () => {
    it('confirms exactly 50 of 300 simultaneous registrations and waitlists the rest in arrival order', async () => {
      const slug = 'reg-rush';
      await openEvent(slug, { capacity: 50 });
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) => register(slug, delegate(`rush${i}@hanoi.test`, { language: i % 2 ? 'en' : 'vi' }))),
      );
      expect(answers.filter((answer) => answer.statusCode >= 500)).toEqual([]);
      expect(answers.every((answer) => answer.statusCode === 201)).toBe(true);
      const states = answers.map((answer) => answer.body.state);
      expect(states.filter((state) => state === 'confirmed')).toHaveLength(50);
      expect(states.filter((state) => state === 'waitlisted')).toHaveLength(250);

      const dataSource = t.app.get(DataSource);
      const [counts] = await dataSource.query(
        `SELECT s.confirmed_count AS counter, (SELECT count(*)::int FROM registrations r WHERE r.event_id = s.event_id AND r.state = 'confirmed') AS confirmed
           FROM registration_settings s JOIN events e ON e.id = s.event_id WHERE e.slug = $1`,
        [slug],
      );
      expect(counts).toEqual({ counter: 50, confirmed: 50 });
      // Waiting-list positions are the arrival order: 1..250, each once, following queue numbers.
      const waitlist = await dataSource.query(
        `SELECT r.email FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = $1 AND r.state = 'waitlisted' ORDER BY r.queue_number`,
        [slug],
      );
      const positions = new Map(answers.filter((a) => a.body.state === 'waitlisted').map((a) => [a.body.email, a.body.waitlistPosition]));
      expect(waitlist.map((row: { email: string }) => positions.get(row.email))).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    });
  });

  describe('freed places', () => {
    it('promotes the first of the waiting list in the same transaction as a cancellation', async () => {
      const slug = 'reg-promote';
      await openEvent(slug, { capacity: 2 });
      for (const n of [1, 2, 3, 4]) await register(slug, delegate(`p${n}@hanoi.test`));
      // Its link, too, waits behind the previous test's 300 notices (longer the faster they were registered).
      const token = await tokenFor('p1@hanoi.test', 45_000);
      const cancelled = await t.request('POST', `/registrations/manage/${token}/cancel`);
      expect(cancelled.body.state).toBe('cancelled');

      const list = await t.request('GET', `/events/${slug}/registrations`, { token: admin });
      const stateOf = (email: string) => list.body.items.find((item: { email: string }) => item.email === email).state;
      expect([stateOf('p2@hanoi.test'), stateOf('p3@hanoi.test'), stateOf('p4@hanoi.test')]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
      // The mail waits behind the previous test's 300 notices in the same queue.
      await expectEventually(() => expect(sink.to('p3@hanoi.test').some((mail) => mail.parsed.subject?.includes('Quý vị đã có chỗ'))).toBe(true), 45_000);
      expect((await t.request('GET', `/events/${slug}/registration-settings`)).body.confirmedCount).toBe(2);
    });

    it('offers a freed place for a limited time, then to the next in line when it lapses', async () => {
      const slug = 'reg-offer';
      await openEvent(slug, { capacity: 1, promotion: 'offer', offerHours: 24 });
      for (const n of [1, 2, 3]) await register(slug, delegate(`o${n}@hanoi.test`, { language: 'en' }));
      await t.request('POST', `/registrations/manage/${await tokenFor('o1@hanoi.test')}/cancel`);

      const o2 = await t.request('GET', `/registrations/manage/${await tokenFor('o2@hanoi.test')}`);
      expect(o2.body.state).toBe('offered');
      expect(Date.parse(o2.body.offerExpiresAt) - Date.now()).toBeGreaterThan(23 * hour);
      await expectEventually(() => expect(sink.to('o2@hanoi.test').some((mail) => mail.parsed.subject?.includes('offered'))).toBe(true));

      // The offer runs out: the worker lapses it and offers the place to the next in line.
      await t.app.get(DataSource).query(`UPDATE registrations SET offer_expires_at = now() - interval '1 minute' WHERE email = 'o2@hanoi.test'`);
      expect(await t.app.get(OfferExpiry).sweep()).toBe(1);
      expect((await t.request('GET', `/registrations/manage/${await tokenFor('o2@hanoi.test')}`)).body.state).toBe('cancelled');
      const o3Token = await tokenFor('o3@hanoi.test');
      expect((await t.request('GET', `/registrations/manage/${o3Token}`)).body.state).toBe('offered');
      const accepted = await t.request('POST', `/registrations/manage/${o3Token}/accept-offer`);
      expect(accepted.body.state).toBe('confirmed');
      expect((await t.request('POST', `/registrations/manage/${o3Token}/accept-offer`)).statusCode).toBe(409);
    });

    it('holds registrations for approval when the organisers want to approve them', async () => {
      const slug = 'reg-approve';
      await openEvent(slug, { capacity: 1, approvalRequired: true });
      const first = await register(slug, delegate('a1@hanoi.test', { language: 'en' }));
      const second = await register(slug, delegate('a2@hanoi.test', { language: 'en' }));
      expect([first.body.state, second.body.state]).toEqual(['pending', 'pending']);
      await expectEventually(() => expect(sink.to('a1@hanoi.test')[0]?.parsed.subject).toContain('registration received'));
      const approve = (id: string) => t.request('POST', `/events/${slug}/registrations/${id}/approve`, { token: admin });
      expect((await approve(first.body.id)).body.state).toBe('confirmed');
      expect((await approve(second.body.id)).body.state).toBe('waitlisted');
      expect((await approve(second.body.id)).statusCode).toBe(409);
      expect((await t.request('POST', `/events/${slug}/registrations/${second.body.id}/reject`, { token: admin })).body.state).toBe('rejected');
    });
  });

  describe('registering again', () => {
    it('lets a delegate who cancelled register again with the same email, and sends a new link for the live registration', async () => {
      const slug = 'reg-again';
      await openEvent(slug);
      const first = await register(slug, delegate('again@hanoi.test'));
      expect(first.statusCode).toBe(201);
      expect((await t.request('POST', `/registrations/manage/${await tokenFor('again@hanoi.test')}/cancel`)).body.state).toBe('cancelled');

      const second = await register(slug, delegate('Again@hanoi.test'));
      expect(second.statusCode).toBe(201);
      expect(second.body).toEqual(expect.objectContaining({ state: 'confirmed', email: 'again@hanoi.test' }));
      expect(second.body.id).not.toBe(first.body.id);
      // While that one lives, the email is taken again.
      expect((await register(slug, delegate('again@hanoi.test'))).statusCode).toBe(409);

      // Confirmed, cancelled, confirmed again: all three delivered before a new link replaces the token.
      await expectEventually(() => expect(sink.to('again@hanoi.test')).toHaveLength(3));
      const before = sink.to('again@hanoi.test').length;
      expect((await t.request('POST', `/events/${slug}/registrations/link`, { body: { email: 'again@hanoi.test' } })).statusCode).toBeLessThan(300);
      await expectEventually(() => expect(sink.to('again@hanoi.test').length).toBeGreaterThan(before));
      expect((await t.request('GET', `/registrations/manage/${await tokenFor('again@hanoi.test')}`)).body).toEqual(
        expect.objectContaining({ id: second.body.id, state: 'confirmed' }),
      );
    });

    it('lets a rejected delegate, or one the organisers cancelled, register again', async () => {
      const slug = 'reg-again-rejected';
      await openEvent(slug, { approvalRequired: true });
      const first = await register(slug, delegate('refused@hanoi.test'));
      expect((await t.request('POST', `/events/${slug}/registrations/${first.body.id}/reject`, { token: admin })).body.state).toBe('rejected');
      const second = await register(slug, delegate('refused@hanoi.test'));
      expect(second.statusCode).toBe(201);
      expect(second.body.state).toBe('pending');
      expect((await t.request('POST', `/events/${slug}/registrations/${second.body.id}/cancel`, { token: admin })).body.state).toBe('cancelled');
      expect((await register(slug, delegate('refused@hanoi.test'))).statusCode).toBe(201);
      const list = await t.request('GET', `/events/${slug}/registrations`, { token: admin });
      expect(list.body.items.map((item: { state: string }) => item.state).sort()).toEqual(['cancelled', 'pending', 'rejected']);
    });

    it('still lets exactly one of two concurrent registrations with one email through, also after a cancellation', async () => {
      const slug = 'reg-again-race';
      await openEvent(slug);
      const emails = ['race1@hanoi.test', 'race2@hanoi.test', 'race3@hanoi.test', 'race4@hanoi.test'];
      const first = await register(slug, delegate(emails[0]));
      await t.request('POST', `/events/${slug}/registrations/${first.body.id}/cancel`, { token: admin });
      for (const email of emails) {
        const answers = await Promise.all([register(slug, delegate(email)), register(slug, delegate(email.toUpperCase()))]);
        expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
        expect(answers.find((answer) => answer.statusCode === 409)!.body.message).toContain('already registered');
      }
      const [{ live }] = await t.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS live FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = $1 AND r.state <> 'cancelled'`, [slug]);
      expect(live).toBe(emails.length);
    });
  });

  describe('delegations', () => {
    it('registers a head and members together, each told in their own language, and lets the head change members', async () => {
      const slug = 'reg-delegation';
      await openEvent(slug, { capacity: 10 });
      const created = await t.request('POST', `/events/${slug}/delegations`, {
        body: {
          city: 'Huế',
          country: 'VN',
          gnlcMember: true,
          head: delegate('head@hue.test', { fullName: 'Trần Văn Hùng' }),
          members: [delegate('member1@hue.test', { fullName: 'Lê Thị Mai' }), delegate('member2@hue.test', { fullName: 'John Smith', language: 'en' })],
        },
      });
      expect(created.statusCode).toBe(201);
      expect(created.body.registrations.map((r: { state: string; isDelegationHead: boolean }) => [r.state, r.isDelegationHead])).toEqual([
        ['confirmed', true],
        ['confirmed', false],
        ['confirmed', false],
      ]);
      await expectEventually(() => {
        expect(sink.to('member1@hue.test')[0]?.parsed.subject).toContain('đã được xác nhận');
        expect(sink.to('member2@hue.test')[0]?.parsed.subject).toContain('your place is confirmed');
      });

      const headToken = await tokenFor('head@hue.test');
      const added = await t.request('POST', `/registrations/manage/${headToken}/delegation/members`, {
        body: delegate('member3@hue.test', { fullName: 'Phạm Minh' }),
      });
      expect(added.statusCode).toBe(201);
      const removed = await t.request('DELETE', `/registrations/manage/${headToken}/delegation/members/${created.body.registrations[1].id}`);
      expect(removed.body.state).toBe('cancelled');
      const memberToken = await tokenFor('member2@hue.test');
      expect((await t.request('POST', `/registrations/manage/${memberToken}/delegation/members`, { body: delegate('x@hue.test') })).statusCode).toBe(409);

      const delegations = await t.request('GET', `/events/${slug}/delegations`, { token: admin });
      expect(delegations.body).toHaveLength(1);
      expect(delegations.body[0]).toEqual(expect.objectContaining({ city: 'Huế', country: 'VN', gnlcMember: true }));
      expect(delegations.body[0].members.map((m: { fullName: string; state: string }) => `${m.fullName}:${m.state}`)).toEqual([
        'Trần Văn Hùng:confirmed',
        'Lê Thị Mai:cancelled',
        'John Smith:confirmed',
        'Phạm Minh:confirmed',
      ]);
      expect((await t.request('GET', `/events/${slug}/registration-settings`)).body.confirmedCount).toBe(3);
    });

    it('registers no one when one member of the delegation is invalid', async () => {
      const slug = 'reg-delegation-atomic';
      await openEvent(slug, { capacity: 10 });
      const response = await t.request('POST', `/events/${slug}/delegations`, {
        body: { city: 'Đà Nẵng', country: 'VN', gnlcMember: false, head: delegate('h@danang.test'), members: [delegate('h@danang.test')] },
      });
      expect(response.statusCode).toBe(409);
      expect((await t.request('GET', `/events/${slug}/registrations`, { token: admin })).body.total).toBe(0);
    });
  });
});
