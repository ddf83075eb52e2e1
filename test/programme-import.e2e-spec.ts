import { createUser, grantRole } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'import-bangkok';
const header = 'row,ref,type,title_en,title_vi,room,track,start,end,chairs,slot_title,duration_minutes,speakers';

describe('programme import from CSV', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await t.request('POST', '/events', {
      token: admin,
      body: { slug, name: 'Import test', country: 'TH', timeZone: 'Asia/Bangkok', startDate: '2024-10-29', endDate: '2024-10-30', languages: ['en', 'vi'] },
    });
    await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Plenary Hall', capacity: 200 } });
    await t.request('POST', `/events/${slug}/rooms`, { token: admin, body: { name: 'Room 1', capacity: 40 } });
    await t.request('POST', `/events/${slug}/tracks`, { token: admin, body: { name: 'Inclusion', colour: '#2e8b57' } });
    await grantRole(t, slug, await createUser(t, 'sonla@import.test', 'Đại diện Sơn La', 'vi'), 'speaker');
  });
  afterAll(() => t.close());

  const importCsv = (csv: string) => t.request('POST', `/events/${slug}/sessions/import`, { token: admin, body: csv, headers: { 'content-type': 'text/csv' } });

  it('reports every wrong line and imports nothing', async () => {
    const csv = [
      header,
      'session,S1,plenary,Opening,Khai mạc,Plenary Hall,,2024-10-29T09:00,2024-10-29T10:30,UNESCO,,,',
      'session,S2,keynote,Bad type,,Plenary Hall,,2024-10-29T11:00,2024-10-29T12:00,,,,',
      'session,S3,parallel,Clash,,Plenary Hall,,2024-10-29T10:00,2024-10-29T11:00,,,,',
      'slot,S1,,,,,,2024-10-29T09:00,,,Welcome,30,nobody@import.test',
      'session,S4,parallel,Nowhere,,Room 9,,2024-10-29T14:00,2024-10-29T15:00,,,,',
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.statusCode).toBe(422);
    expect(response.body.message).toContain('Nothing was imported');
    expect(response.body.details.map((problem: { line: number }) => problem.line)).toEqual([3, 4, 5, 6]);
    expect(response.body.details[0].messages[0]).toContain('type must be one of');
    expect(response.body.details[1].messages[0]).toContain('Plenary Hall');
    expect(response.body.details[2].messages[0]).toContain('nobody@import.test');
    expect(response.body.details[3].messages[0]).toContain('Room 9');
    expect((await t.request('GET', `/events/${slug}/sessions`, { token: admin })).body).toEqual([]);
  });

  it('imports sessions and their slots when every line is right, Vietnamese intact', async () => {
    const csv = [
      '\uFEFF' + header,
      'session,S1,plenary,Opening,Khai mạc,Plenary Hall,,2024-10-29T09:00,2024-10-29T10:30,UNESCO Bangkok,,,',
      'session,S2,parallel,Leaving no one behind,Không để ai bị bỏ lại phía sau,Room 1,Inclusion,2024-10-29T11:00,2024-10-29T12:30,,,,',
      'slot,S2,,,,,,2024-10-29T11:00,,,"Sơn La: building a learning city that leaves no one behind",25,sonla@import.test',
    ].join('\r\n');
    const response = await importCsv(csv);
    expect(response.statusCode).toBe(201);
    expect(response.body).toEqual({ sessions: 2, slots: 1 });
    const sessions = (await t.request('GET', `/events/${slug}/sessions`, { token: admin })).body;
    expect(sessions.map((s: { title: { vi: string } }) => s.title.vi)).toEqual(['Khai mạc', 'Không để ai bị bỏ lại phía sau']);
    expect(sessions[1].slots[0]).toEqual(
      expect.objectContaining({ start: '2024-10-29T11:00:00+07:00', speakers: [expect.objectContaining({ name: 'Đại diện Sơn La' })] }),
    );
  });

  it('refuses a file that is not CSV of the expected columns', async () => {
    expect((await importCsv('a,b\n1,2')).statusCode).toBe(422);
    expect((await t.request('POST', `/events/${slug}/sessions/import`, { token: admin, body: { not: 'csv' } })).statusCode).toBe(415);
  });
});
