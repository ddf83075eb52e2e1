import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { createEvent, createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'speaker password 1';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function pptx(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
    ),
    '[Content_Types].xml',
    { mtime: new Date('2030-01-01T00:00:00Z') },
  );
  zip.addBuffer(Buffer.from('<p:presentation/>'), 'ppt/presentation.xml', { mtime: new Date('2030-01-01T00:00:00Z') });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((done, fail) => {
    zip.outputStream
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .on('end', () => done(Buffer.concat(chunks)))
      .on('error', fail);
  });
}

function readZipNames(zip: Buffer): string[] {
  const names: string[] = [];
  let offset = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(offset + 10);
  offset = zip.readUInt32LE(offset + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return names;
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

describe('speaker slides', () => {
  let t: TestApp;
  let admin: string;
  let uploads: string;
  const slug = 'slides-2030';
  let lan: { id: string; token: string };
  let kim: { id: string; token: string };
  let staffToken: string;
  let sessionId: string;
  let roomId: string;
  let lanSlot: string;
  let kimSlot: string;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'plenary-uploads-'));
    t = await startTestApp({ UPLOADS_DIR: uploads, SLIDES_MAX_BYTES: String(256 * 1024) });
    admin = await t.adminToken();
    await createEvent(t, slug, '2030-05-06', '2030-05-07');
    const speaker = async (email: string, name: string) => {
      const id = await createUser(t, email, name, 'en', PASSWORD);
      expect((await grantRole(t, slug, id, 'speaker')).statusCode).toBeLessThan(300);
      return { id, token: await t.login(email, PASSWORD) };
    };
    lan = await speaker('lan@example.org', 'Nguyễn Thị Lan');
    kim = await speaker('kim@example.org', 'Kim Min-jun');
    const staffId = await createUser(t, 'av@example.org', 'AV desk', 'en', PASSWORD);
    await grantRole(t, slug, staffId, 'staff');
    staffToken = await t.login('av@example.org', PASSWORD);
    roomId = (await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Hall A', capacity: 100 } })).body.id;
    const session = await t.request('POST', `/events/${slug}/sessions`, {
      token: admin,
      body: { type: 'parallel', title: { en: 'Learning cities' }, roomId, start: '2030-05-06T09:00', end: '2030-05-06T10:30' },
    });
    expect(session.statusCode).toBe(201);
    sessionId = session.body.id;
    const slot = async (title: string, start: string, speakerId: string) => {
      const response = await t.request('POST', `/events/${slug}/sessions/${sessionId}/slots`, {
        token: admin,
        body: { title, start, durationMinutes: 20, speakerIds: [speakerId] },
      });
      expect(response.statusCode).toBe(201);
      return response.body.slots.find((s: any) => s.title === title).id as string;
    };
    kimSlot = await slot('Green Suwon', '2030-05-06T09:30', kim.id);
    lanSlot = await slot('Sơn La: no one left behind', '2030-05-06T09:00', lan.id);
  });

  afterAll(async () => {
    await t?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  const url = (slotId: string, rest = '') => `${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/slots/${slotId}/slides${rest}`;
  const upload = async (token: string, slotId: string, bytes: Buffer, fileName = 'slides.pdf', type = 'application/pdf') => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), fileName);
    const response = await fetch(url(slotId), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { statusCode: response.status, body: (await response.json()) as any };
  };
  const versions = async (slotId: string) => (await t.request('GET', `/events/${slug}/slots/${slotId}/slides`, { token: admin })).body as any[];

  it('stores each upload as a new version with its SHA-256, and the latest is current', async () => {
    const first = await upload(lan.token, lanSlot, PDF);
    expect(first.statusCode).toBe(201);
    expect(first.body).toMatchObject({ version: 1, extension: 'pdf', mediaType: 'application/pdf', size: PDF.length, uploadedBy: lan.id, current: true });
    const { createHash } = await import('node:crypto');
    expect(first.body.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const deck = await pptx();
    const second = await upload(admin, lanSlot, deck, 'talk.pptx', 'application/octet-stream');
    expect(second.statusCode).toBe(201);
    expect(second.body).toMatchObject({ version: 2, extension: 'pptx', size: deck.length });
    const list = await versions(lanSlot);
    expect(list.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('serves the current slides as an attachment named after the speaker and the slot, with nosniff', async () => {
    const response = await fetch(url(lanSlot, '/current'), { headers: { authorization: `Bearer ${lan.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toContain('presentationml');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="Nguyen Thi Lan - Son La_ no one left behind.pptx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('Nguyễn Thị Lan - Sơn La_ no one left behind.pptx');
    expect(Buffer.from(await response.arrayBuffer()).equals(await pptx())).toBe(true);
  });

  it('lets organisers, not speakers, download an earlier version', async () => {
    const organiser = await fetch(url(lanSlot, '/versions/1'), { headers: { authorization: `Bearer ${admin}` } });
    expect(organiser.status).toBe(200);
    expect(Buffer.from(await organiser.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await fetch(url(lanSlot, '/versions/1'), { headers: { authorization: `Bearer ${lan.token}` } })).status).toBe(404);
  });

  it("answers 404 to a speaker uploading to or reading another speaker's slot", async () => {
    const response = await upload(kim.token, lanSlot, PDF);
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect((await fetch(url(lanSlot, '/current'), { headers: { authorization: `Bearer ${kim.token}` } })).status).toBe(404);
    expect((await fetch(url(lanSlot, '/current'))).status).toBe(404);
  });

  it.each([
    ['an executable named .pdf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])],
    ['an HTML page named .pdf', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')],
    ['a Windows executable named .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])],
  ])('refuses %s with 415 in the error shape and keeps nothing', async (_, bytes) => {
    const response = await upload(kim.token, kimSlot, bytes, 'slides.pdf', 'application/pdf');
    expect(response.statusCode).toBe(415);
    expect(response.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    expect(await versions(kimSlot)).toEqual([]);
  });

  it('refuses an empty file', async () => {
    const response = await upload(kim.token, kimSlot, Buffer.alloc(0));
    expect(response.statusCode).toBe(400);
    expect(response.body.message).toMatch(/empty/);
  });

  it('refuses a file over the limit with 413 and leaves nothing on disk', async () => {
    const before = filesUnder(uploads).length;
    const big = Buffer.concat([PDF, Buffer.alloc(300 * 1024, 0x20)]);
    const response = await upload(kim.token, kimSlot, big);
    expect(response.statusCode).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(filesUnder(uploads).length).toBe(before);
    expect(await versions(kimSlot)).toEqual([]);
  });

  it('ignores path traversal and control characters in the client file name', async () => {
    const response = await upload(kim.token, kimSlot, PDF, '../../../etc/passwd\r\n.pdf');
    expect(response.statusCode).toBe(201);
    const stored = readdirSync(uploads, { recursive: true }).map(String);
    expect(stored.every((path) => !path.includes('passwd') && !path.includes('..'))).toBe(true);
    const download = await fetch(url(kimSlot, '/current'), { headers: { authorization: `Bearer ${kim.token}` } });
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Kim Min-jun - Green Suwon.pdf"; filename*=UTF-8''Kim%20Min-jun%20-%20Green%20Suwon.pdf`,
    );
  });

  it('records no version and leaves no file when an upload is cut off mid-stream', async () => {
    const before = filesUnder(uploads).length;
    const countBefore = (await versions(lanSlot)).length;
    const boundary = 'plenary-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const target = new URL(url(lanSlot));
    await new Promise<void>((done) => {
      const request = httpRequest({
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { authorization: `Bearer ${lan.token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(200 * 1024) },
      });
      request.on('error', () => done());
      request.on('response', (response) => {
        response.resume();
        done();
      });
      request.write(head);
      request.write(Buffer.concat([PDF, Buffer.alloc(60 * 1024, 0x20)]));
      setTimeout(() => {
        request.destroy();
        done();
      }, 300);
    });
    await new Promise((done) => setTimeout(done, 500));
    expect((await versions(lanSlot)).length).toBe(countBefore);
    expect(filesUnder(uploads).length).toBe(before);
    expect(filesUnder(uploads).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('shows organisers which slots of a session lack slides', async () => {
    const board = await t.request('GET', `/events/${slug}/sessions/${sessionId}/slide-status`, { token: admin });
    expect(board.statusCode).toBe(200);
    expect(board.body.map((row: any) => [row.title, row.speakers, row.currentVersion])).toEqual([
      ['Sơn La: no one left behind', ['Nguyễn Thị Lan'], 2],
      ['Green Suwon', ['Kim Min-jun'], 1],
    ]);
    expect((await t.request('GET', `/events/${slug}/sessions/${sessionId}/slide-status`, { token: lan.token })).statusCode).toBe(403);
  });

  it('streams the current slides of a session as a zip named in speaking order, and per room and day for the AV team', async () => {
    const session = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/sessions/${sessionId}/slides.zip`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(session.status).toBe(200);
    expect(session.headers.get('content-type')).toBe('application/zip');
    expect(readZipNames(Buffer.from(await session.arrayBuffer()))).toEqual([
      '01-Nguyễn Thị Lan-Sơn La_ no one left behind.pptx',
      '02-Kim Min-jun-Green Suwon.pdf',
    ]);

    const room = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/rooms/${roomId}/slides.zip?date=2030-05-06`, {
      headers: { authorization: `Bearer ${staffToken}` },
    });
    expect(room.status).toBe(200);
    expect(readZipNames(Buffer.from(await room.arrayBuffer()))).toEqual([
      '0900-Learning cities/01-Nguyễn Thị Lan-Sơn La_ no one left behind.pptx',
      '0900-Learning cities/02-Kim Min-jun-Green Suwon.pdf',
    ]);

    const day = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/slides.zip?date=2030-05-07`, {
      headers: { authorization: `Bearer ${staffToken}` },
    });
    expect(day.status).toBe(200);
    expect(readZipNames(Buffer.from(await day.arrayBuffer()))).toEqual([]);
    expect(
      (
        await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/sessions/${sessionId}/slides.zip`, {
          headers: { authorization: `Bearer ${lan.token}` },
        })
      ).status,
    ).toBe(403);
  });

  it("shows organisers the whole event's slide status in one request, the same items as each session's", async () => {
    const later = await t.request('POST', `/events/${slug}/sessions`, {
      token: admin,
      body: { type: 'parallel', title: { en: 'Lifelong learning' }, roomId, start: '2030-05-07T14:00', end: '2030-05-07T15:00' },
    });
    expect(later.statusCode).toBe(201);
    const slot = await t.request('POST', `/events/${slug}/sessions/${later.body.id}/slots`, {
      token: admin,
      body: { title: 'Libraries for all', start: '2030-05-07T14:00', durationMinutes: 20, speakerIds: [kim.id] },
    });
    expect(slot.statusCode).toBe(201);

    const board = await t.request('GET', `/events/${slug}/slide-status`, { token: admin });
    expect(board.statusCode).toBe(200);
    expect(board.body.map((row: any) => [row.sessionTitle, row.title, row.speakers, row.currentVersion])).toEqual([
      [{ en: 'Learning cities' }, 'Sơn La: no one left behind', ['Nguyễn Thị Lan'], 2],
      [{ en: 'Learning cities' }, 'Green Suwon', ['Kim Min-jun'], 1],
      [{ en: 'Lifelong learning' }, 'Libraries for all', ['Kim Min-jun'], null],
    ]);
    expect(board.body[2]).toMatchObject({ uploadedAt: null, public: false });
    for (const id of [sessionId, later.body.id]) {
      const perSession = await t.request('GET', `/events/${slug}/sessions/${id}/slide-status`, { token: admin });
      expect(perSession.statusCode).toBe(200);
      const items = board.body.filter((row: any) => row.sessionId === id).map(({ sessionId: _id, sessionTitle: _title, ...item }: any) => item);
      expect(items).toEqual(perSession.body);
    }

    const delegateId = await createUser(t, 'delegate@example.org', 'A delegate', 'en', PASSWORD);
    expect((await grantRole(t, slug, delegateId, 'delegate')).statusCode).toBeLessThan(300);
    const delegate = await t.login('delegate@example.org', PASSWORD);
    for (const token of [delegate, lan.token, staffToken]) {
      expect((await t.request('GET', `/events/${slug}/sessions/${sessionId}/slide-status`, { token })).statusCode).toBe(403);
      expect((await t.request('GET', `/events/${slug}/slide-status`, { token })).statusCode).toBe(403);
    }
    expect((await t.request('GET', `/events/${slug}/slide-status`)).statusCode).toBe(401);

    const other = 'slides-other-2030';
    await createEvent(t, other, '2030-06-01', '2030-06-02');
    const otherOrganiserId = await createUser(t, 'organiser@example.org', 'Other organiser', 'en', PASSWORD);
    await grantRole(t, other, otherOrganiserId, 'organiser');
    const otherOrganiser = await t.login('organiser@example.org', PASSWORD);
    expect((await t.request('GET', `/events/${slug}/slide-status`, { token: otherOrganiser })).statusCode).toBe(403);
    const otherBoard = await t.request('GET', `/events/${other}/slide-status`, { token: otherOrganiser });
    expect(otherBoard.statusCode).toBe(200);
    expect(otherBoard.body).toEqual([]);
    expect((await t.request('GET', `/events/${other}/sessions/${sessionId}/slide-status`, { token: admin })).statusCode).toBe(404);
    const missing = await t.request('GET', '/events/no-such-event-2030/slide-status', { token: admin });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect((await t.request('GET', `/events/no-such-event-2030/sessions/${sessionId}/slide-status`, { token: admin })).statusCode).toBe(404);
  });
});
