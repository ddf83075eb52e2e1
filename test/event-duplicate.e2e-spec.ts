import { freshRedisUrl } from '@app/testing';
import { createUser, delegateInput, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Berlin moves its clocks on 31 March 2030: a 09:00 session copied across the change is still at 09:00.
const source = {
  slug: 'learning-cities-berlin-2030',
  name: 'Learning Cities Berlin 2030',
  organiser: 'UNESCO UIL',
  venue: 'Rotes Rathaus',
  city: 'Berlin',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  startDate: '2030-03-20',
  endDate: '2030-03-21',
  languages: ['en', 'vi'],
};

describe('duplicating an event', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  const path = (slug: string, rest = '') => `/events/${slug}${rest}`;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: await freshRedisUrl(6) });
    admin = await t.adminToken();
    const as = (method: string, url: string, body?: object) => t.request(method, url, { token: admin, body });
    expect((await as('POST', '/events', source)).statusCode).toBe(201);
    const hall = (await as('POST', path(source.slug, '/rooms'), { name: 'Festsaal', capacity: 300, locationNote: 'Level 1' })).body.id;
    await as('POST', path(source.slug, '/rooms'), { name: 'Room 2', capacity: 40 });
    const track = (await as('POST', path(source.slug, '/tracks'), { name: 'Green cities', colour: '#2ca02c' })).body.id;
    await as('POST', path(source.slug, '/tracks'), { name: 'Inclusion', colour: '#d62728' });
    const settings = {
      opensAt: '2030-01-10T09:00:00+01:00',
      closesAt: '2030-03-15T18:00:00+01:00',
      capacity: 250,
      approvalRequired: true,
      promotion: 'offer',
      offerHours: 24,
      privacyNoticeVersion: '2024-1',
    };
    expect((await as('PUT', path(source.slug, '/registration-settings'), settings)).statusCode).toBe(200);
    await as('POST', path(source.slug, '/registration-categories'), { code: 'delegate', name: 'City delegate', quota: 200 });
    await as('POST', path(source.slug, '/registration-categories'), { code: 'press', name: 'Press' });
    await as('PUT', path(source.slug, '/speaker-settings'), { slidesDueHoursBefore: 72 });
    // The registration form: a question for city delegates only, and one shown when its answer is "other".
    const transport = await as('POST', path(source.slug, '/registration-questions'), {
      type: 'single_choice',
      required: true,
      labels: { en: 'How will you travel?', vi: 'Quý vị di chuyển bằng phương tiện nào?' },
      choices: [
        { key: 'train', labels: { en: 'Train', vi: 'Tàu hỏa' } },
        { key: 'other', labels: { en: 'Other', vi: 'Khác' } },
      ],
      categories: ['delegate'],
    });
    expect(transport.statusCode).toBe(201);
    const detail = await as('POST', path(source.slug, '/registration-questions'), {
      type: 'text',
      labels: { en: 'Which?', vi: 'Phương tiện nào?' },
      shownWhen: { questionId: transport.body.id, value: 'other' },
    });
    expect(detail.statusCode).toBe(201);
    expect((await as('PUT', path(source.slug, '/registration-form'), { answersDeadline: '2030-03-10T17:00:00+01:00' })).statusCode).toBe(200);

    const speaker = await createUser(t, 'lan.speaker@sonla.test', 'Lò Thị Lan', 'vi');
    await grantRole(t, source.slug, speaker, 'speaker');
    const organiserId = await createUser(t, 'minh.organiser@hanoi.test', 'Trần Minh', 'vi', 'organiser password 1');
    await grantRole(t, source.slug, organiserId, 'organiser');
    organiser = await t.login('minh.organiser@hanoi.test', 'organiser password 1');

    const session = await as('POST', path(source.slug, '/sessions'), {
      type: 'plenary',
      title: { en: 'Opening plenary', vi: 'Phiên toàn thể khai mạc' },
      roomId: hall,
      trackId: track,
      start: '2030-03-20T09:00',
      end: '2030-03-20T10:30',
      chairs: ['Lò Thị Lan'],
    });
    expect(session.statusCode).toBe(201);
    const slot = await as('POST', path(source.slug, `/sessions/${session.body.id}/slots`), {
      title: 'Welcome',
      start: '2030-03-20T09:15',
      durationMinutes: 20,
      speakerIds: [speaker],
    });
    expect(slot.statusCode).toBe(201);

    // Registration opens for a moment so the original has a delegate; the copy must not.
    await as('PUT', path(source.slug, '/registration-settings'), { ...settings, opensAt: '2020-01-01T00:00:00Z', closesAt: '2030-03-15T18:00:00+01:00' });
    expect(
      (await t.request('POST', path(source.slug, '/registrations'), { body: delegateInput('lan@hanoi.test', { answers: { [transport.body.id]: 'train' } }) }))
        .statusCode,
    ).toBe(201);
    await as('PUT', path(source.slug, '/registration-settings'), settings);
  });
  afterAll(() => t.close());

  const duplicate = (body: object, token = admin, from = source.slug) => t.request('POST', path(from, '/duplicate'), { token, body });

  it('copies rooms, tracks, settings, categories, the registration form and the draft programme to the new dates, without people or registrations', async () => {
    const response = await duplicate({
      name: 'Learning Cities Berlin 2031',
      slug: 'learning-cities-berlin-2031',
      startDate: '2030-04-10',
      copyProgramme: true,
    });
    expect(response.statusCode).toBe(201);
    const copy = response.body;
    expect(copy).toEqual(
      expect.objectContaining({
        slug: 'learning-cities-berlin-2031',
        name: 'Learning Cities Berlin 2031',
        startDate: '2030-04-10',
        endDate: '2030-04-11',
        timeZone: 'Europe/Berlin',
        venue: 'Rotes Rathaus',
        organiser: 'UNESCO UIL',
        languages: ['en', 'vi'],
      }),
    );
    expect(copy.rooms.map(({ name, capacity, locationNote }: any) => ({ name, capacity, locationNote }))).toEqual([
      { name: 'Festsaal', capacity: 300, locationNote: 'Level 1' },
      { name: 'Room 2', capacity: 40, locationNote: '' },
    ]);
    expect(copy.tracks.map(({ name, colour }: any) => ({ name, colour }))).toEqual([
      { name: 'Green cities', colour: '#2ca02c' },
      { name: 'Inclusion', colour: '#d62728' },
    ]);

    const settings = (await t.request('GET', path(copy.slug, '/registration-settings'))).body;
    // 21 days later on Berlin's clock: 09:00 and 18:00 stay, whatever the offset became.
    expect(new Date(settings.opensAt).toISOString()).toBe('2030-01-31T08:00:00.000Z');
    expect(new Date(settings.closesAt).toISOString()).toBe('2030-04-05T16:00:00.000Z');
    expect(settings).toEqual(
      expect.objectContaining({ capacity: 250, approvalRequired: true, promotion: 'offer', offerHours: 24, privacyNoticeVersion: '2024-1', confirmedCount: 0 }),
    );
    const categories = (await t.request('GET', path(copy.slug, '/registration-categories'))).body;
    expect(categories.map(({ code, name, quota, confirmedCount }: any) => ({ code, name, quota, confirmedCount }))).toEqual([
      { code: 'delegate', name: 'City delegate', quota: 200, confirmedCount: 0 },
      { code: 'press', name: 'Press', quota: null, confirmedCount: 0 },
    ]);
    expect((await t.request('GET', path(copy.slug, '/speaker-settings'), { token: admin })).body).toEqual({ slidesDueHoursBefore: 72 });
    const form = (await t.request('GET', path(copy.slug, '/registration-form'))).body;
    // 21 days later on Berlin's clock, across the change to summer time: still 17:00.
    expect(new Date(form.answersDeadline).toISOString()).toBe('2030-03-31T15:00:00.000Z');
    const [transport, detail, ...more] = form.questions;
    expect(more).toEqual([]);
    expect(transport).toMatchObject({ type: 'single_choice', required: true, categories: ['delegate'], shownWhen: null });
    expect(transport.labels).toEqual({ en: 'How will you travel?', vi: 'Quý vị di chuyển bằng phương tiện nào?' });
    expect(transport.choices.map((choice: { key: string }) => choice.key)).toEqual(['train', 'other']);
    // The copy's condition points at the copy's question, not the original's.
    expect(detail).toMatchObject({ type: 'text', categories: [], shownWhen: { questionId: transport.id, value: 'other' } });
    const original = (await t.request('GET', path(source.slug, '/registration-form'))).body.questions;
    expect(original.map((question: { id: string }) => question.id)).not.toContain(transport.id);
    expect(original).toHaveLength(2);

    const [session, ...others] = (await t.request('GET', path(copy.slug, '/sessions'), { token: admin })).body;
    expect(others).toEqual([]);
    expect(session).toEqual(
      expect.objectContaining({
        title: { en: 'Opening plenary', vi: 'Phiên toàn thể khai mạc' },
        start: '2030-04-10T09:00:00+02:00',
        end: '2030-04-10T10:30:00+02:00',
        roomId: copy.rooms[0].id,
        trackId: copy.tracks[0].id,
        chairs: [],
      }),
    );
    expect(session.slots).toEqual([expect.objectContaining({ title: 'Welcome', start: '2030-04-10T09:15:00+02:00', speakers: [] })]);
    // Draft only: nothing is published in the copy.
    expect((await t.request('GET', path(copy.slug, '/programme'))).statusCode).toBe(404);

    const registrations = (await t.request('GET', path(copy.slug, '/registrations'), { token: admin })).body;
    expect(registrations.total).toBe(0);
    const roles = (await t.request('GET', path(copy.slug, '/roles'), { token: admin })).body;
    expect(roles.map((role: any) => role.role)).toEqual(['organiser']);
    // The original keeps everything it had.
    expect((await t.request('GET', path(source.slug, '/registrations'), { token: admin })).body.total).toBe(1);
  });

  it('leaves the programme behind unless asked for it', async () => {
    const response = await duplicate({ name: 'Learning Cities Berlin 2032', slug: 'learning-cities-berlin-2032', startDate: '2032-03-18' });
    expect(response.statusCode).toBe(201);
    expect(response.body.rooms).toHaveLength(2);
    expect((await t.request('GET', path('learning-cities-berlin-2032', '/sessions'), { token: admin })).body).toEqual([]);
  });

  it('refuses a slug already taken and writes nothing', async () => {
    const before = (await t.request('GET', '/events')).body.length;
    const response = await duplicate({ name: 'Again', slug: source.slug, startDate: '2033-01-01', copyProgramme: true });
    expect(response.statusCode).toBe(409);
    expect(response.body.code).toBe('EVENT_SLUG_TAKEN');
    expect((await t.request('GET', '/events')).body).toHaveLength(before);
  });

  it('names each bad field', async () => {
    const response = await duplicate({ name: '', slug: 'Not A Slug', startDate: '2033-02-30', copyProgramme: 'yes' });
    expect(response.statusCode).toBe(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['copyProgramme', 'name', 'slug', 'startDate']);
  });

  it('is for the platform admin only, and only from an event that exists', async () => {
    const body = { name: 'Mine', slug: 'organisers-own', startDate: '2033-01-01' };
    expect((await duplicate(body, organiser)).statusCode).toBe(403);
    expect((await t.request('POST', path(source.slug, '/duplicate'), { body })).statusCode).toBe(401);
    const missing = await duplicate(body, admin, 'no-such-event');
    expect(missing.statusCode).toBe(404);
    expect(missing.body.code).toBe('EVENT_NOT_FOUND');
  });
});
