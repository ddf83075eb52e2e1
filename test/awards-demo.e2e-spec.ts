import { readPdf } from './support/pdf.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const slug = 'aseanplus3-learning-cities-2024';

describe('awards demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOAD_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('holds the Vietnamese GNLC cities, a judged 2024 round over its Asia-Pacific quota, and the new members in the ceremony', async () => {
    const vietnam = await t.request('GET', `/events/${slug}/awards/cities?country=VN`);
    expect(vietnam.body.map((city: { name: string; gnlcMemberSince: string }) => [city.name, city.gnlcMemberSince])).toEqual([
      ['Cao Lãnh', '2022-12'],
      ['Ho Chi Minh City', '2024-02'],
      ['Sa Đéc', '2020-12'],
      ['Sơn La', '2024-02'],
      ['Vinh', '2020-12'],
    ]);
    const [round] = (await t.request('GET', `/events/${slug}/awards/rounds`)).body;
    expect(round).toEqual(expect.objectContaining({ year: 2024, closed: true, releasedAt: null }));
    expect(round.rules).toEqual(expect.objectContaining({ regionQuota: 6, gnlcMinMembershipMonths: 12, maxNominationsPerBody: 2 }));

    const admin = await t.adminToken();
    const results = await t.request('GET', `/events/${slug}/awards/rounds/${round.id}/results`, { token: admin });
    const [asia] = results.body.regions;
    expect(asia.region).toBe('asia-pacific');
    expect(asia.nominations.length).toBeGreaterThan(6);
    expect(asia.nominations.every((row: { weightedMean: number | null; jurors: number }) => row.weightedMean !== null && row.jurors >= 2)).toBe(true);
    expect(asia.nominations.filter((row: { shortlisted: boolean }) => row.shortlisted)).toHaveLength(6);

    const sessions: { id: string; type: string }[] = (await t.request('GET', `/events/${slug}/sessions`, { token: admin })).body;
    const ceremony = sessions.find((session) => session.type === 'ceremony')!;
    const runOfShow = await t.request('GET', `/events/${slug}/ceremonies/${ceremony.id}/run-of-show`, { token: admin });
    const items: { kind: string; cities: { name: string }[] }[] = runOfShow.body.items;
    expect(items.map((item) => item.kind)).toEqual(['recognition', ...Array(7).fill('membership')]);
    const members = ['Nanjing', 'Legazpi', 'Bangkok', 'Khon Kaen', 'Yala', 'Ho Chi Minh City', 'Sơn La'];
    expect(items.slice(1).map((item) => item.cities[0].name)).toEqual(members);
    const [intake] = (await t.request('GET', `/events/${slug}/awards/gnlc-intakes`, { token: admin })).body;
    expect(intake).toEqual(expect.objectContaining({ year: 2024, sessionId: ceremony.id, ceremonyStart: '2024-10-29T14:00' }));
    expect(intake.members.map((member: { city: string; admittedOn: string }) => [member.city, member.admittedOn])).toEqual(
      members.map((city) => [city, '2024-02-21']),
    );
    // The ceremony of 29 October 2024 is over: the public page lists the seven.
    const shown = (await t.request('GET', `/events/${slug}/gnlc-members`)).body as { city: string }[];
    expect(shown.map((member) => member.city)).toEqual(members);
    // Each new member has its membership certificate, under the event's identity.
    const certificates = await fetch(`${t.baseUrl}/events/${slug}/awards/gnlc-intakes/2024/certificates.pdf`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(certificates.status).toBe(200);
    const pages = readPdf(Buffer.from(await certificates.arrayBuffer())).pageTexts;
    expect(members.map((city) => pages.some((page) => page.split('\n').includes(city)))).toEqual(members.map(() => true));
  });

  it('holds the Learning City Award 2024 at the ICLC as a second event, with the published rules and criteria, applications at every stage and its illustrative winners released', async () => {
    const iclc = 'iclc6-jubail-2024';
    const event = (await t.request('GET', `/events/${iclc}`)).body;
    expect(event).toEqual(expect.objectContaining({ startDate: '2024-12-02', endDate: '2024-12-05', timeZone: 'Asia/Riyadh', country: 'SA' }));
    const [round] = (await t.request('GET', `/events/${iclc}/awards/rounds`)).body;
    expect(round).toEqual(expect.objectContaining({ name: 'UNESCO Learning City Award 2024', year: 2024 }));
    expect(round.rules).toEqual(
      expect.objectContaining({
        gnlcMinMembershipMonths: 12,
        yearsSinceLastAward: 6,
        maxNominationsPerBody: 2,
        maxWinnersPerCountry: 1,
        maxWinners: 10,
        minPopulation: null,
      }),
    );
    expect(round.criteria.map((criterion: { name: string }) => criterion.name)).toHaveLength(8);
    expect((await t.request('GET', `/events/${iclc}/awards/rounds/${round.id}/required-documents`)).body.map((item: { kind: string }) => item.kind)).toEqual([
      'file',
      'file',
      'link',
    ]);

    const admin = await t.adminToken();
    const decided: { city: string; stage: string; transitions: { to: string; by: string | null }[]; checklist: { documents: { id: string }[] }[] }[] = (
      await t.request('GET', `/events/${iclc}/awards/rounds/${round.id}/applications`, { token: admin })
    ).body;
    const stages = decided.map((application) => application.stage);
    expect(new Set(stages)).toEqual(new Set(['endorsed', 'shortlisted', 'not_shortlisted']));
    const refused = decided.find((application) => application.stage === 'not_shortlisted')!;
    expect(refused.transitions.map((row) => row.to)).toEqual(['draft', 'submitted', 'endorsed', 'not_shortlisted']);
    expect(refused.transitions.every((row) => row.by)).toBe(true);
    // Judged and released at the conference: the round is history, its illustrative winners public.
    expect(round).toEqual(expect.objectContaining({ closed: true, releasedAt: '2024-12-05T15:00:00.000Z' }));
    expect(Date.parse(round.nominationDeadline)).toBeLessThan(Date.now());
    const winners = (await t.request('GET', `/events/${iclc}/awards/rounds/${round.id}/winners`)).body;
    expect(winners.winners.map((winner: { city: string; country: string }) => [winner.city, winner.country])).toEqual([
      ['Surabaya', 'ID'],
      ['Vinh', 'VN'],
    ]);
    const results = (await t.request('GET', `/events/${iclc}/awards/rounds/${round.id}/results`, { token: admin })).body;
    const judged = results.regions.flatMap((region: { nominations: unknown[] }) => region.nominations) as {
      city: string;
      weightedMean: number | null;
      winner: boolean;
    }[];
    expect(judged.filter((row) => row.weightedMean !== null).map((row) => row.city)).toHaveLength(3);
    expect(
      judged
        .filter((row) => row.winner)
        .map((row) => row.city)
        .sort(),
    ).toEqual(['Surabaya', 'Vinh']);
    // Who confirmed and who released is kept, as for every change of stage.
    expect(results.releasedBy).toBe('Demo secretariat (UIL)');
    expect(judged.filter((row) => row.winner).map((row) => (row as unknown as { confirmedBy: string }).confirmedBy)).toEqual([
      'Demo secretariat (UIL)',
      'Demo secretariat (UIL)',
    ]);
    const [form] = decided.find((application) => application.stage === 'shortlisted')!.checklist[0].documents as unknown as {
      contentType: string;
      sizeBytes: number;
    }[];
    expect(form.contentType).toBe('application/pdf');
    expect(form.sizeBytes).toBeGreaterThan(0);
  });
});
