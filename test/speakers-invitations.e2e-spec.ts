import sharp from 'sharp';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createEvent } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('speaker invitations, profile and portal', () => {
  let t: TestApp;
  let admin: string;
  let db: DataSource;
  let uploads: string;
  const slug = 'speakers-2030';
  const other = 'other-2030';
  let sessionId: string;
  const slots: Record<string, string> = {};

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'plenary-uploads-'));
    t = await startTestApp({ UPLOADS_DIR: uploads, PHOTO_MAX_BYTES: String(64 * 1024) });
    admin = await t.adminToken();
    db = t.app.get(DataSource);
    await createEvent(t, slug, '2030-05-06', '2030-05-07');
    await createEvent(t, other, '2030-06-06', '2030-06-07');
    const roomId = (await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Hall A', capacity: 100 } })).body.id;
    const session = await t.request('POST', `/events/${slug}/sessions`, {
      token: admin,
      body: { type: 'plenary', title: { en: 'Opening plenary', vi: 'Phiên khai mạc' }, roomId, start: '2030-05-06T09:00', end: '2030-05-06T11:00' },
    });
    sessionId = session.body.id;
    for (const [name, start] of [
      ['A', '09:00'],
      ['B', '09:30'],
      ['C', '10:00'],
      ['D', '10:30'],
    ]) {
      const response = await t.request('POST', `/events/${slug}/sessions/${sessionId}/slots`, {
        token: admin,
        body: { title: `Talk ${name}`, start: `2030-05-06T${start}`, durationMinutes: 20, speakerIds: [] },
      });
      expect(response.statusCode).toBe(201);
      slots[name] = response.body.slots.find((slot: any) => slot.title === `Talk ${name}`).id;
    }
  });

  afterAll(async () => {
    await t?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  const invite = (body: Record<string, unknown>) => t.request('POST', `/events/${slug}/speaker-invitations`, { token: admin, body });
  const secretOf = async (invitationId: string): Promise<string> => {
    const [row] = await db.query(
      `SELECT secret, language, recipient_email AS email FROM notifications WHERE kind = 'speaker-invitation' AND about ->> 'invitationId' = $1`,
      [invitationId],
    );
    return row.secret;
  };

  it("invites by email in the invitee's language; accepting creates the account with the speaker role and the slots", async () => {
    const created = await invite({ email: 'Lan@Example.org', name: 'Nguyễn Thị Lan', language: 'vi', slotIds: [slots.A] });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({ email: 'lan@example.org', state: 'pending', slotIds: [slots.A] });
    const [message] = await db.query(`SELECT language, recipient_email AS email FROM notifications WHERE kind = 'speaker-invitation'`);
    expect(message).toEqual({ language: 'vi', email: 'lan@example.org' });
    const token = await secretOf(created.body.id);
    const [stored] = await db.query(`SELECT encode(token_hash, 'hex') AS hash FROM speaker_invitations WHERE id = $1`, [created.body.id]);
    expect(stored.hash).not.toContain(Buffer.from(token).toString('hex'));

    const view = await t.request('GET', `/events/${slug}/speaker-invitations/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toMatchObject({ eventSlug: slug, name: 'Nguyễn Thị Lan', accountExists: false, slots: [{ id: slots.A, title: 'Talk A' }] });

    expect((await t.request('POST', `/events/${slug}/speaker-invitations/${token}/accept`, { body: {} })).statusCode).toBe(400);
    const accepted = await t.request('POST', `/events/${slug}/speaker-invitations/${token}/accept`, { body: { password: 'lan password 1' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body.accountCreated).toBe(true);

    const lan = await t.login('lan@example.org', 'lan password 1');
    const mySlots = await t.request('GET', '/me/slots', { token: lan });
    expect(mySlots.statusCode).toBe(200);
    expect(mySlots.body).toEqual([
      {
        slotId: slots.A,
        title: 'Talk A',
        event: { slug, name: expect.any(String), timeZone: 'Asia/Ho_Chi_Minh' },
        session: { id: sessionId, title: 'Phiên khai mạc' },
        room: 'Hall A',
        start: '2030-05-06T09:00:00+07:00',
        end: '2030-05-06T09:20:00+07:00',
        slides: { currentVersion: null, uploadedAt: null, public: false, dueAt: '2030-05-04T09:00:00+07:00' },
      },
    ]);
    const roles = await t.request('GET', `/events/${slug}/roles`, { token: admin });
    expect(JSON.stringify(roles.body)).toContain('speaker');
  });

  it('answers 410 to a reused link and 404 to a link used on another event', async () => {
    const created = await invite({ email: 'kim@example.org', name: 'Kim Min-jun', slotIds: [slots.B] });
    const token = await secretOf(created.body.id);
    expect((await t.request('GET', `/events/${other}/speaker-invitations/${token}`)).statusCode).toBe(404);
    expect((await t.request('POST', `/events/${other}/speaker-invitations/${token}/accept`, { body: { password: 'kim password 1' } })).statusCode).toBe(404);
    expect((await t.request('POST', `/events/${slug}/speaker-invitations/${token}/accept`, { body: { password: 'kim password 1' } })).statusCode).toBe(200);
    const again = await t.request('POST', `/events/${slug}/speaker-invitations/${token}/accept`, { body: { password: 'kim password 1' } });
    expect(again.statusCode).toBe(410);
    expect(again.body).toMatchObject({ statusCode: 410, error: 'Gone', code: 'INVITATION_USED', data: { state: 'accepted' } });
    expect((await t.request('POST', `/events/${slug}/speaker-invitations/${token}/decline`)).statusCode).toBe(410);
    expect((await t.request('GET', `/events/${slug}/speaker-invitations/not-a-real-token-at-all-000000`)).statusCode).toBe(404);
  });

  it('answers 410 to an expired link', async () => {
    const created = await invite({ email: 'late@example.org', name: 'Late Person', slotIds: [slots.C] });
    const token = await secretOf(created.body.id);
    await db.query(`UPDATE speaker_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [created.body.id]);
    const response = await t.request('POST', `/events/${slug}/speaker-invitations/${token}/accept`, { body: { password: 'late password 1' } });
    expect(response.statusCode).toBe(410);
    expect(response.body.message).toMatch(/expired/);
    expect(response.body).toMatchObject({ code: 'INVITATION_EXPIRED', data: { expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) } });
  });

  it('declining frees the slot and tells the organiser who invited', async () => {
    const created = await invite({ email: 'no@example.org', name: 'Busy Person', slotIds: [slots.D] });
    const token = await secretOf(created.body.id);
    expect((await t.request('POST', `/events/${slug}/speaker-invitations/${token}/decline`)).statusCode).toBe(204);
    expect(await db.query(`SELECT 1 FROM speaker_invitation_slots WHERE slot_id = $1`, [slots.D])).toEqual([]);
    const [told] = await db.query(`SELECT recipient_email AS email, about FROM notifications WHERE kind = 'speaker-invitation-declined'`);
    expect(told).toEqual({ email: 'admin@plenary.test', about: { invitationId: created.body.id, slotTitles: 'Talk D' } });
    const list = await t.request('GET', `/events/${slug}/speaker-invitations`, { token: admin });
    expect(list.body.find((row: any) => row.id === created.body.id)).toMatchObject({ state: 'declined', slotIds: [] });
  });

  it('saves the times a speaker cannot speak with the acceptance, or nothing when a time is refused', async () => {
    const slot = async (title: string, start: string) =>
      (
        await t.request('POST', `/events/${slug}/sessions/${sessionId}/slots`, {
          token: admin,
          body: { title, start: `2030-05-06T${start}`, durationMinutes: 10, speakerIds: [] },
        })
      ).body.slots.find((row: any) => row.title === title).id;
    const first = await invite({ email: 'mai@example.org', name: 'Trần Mai', slotIds: [await slot('Talk E', '10:50')] });
    const token = await secretOf(first.body.id);
    const accept = (body: Record<string, unknown>, link = token) => t.request('POST', `/events/${slug}/speaker-invitations/${link}/accept`, { body });
    const stored = () =>
      db.query(
        `SELECT lower(during) AS start, upper(during) AS "end" FROM speaker_unavailability u JOIN users s ON s.id = u.user_id
          WHERE s.email = 'mai@example.org' ORDER BY lower(during)`,
      );
    const password = 'mai password 1';

    const backwards = await accept({ password, unavailableTimes: [{ start: '2030-05-07T12:00', end: '2030-05-07T09:00' }] });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body.code).toBe('ENDS_BEFORE_START');
    const overlapping = await accept({
      password,
      unavailableTimes: [
        { start: '2030-05-07T09:00', end: '2030-05-07T12:00' },
        { start: '2030-05-07T11:00', end: '2030-05-07T13:00' },
      ],
    });
    expect(overlapping.statusCode).toBe(422);
    expect(overlapping.body.code).toBe('UNAVAILABLE_TIMES_OVERLAP');
    expect((await accept({ password, unavailableTimes: [{ start: 'soon', end: 'later' }] })).statusCode).toBe(400);
    // Nothing half-written: no account, the link still open.
    expect(await db.query(`SELECT 1 FROM users WHERE email = 'mai@example.org'`)).toEqual([]);
    expect((await t.request('GET', `/events/${slug}/speaker-invitations/${token}`)).statusCode).toBe(200);

    const accepted = await accept({ password, unavailableTimes: [{ start: '2030-05-07T09:00', end: '2030-05-07T12:00' }] });
    expect(accepted.statusCode).toBe(200);
    const mai = await t.login('mai@example.org', password);
    const mine = await t.request('GET', `/events/${slug}/speaker-availability/me`, { token: mai });
    expect(mine.body.times).toEqual([{ start: '2030-05-07T09:00:00+07:00', end: '2030-05-07T12:00:00+07:00' }]);

    // A second invitation adds to the times given before; one that meets an earlier time joins it.
    const second = await invite({ email: 'mai@example.org', name: 'Trần Mai', slotIds: [await slot('Talk F', '10:20')] });
    const again = await accept(
      {
        unavailableTimes: [
          { start: '2030-05-07T12:00', end: '2030-05-07T13:00' },
          { start: '2030-05-06T14:00', end: '2030-05-06T15:00' },
        ],
      },
      await secretOf(second.body.id),
    );
    expect(again.statusCode).toBe(200);
    expect((await t.request('GET', `/events/${slug}/speaker-availability/me`, { token: mai })).body.times).toEqual([
      { start: '2030-05-06T14:00:00+07:00', end: '2030-05-06T15:00:00+07:00' },
      { start: '2030-05-07T09:00:00+07:00', end: '2030-05-07T13:00:00+07:00' },
    ]);
    expect(await stored()).toHaveLength(2);
  });

  it('refuses slots of another event and bad input in the error shape', async () => {
    expect((await invite({ email: 'x@example.org', name: 'X', slotIds: ['00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(422);
    const bad = await invite({ email: 'not an email', name: '', slotIds: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('schedules slide reminders for a new speaker, moves them with the slot and withdraws them when slides arrive', async () => {
    const [lan] = await db.query(`SELECT id FROM users WHERE email = 'lan@example.org'`);
    const reminders = () =>
      db.query(
        `SELECT dedup_key AS key, state, send_after AS "sendAfter" FROM notifications WHERE kind = 'slides-reminder' AND about ->> 'userId' = $1 ORDER BY dedup_key`,
        [lan.id],
      );
    let rows = await reminders();
    expect(rows.map((row: any) => [row.key.split(':')[0], row.state, row.sendAfter.toISOString()])).toEqual([
      ['slides-due', 'pending', '2030-05-04T02:00:00.000Z'],
      ['slides-last-call', 'pending', '2030-05-05T02:00:00.000Z'],
    ]);
    const moved = await t.request('PATCH', `/events/${slug}/sessions/${sessionId}/slots/${slots.A}`, { token: admin, body: { start: '2030-05-06T09:05' } });
    expect(moved.statusCode).toBe(200);
    rows = await reminders();
    expect(rows.map((row: any) => row.sendAfter.toISOString())).toEqual(['2030-05-04T02:05:00.000Z', '2030-05-05T02:05:00.000Z']);
    expect((await t.request('PUT', `/events/${slug}/speaker-settings`, { token: admin, body: { slidesDueHoursBefore: 72 } })).statusCode).toBe(200);
    rows = await reminders();
    expect(rows[0].sendAfter.toISOString()).toBe('2030-05-03T02:05:00.000Z');

    const token = await t.login('lan@example.org', 'lan password 1');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'talk.pdf');
    const upload = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/slots/${slots.A}/slides`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    expect((await reminders()).map((row: any) => row.state)).toEqual(['discarded', 'discarded']);
  });

  describe('profile', () => {
    let lan: string;
    let lanId: string;
    beforeAll(async () => {
      lan = await t.login('lan@example.org', 'lan password 1');
      [{ id: lanId }] = await db.query(`SELECT id FROM users WHERE email = 'lan@example.org'`);
    });
    const putPhoto = async (bytes: Buffer, name = 'me.jpg') => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'image/jpeg' }), name);
      const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/me/speaker-profile/photo`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${lan}` },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as any };
    };

    it('keeps name, title, organisation, place and a biography per language', async () => {
      const response = await t.request('PUT', '/me/speaker-profile', {
        token: lan,
        body: { title: 'Director', organisation: 'Sơn La DoET', city: 'Sơn La', country: 'VN', biography: { en: 'Lan leads…', vi: 'Bà Lan…' } },
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).toEqual({
        userId: lanId,
        name: 'Nguyễn Thị Lan',
        title: 'Director',
        organisation: 'Sơn La DoET',
        city: 'Sơn La',
        country: 'VN',
        biography: { en: 'Lan leads…', vi: 'Bà Lan…' },
        hasPhoto: false,
      });
      expect((await t.request('PUT', '/me/speaker-profile', { token: lan, body: { biography: { english: 'x' } } })).statusCode).toBe(400);
    });

    it('takes a photo by content and strips its metadata', async () => {
      const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: 'blue' } })
        .jpeg()
        .withExif({ IFD0: { Artist: 'Secret Camera Owner', Copyright: 'GPS 21.3N' } })
        .toBuffer();
      expect(jpeg.includes(Buffer.from('Secret Camera Owner'))).toBe(true);
      const response = await putPhoto(jpeg, 'photo.png');
      expect(response.status).toBe(200);
      expect(response.body.hasPhoto).toBe(true);
      const photo = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/speakers/${lanId}/photo`);
      expect(photo.status).toBe(200);
      expect(photo.headers.get('content-type')).toBe('image/jpeg');
      const served = Buffer.from(await photo.arrayBuffer());
      expect(served.includes(Buffer.from('Secret Camera Owner'))).toBe(false);
      expect((await sharp(served).metadata()).exif).toBeUndefined();
    });

    it('refuses a photo that is not an image (415) or too large (413)', async () => {
      const html = await putPhoto(Buffer.from('<html><body>hi</body></html>'));
      expect(html.status).toBe(415);
      expect(html.body).toMatchObject({ statusCode: 415 });
      const big = await sharp({ create: { width: 600, height: 600, channels: 3, background: 'red' } })
        .png({ compressionLevel: 0 })
        .toBuffer();
      const tooLarge = await putPhoto(big);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body).toMatchObject({ statusCode: 413 });
    });
  });
});
