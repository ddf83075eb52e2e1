import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { createEvent, createUser, delegateInput as delegate, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;

describe('delegate records: bulk actions, organiser edits and history', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let organiser: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(10), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
    const organiserId = await createUser(t, 'minh@records.test', 'Trần Văn Minh', 'vi', 'a long organiser password');
    organiser = await t.login('minh@records.test', 'a long organiser password');
    for (const slug of ['records-bulk', 'records-edit', 'records-other']) {
      await openEvent(slug);
      expect((await grantRole(t, slug, organiserId, 'organiser')).statusCode).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  async function openEvent(slug: string) {
    await createEvent(t, slug);
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: {
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 24 * hour).toISOString(),
        capacity: 2,
        approvalRequired: true,
        privacyNoticeVersion: '2024-1',
      },
    });
    expect(put.statusCode).toBe(200);
    for (const category of [
      { code: 'delegate', name: 'Delegate' },
      { code: 'press', name: 'Press', quota: 1 },
    ]) {
      expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: category })).statusCode).toBe(201);
    }
  }

  async function register(slug: string, email: string, extra: Record<string, unknown> = {}): Promise<string> {
    const response = await t.request('POST', `/events/${slug}/registrations`, { body: delegate(email, extra) });
    expect(response.statusCode).toBe(201);
    return response.body.id;
  }

  const bulk = (slug: string, ids: string[], action: string) =>
    t.request('POST', `/events/${slug}/registrations/bulk`, { token: organiser, body: { ids, action } });
  const stateOf = async (slug: string, id: string) => (await t.request('GET', `/events/${slug}/registrations/${id}`, { token: organiser })).body.state;

  describe('bulk actions', () => {
    const slug = 'records-bulk';
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      for (const name of ['an', 'binh', 'chi', 'dung']) ids[name] = await register(slug, `${name}@bulk.test`, { fullName: name });
    });

    it('approves many pending registrations in order of arrival: the first take the places, the rest wait', async () => {
      // Named out of order: arrival decides who gets the two places.
      const response = await bulk(slug, [ids.chi, ids.an, ids.binh], 'approve');
      expect(response.statusCode).toBe(200);
      expect(response.body.items.map((r: { fullName: string; state: string }) => [r.fullName, r.state])).toEqual([
        ['an', 'confirmed'],
        ['binh', 'confirmed'],
        ['chi', 'waitlisted'],
      ]);
      await expectEventually(() => {
        expect(sink.to('an@bulk.test').length).toBe(2);
        expect(sink.to('chi@bulk.test').length).toBe(2);
      });
    });

    it('changes nothing and mails no one when one of the batch is refused, and names that one', async () => {
      const mailsBefore = sink.to('dung@bulk.test').length;
      // dung is pending and could be approved alone; an is confirmed and cannot be.
      const response = await bulk(slug, [ids.dung, ids.an], 'approve');
      expect(response.statusCode).toBe(409);
      expect(response.body).toMatchObject({
        code: 'BULK_ACTION_REFUSED',
        data: { registrationId: ids.an, fullName: 'an', reason: 'NOT_PENDING', state: 'confirmed' },
      });
      expect(await stateOf(slug, ids.dung)).toBe('pending');
      const history = await t.request('GET', `/events/${slug}/registrations/${ids.dung}/history`, { token: organiser });
      expect(history.body.changes.map((c: { kind: string }) => c.kind)).toEqual(['created']);
      expect(history.body.mails.map((m: { kind: string }) => m.kind)).toEqual(['registration-received']);
      expect(sink.to('dung@bulk.test').length).toBe(mailsBefore);
    });

    it('cancels many at once; a freed place goes to the first waiting who is not cancelled with them', async () => {
      const response = await bulk(slug, [ids.an, ids.dung], 'cancel');
      expect(response.statusCode).toBe(200);
      expect(response.body.items.map((r: { state: string }) => r.state)).toEqual(['cancelled', 'cancelled']);
      expect(await stateOf(slug, ids.chi)).toBe('confirmed');
      const history = await t.request('GET', `/events/${slug}/registrations/${ids.chi}/history`, { token: organiser });
      expect(history.body.changes.map((c: { fromState: string | null; toState: string }) => [c.fromState, c.toState])).toEqual([
        [null, 'pending'],
        ['pending', 'waitlisted'],
        ['waitlisted', 'confirmed'],
      ]);
    });

    it('answers 404 for an id of another event, 400 for a bad body, and 403 to someone not organising', async () => {
      const other = await register('records-other', 'other@bulk.test');
      const foreign = await bulk(slug, [ids.binh, other], 'reject');
      expect(foreign.statusCode).toBe(404);
      expect(foreign.body).toMatchObject({ code: 'REGISTRATION_NOT_FOUND', data: { registrationId: other } });
      expect(await stateOf(slug, ids.binh)).toBe('confirmed');
      expect((await bulk(slug, [], 'approve')).statusCode).toBe(400);
      expect((await bulk(slug, ['not-an-id'], 'approve')).statusCode).toBe(400);
      expect((await bulk(slug, [ids.binh], 'delete')).statusCode).toBe(400);
      await createUser(t, 'outsider@records.test', 'Outsider', 'en', 'a long outsider password');
      const outsider = await t.login('outsider@records.test', 'a long outsider password');
      const refused = await t.request('POST', `/events/${slug}/registrations/bulk`, { token: outsider, body: { ids: [ids.binh], action: 'cancel' } });
      expect(refused.statusCode).toBe(403);
    });
  });

  describe('one record', () => {
    const slug = 'records-edit';

    it('lets an organiser correct a record and shows who changed what, and each mail sent about it', async () => {
      const id = await register(slug, 'lan@edit.test');
      expect((await t.request('POST', `/events/${slug}/registrations/${id}/approve`, { token: organiser })).body.state).toBe('confirmed');
      const edited = await t.request('PATCH', `/events/${slug}/registrations/${id}`, {
        token: organiser,
        body: { fullName: 'Nguyễn Thị Lan Anh', organisation: 'Sở GD&ĐT Hà Nội', category: 'press' },
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.body).toMatchObject({ fullName: 'Nguyễn Thị Lan Anh', organisation: 'Sở GD&ĐT Hà Nội', category: 'press', state: 'confirmed' });

      const history = await expectEventually(async () => {
        const response = await t.request('GET', `/events/${slug}/registrations/${id}/history`, { token: organiser });
        expect(response.body.mails.map((m: { kind: string; state: string }) => [m.kind, m.state])).toEqual([
          ['registration-received', 'sent'],
          ['registration-confirmed', 'sent'],
        ]);
        return response.body;
      });
      expect(history.changes).toEqual([
        expect.objectContaining({ kind: 'created', toState: 'pending', actorKind: 'delegate', actorName: null }),
        expect.objectContaining({ kind: 'state', fromState: 'pending', toState: 'confirmed', actorKind: 'user', actorName: 'Trần Văn Minh' }),
        expect.objectContaining({ kind: 'edited', fields: ['fullName', 'organisation', 'category'], actorName: 'Trần Văn Minh' }),
      ]);
      expect(history.mails[1]).toMatchObject({ recipientEmail: 'lan@edit.test', sentAt: expect.any(String) });
      expect(sink.to('lan@edit.test')).toHaveLength(2);
    });

    it('shows a change of the ticked dietary and accessibility needs in the history, and no edit when they stay the same', async () => {
      const id = await register(slug, 'tuan@edit.test', { dietaryChoices: ['vegetarian'] });
      const patch = (body: Record<string, unknown>) => t.request('PATCH', `/events/${slug}/registrations/${id}`, { token: organiser, body });
      expect((await patch({ dietaryChoices: ['vegetarian', 'nut-allergy'], accessibilityChoices: ['wheelchair'] })).statusCode).toBe(200);
      expect((await patch({ accessibilityChoices: ['wheelchair', 'hearing-loop'], city: 'Huế' })).statusCode).toBe(200);
      expect((await patch({ dietaryChoices: ['vegetarian', 'nut-allergy'] })).statusCode).toBe(200);
      const history = await t.request('GET', `/events/${slug}/registrations/${id}/history`, { token: organiser });
      expect(history.body.changes.filter((change: { kind: string }) => change.kind === 'edited').map((change: { fields: string[] }) => change.fields)).toEqual([
        ['dietaryChoices', 'accessibilityChoices'],
        ['city', 'accessibilityChoices'],
      ]);
    });

    it('refuses to move a confirmed delegate into a full category, and leaves the record as it was', async () => {
      const id = await register(slug, 'hoa@edit.test');
      await t.request('POST', `/events/${slug}/registrations/${id}/approve`, { token: organiser });
      const refused = await t.request('PATCH', `/events/${slug}/registrations/${id}`, { token: organiser, body: { fullName: 'Changed', category: 'press' } });
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toMatchObject({ code: 'CATEGORY_FULL', data: { category: 'press' } });
      const record = await t.request('GET', `/events/${slug}/registrations/${id}`, { token: organiser });
      expect(record.body).toMatchObject({ fullName: 'Nguyễn Thị Lan', category: 'delegate', state: 'confirmed' });
    });

    it('answers 400 for bad fields, 422 for an unknown category, 404 for another event’s record', async () => {
      const id = await register(slug, 'mai@edit.test');
      const bad = await t.request('PATCH', `/events/${slug}/registrations/${id}`, { token: organiser, body: { country: 'XX', fullName: '' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['country', 'fullName']);
      const unknown = await t.request('PATCH', `/events/${slug}/registrations/${id}`, { token: organiser, body: { category: 'vip' } });
      expect(unknown.statusCode).toBe(422);
      const other = await register('records-other', 'other@edit.test');
      expect((await t.request('GET', `/events/${slug}/registrations/${other}`, { token: organiser })).statusCode).toBe(404);
      expect((await t.request('GET', `/events/${slug}/registrations/${other}/history`, { token: organiser })).statusCode).toBe(404);
      expect((await t.request('PATCH', `/events/${slug}/registrations/${other}`, { token: organiser, body: { city: 'Huế' } })).statusCode).toBe(404);
    });
  });
});
