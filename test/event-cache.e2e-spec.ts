import { expectEventually } from '@app/testing';
import pg from 'pg';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Anonymous reads of an event (the guard's look-up by slug, GET /events/{slug}) are kept in memory per
 * process. Whatever changes the event, its rooms or tracks — this process, another one, plain SQL — the
 * next read answers the change.
 */
describe('event cache', () => {
  let t: TestApp;
  let replica: TestApp;
  let admin: string;
  let db: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    replica = await startTestApp({}, { database: t.database });
    admin = await t.adminToken();
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    // Not replica.close(): the database is the suite's.
    await replica.app.close();
    await t.close();
  });

  async function createEvent(slug: string) {
    const created = await t.request('POST', '/events', {
      token: admin,
      body: {
        slug,
        name: 'Learning Cities Forum',
        country: 'VN',
        city: 'Huế',
        timeZone: 'Asia/Ho_Chi_Minh',
        startDate: '2031-03-02',
        endDate: '2031-03-03',
        languages: ['en', 'vi'],
      },
    });
    expect(created.statusCode).toBe(201);
    return created.body.id as string;
  }

  const read = (app: TestApp, slug: string) => app.request('GET', `/events/${slug}`);

  it('answers an organiser’s change on the next read, in the process that made it and in another', async () => {
    await createEvent('cache-forum');
    for (const app of [t, replica]) expect((await read(app, 'cache-forum')).body.name).toBe('Learning Cities Forum');

    const renamed = await t.request('PATCH', '/events/cache-forum', { token: admin, body: { name: 'Learning Cities Forum of Huế' } });
    expect(renamed.statusCode).toBe(200);
    expect((await read(t, 'cache-forum')).body.name).toBe('Learning Cities Forum of Huế');
    await expectEventually(async () => expect((await read(replica, 'cache-forum')).body.name).toBe('Learning Cities Forum of Huế'));

    expect((await t.request('POST', '/events/cache-forum/rooms', { token: admin, body: { name: 'Hall Hương Giang', capacity: 300 } })).statusCode).toBe(201);
    expect((await read(t, 'cache-forum')).body.rooms.map((room: { name: string }) => room.name)).toEqual(['Hall Hương Giang']);
    await expectEventually(async () => expect((await read(replica, 'cache-forum')).body.rooms).toHaveLength(1));
  });

  it('stops answering an event’s old slug once it is renamed, everywhere', async () => {
    await createEvent('cache-old-slug');
    for (const app of [t, replica]) expect((await read(app, 'cache-old-slug')).statusCode).toBe(200);

    expect((await t.request('PATCH', '/events/cache-old-slug', { token: admin, body: { slug: 'cache-new-slug' } })).statusCode).toBe(200);
    expect((await read(t, 'cache-old-slug')).statusCode).toBe(404);
    expect((await read(t, 'cache-new-slug')).body.name).toBe('Learning Cities Forum');
    await expectEventually(async () => expect((await read(replica, 'cache-old-slug')).statusCode).toBe(404));
    // The guard's look-up too: a route that only needs the event in context.
    expect((await replica.request('GET', '/events/cache-old-slug/programme')).statusCode).toBe(404);
  });

  it('reads from memory until the trigger tells of a change written in plain SQL', async () => {
    const id = await createEvent('cache-sql');
    expect((await read(replica, 'cache-sql')).body.city).toBe('Huế');

    // Without the notice, the kept copy is what is answered: the read costs no look-up.
    await db.query(`ALTER TABLE events DISABLE TRIGGER events_notify_changed`);
    try {
      await db.query(`UPDATE events SET city = 'Hội An' WHERE id = $1`, [id]);
    } finally {
      await db.query(`ALTER TABLE events ENABLE TRIGGER events_notify_changed`);
    }
    expect((await read(replica, 'cache-sql')).body.city).toBe('Huế');

    await db.query(`UPDATE events SET city = 'Đà Nẵng' WHERE id = $1`, [id]);
    await expectEventually(async () => expect((await read(replica, 'cache-sql')).body.city).toBe('Đà Nẵng'));
    await db.query(`INSERT INTO tracks (event_id, name, colour, translations) VALUES ($1, 'Inclusion', '#0a7d3b', '{}')`, [id]);
    await expectEventually(async () =>
      expect((await read(replica, 'cache-sql')).body.tracks.map((track: { name: string }) => track.name)).toEqual(['Inclusion']),
    );
  });
});
