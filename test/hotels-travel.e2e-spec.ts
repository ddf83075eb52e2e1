import { parse } from 'csv-parse/sync';
import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { readPdf } from './support/pdf.js';
import { createEvent, delegateInput as delegate } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;

describe('hotel blocks and travel', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: await freshRedisUrl(13), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100' });
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  async function openEvent(slug: string, capacity = 100) {
    await createEvent(t, slug);
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: {
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 24 * hour).toISOString(),
        capacity,
        privacyNoticeVersion: '2024-1',
      },
    });
    expect(put.statusCode).toBe(200);
    expect(
      (await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code: 'delegate', name: 'Delegate' } })).statusCode,
    ).toBe(201);
  }

  async function tokenFor(email: string): Promise<string> {
    return expectEventually(() => {
      const link = sink
        .to(email)
        .map((mail) => /\/manage\/([\w-]{43})/.exec(mail.parsed.text ?? '')?.[1])
        .find(Boolean);
      expect(link).toBeDefined();
      return link!;
    }, 30_000);
  }

  const block = (slug: string, body: Record<string, unknown>) => t.request('POST', `/events/${slug}/hotel-blocks`, { token: admin, body });
  const twin = { hotel: 'Centara Grand at CentralWorld', roomType: 'Deluxe twin', checkIn: '2030-05-05', checkOut: '2030-05-08' };

  it('books rooms in a block of 10 for exactly 10 of 50 delegates asking at once, and keeps the block’s count equal to its bookings', async () => {
    const slug = 'hotels-race';
    await openEvent(slug);
    const created = await block(slug, { ...twin, roomsAvailable: 10 });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({ nights: 3, roomsAvailable: 10, roomsBooked: 0, roomsLeft: 10 });
    const emails = Array.from({ length: 50 }, (_, i) => `guest${i}@hotels.test`);
    for (const email of emails) expect((await t.request('POST', `/events/${slug}/registrations`, { body: delegate(email) })).statusCode).toBe(201);
    const tokens = await Promise.all(emails.map(tokenFor));

    const answers = await Promise.all(
      tokens.map((token) => t.request('PUT', `/registrations/manage/${token}/hotel-booking`, { body: { blockId: created.body.id } })),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(40);
    expect(answers.find((answer) => answer.statusCode === 409)!.body).toMatchObject({
      code: 'HOTEL_BLOCK_FULL',
      data: { hotel: 'Centara Grand at CentralWorld', roomType: 'Deluxe twin' },
    });

    const rooming = await t.request('GET', `/events/${slug}/rooming-list`, { token: admin });
    expect(rooming.statusCode).toBe(200);
    expect(rooming.body.blocks[0]).toMatchObject({ roomsBooked: 10, roomsLeft: 0 });
    expect(rooming.body.blocks[0].guests).toHaveLength(10);

    // A cancelled registration gives its room back in the same transaction; the next delegate takes it.
    const booked = answers.findIndex((answer) => answer.statusCode === 200);
    expect((await t.request('POST', `/registrations/manage/${tokens[booked]}/cancel`)).statusCode).toBe(200);
    const waiting = answers.findIndex((answer) => answer.statusCode === 409);
    expect((await t.request('PUT', `/registrations/manage/${tokens[waiting]}/hotel-booking`, { body: { blockId: created.body.id } })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/events/${slug}/hotel-blocks/${created.body.id}`, { token: admin, body: { roomsAvailable: 9 } })).body).toMatchObject({
      code: 'HOTEL_BLOCK_BELOW_BOOKED',
    });
    expect((await t.request('DELETE', `/events/${slug}/hotel-blocks/${created.body.id}`, { token: admin })).body.code).toBe('HOTEL_BLOCK_IN_USE');

    const csv = await t.request('GET', `/events/${slug}/rooming-list.csv`, { token: admin });
    const rows: Record<string, string>[] = parse(csv.text, { bom: true, columns: true });
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ hotel: 'Centara Grand at CentralWorld', roomType: 'Deluxe twin', checkIn: '2030-05-05', checkOut: '2030-05-08' });
  });

  it('lets the head of a delegation book rooms and set flights for members, but no one else’s', async () => {
    const slug = 'hotels-delegation';
    await openEvent(slug);
    const suite = await block(slug, { ...twin, roomType: 'Junior suite', roomsAvailable: 2 });
    const created = await t.request('POST', `/events/${slug}/delegations`, {
      body: {
        city: 'Huế',
        country: 'VN',
        gnlcMember: true,
        head: delegate('head@hue-hotels.test', { fullName: 'Trần Văn Hùng' }),
        members: [delegate('mai@hue-hotels.test', { fullName: 'Lê Thị Mai' }), delegate('minh@hue-hotels.test', { fullName: 'Phạm Minh' })],
      },
    });
    expect(created.statusCode).toBe(201);
    const [, mai, minh] = created.body.registrations.map((registration: { id: string }) => registration.id);
    const head = await tokenFor('head@hue-hotels.test');
    const outsider = await t.request('POST', `/events/${slug}/registrations`, { body: delegate('solo@hotels.test') });

    const forMai = await t.request('PUT', `/registrations/manage/${head}/members/${mai}/hotel-booking`, { body: { blockId: suite.body.id } });
    expect(forMai.statusCode).toBe(200);
    expect(forMai.body).toMatchObject({ registrationId: mai, block: { roomType: 'Junior suite', roomsLeft: 1 } });
    expect(
      (await t.request('PUT', `/registrations/manage/${head}/members/${outsider.body.id}/hotel-booking`, { body: { blockId: suite.body.id } })).body.code,
    ).toBe('NOT_DELEGATION_MEMBER');
    const maiToken = await tokenFor('mai@hue-hotels.test');
    expect((await t.request('PUT', `/registrations/manage/${maiToken}/members/${minh}/hotel-booking`, { body: { blockId: suite.body.id } })).body.code).toBe(
      'NOT_DELEGATION_MEMBER',
    );
    expect((await t.request('GET', `/registrations/manage/${maiToken}/hotel`)).body.booking.block.hotel).toBe('Centara Grand at CentralWorld');

    const arrival = await t.request('PUT', `/registrations/manage/${head}/members/${minh}/travel`, {
      body: { arrivalAt: '2030-05-05T14:35', arrivalFlight: 'vn615', arrivalAirport: 'BKK', departureAt: '2030-05-08T11:10' },
    });
    expect(arrival.statusCode).toBe(200);
    expect(arrival.body).toMatchObject({ registrationId: minh, arrivalAt: '2030-05-05T14:35', arrivalFlight: 'VN615', needsTransfer: true });
    const backwards = await t.request('PUT', `/registrations/manage/${head}/travel`, {
      body: { arrivalAt: '2030-05-06T10:00', departureAt: '2030-05-05T10:00' },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body.code).toBe('TRAVEL_ORDER_INVALID');
    expect((await t.request('PUT', `/registrations/manage/${head}/travel`, { body: { arrivalAt: '30/05/2030 14:00' } })).statusCode).toBe(400);
    await t.request('PUT', `/registrations/manage/${head}/travel`, { body: { arrivalAt: '2030-05-05T14:50', arrivalFlight: 'TG561', arrivalAirport: 'BKK' } });
    await t.request('PUT', `/registrations/manage/${maiToken}/travel`, {
      body: { arrivalAt: '2030-05-05T16:20', arrivalFlight: 'VN611', arrivalAirport: 'DMK' },
    });

    const manifest = await t.request('GET', `/events/${slug}/transfers?direction=arrival&windowMinutes=60`, { token: admin });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.body.windows).toEqual([
      {
        airport: 'BKK',
        from: '2030-05-05T14:00',
        to: '2030-05-05T15:00',
        passengers: [
          expect.objectContaining({ fullName: 'Phạm Minh', flight: 'VN615', at: '2030-05-05T14:35', delegation: 'Huế' }),
          expect.objectContaining({ fullName: 'Trần Văn Hùng', flight: 'TG561', at: '2030-05-05T14:50' }),
        ],
      },
      { airport: 'DMK', from: '2030-05-05T16:00', to: '2030-05-05T17:00', passengers: [expect.objectContaining({ fullName: 'Lê Thị Mai' })] },
    ]);
    expect((await t.request('GET', `/events/${slug}/transfers?windowMinutes=5`, { token: admin })).statusCode).toBe(400);
    const departures = await t.request('GET', `/events/${slug}/transfers.csv?direction=departure`, { token: admin });
    expect(departures.text).toContain('Phạm Minh');

    // On paper for the hotel and the drivers: the event's letterhead, the names in their own script, UN country names in the reader's language.
    const pdf = async (path: string) => {
      const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}${path}`, { headers: { authorization: `Bearer ${admin}` } });
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      return readPdf(Buffer.from(await response.arrayBuffer())).pageTexts.join('\n');
    };
    const rooming = await pdf('/rooming-list.pdf');
    expect(rooming).toContain('Rooming list');
    expect(rooming).toContain('Hội nghị Thành phố học tập ASEAN+3');
    expect(rooming).toContain('Centara Grand at CentralWorld · Junior suite');
    expect(rooming).toContain('Lê Thị Mai');
    expect(rooming).toContain('Viet Nam');
    expect(rooming).toMatch(/Printed \d{1,2} \w+ \d{4}, \d{2}:\d{2} \(Asia\/Ho_Chi_Minh\)/);
    const transfers = await pdf('/transfers.pdf?direction=arrival&windowMinutes=60&language=vi');
    expect(transfers).toContain('Đưa đón sân bay: chiều đón');
    expect(transfers).toMatch(/BKK · 14:00–15:00, 0?5 tháng 0?5 năm 2030\n2 hành khách/);
    expect(transfers).toContain('Phạm Minh');
    expect(transfers).toContain('VN615');
    expect(transfers).toContain('Việt Nam');
    const thai = await pdf('/transfers.pdf?language=th');
    expect(thai).toContain('การรับส่งสนามบิน: ขาเข้า');
    expect(thai).toContain('เวียดนาม');
    expect((await t.request('GET', `/events/${slug}/rooming-list.pdf?language=fr`, { token: admin })).statusCode).toBe(400);
  });

  it('answers bad input and strangers with the error shape, and keeps one event’s blocks from another', async () => {
    const slug = 'hotels-rules';
    await openEvent(slug);
    await createEvent(t, 'hotels-elsewhere');
    const mine = await block(slug, { ...twin, roomsAvailable: 5 });
    expect((await block(slug, { ...twin, checkOut: '2030-05-05', roomsAvailable: 5 })).body.code).toBe('HOTEL_BLOCK_NIGHTS_INVALID');
    expect((await block(slug, { ...twin, roomsAvailable: -1 })).body.code).toBe('VALIDATION_FAILED');
    expect((await t.request('GET', `/events/${slug}/hotel-blocks`)).statusCode).toBe(401);
    expect((await t.request('PATCH', `/events/hotels-elsewhere/hotel-blocks/${mine.body.id}`, { token: admin, body: { note: 'x' } })).body.code).toBe(
      'HOTEL_BLOCK_NOT_FOUND',
    );
    await t.request('POST', `/events/${slug}/registrations`, { body: delegate('lan@hotels-rules.test') });
    const token = await tokenFor('lan@hotels-rules.test');
    expect((await t.request('PUT', `/registrations/manage/${token}/hotel-booking`, { body: { blockId: 'not-a-uuid' } })).statusCode).toBe(400);
    expect((await t.request('PUT', `/registrations/manage/not-a-real-token-at-all/hotel-booking`, { body: { blockId: mine.body.id } })).statusCode).toBe(404);
  });
});
