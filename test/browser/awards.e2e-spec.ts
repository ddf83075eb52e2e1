import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectEventually } from '@app/testing';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const day = 24 * 3600_000;

/** A small but valid PDF (the API recognises dossier documents by their content, not their name). */
const DOSSIER_PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
    `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n% Surabaya learning city dossier\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
);

describe('awards pages (organiser, juror)', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let demoRound: { id: string; name: string; criteria: { id: string }[] };
  let juror: { id: string; token: string };
  let freshRound: { id: string; criteria: { id: string; name: string }[] };
  const cities = new Map<string, string>();

  const api = async (method: string, path: string, body?: unknown, token = admin) => {
    const response = await web.request(method, `/events/${DEMO}${path}`, { token, body });
    return response;
  };
  const commissionOf = async (country: string): Promise<string> =>
    ((await api('GET', '/awards/commissions')).body as { id: string; country: string }[]).find((commission) => commission.country === country)!.id;

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 0 }));
    admin = await web.adminToken();
    const rounds = await api('GET', '/awards/rounds');
    demoRound = rounds.body.find((round: { year: number }) => round.year === 2024);
    for (const city of (await api('GET', '/awards/cities')).body as { id: string; name: string }[]) cities.set(city.name, city.id);

    // A juror of the demo event, signed in with a password.
    const created = await web.request('POST', '/users', {
      token: admin,
      body: { email: 'juror.browser@jury.test', displayName: 'Kim Min-ji', language: 'en', password: 'a juror password 1' },
    });
    expect(created.status).toBe(201);
    expect((await api('POST', '/roles', { userId: created.body.id, role: 'juror' })).status).toBe(200);
    juror = { id: created.body.id, token: await web.login('juror.browser@jury.test', 'a juror password 1') };

    // A fresh round still open for judging (the demo's 2024 round closed long ago), with strict rules.
    const now = Date.now();
    const round = await api('POST', '/awards/rounds', {
      name: 'Browser test round',
      year: new Date(now).getUTCFullYear(),
      rules: {
        gnlcMembershipRequired: true,
        gnlcMinMembershipMonths: 36,
        minPopulation: 200_000,
        yearsSinceLastAward: null,
        maxNominationsPerBody: null,
        maxWinnersPerCountry: 1,
        regionQuota: 3,
      },
      criteria: [
        { name: 'Planning and governance', weight: 1.5 },
        { name: 'Inclusive lifelong learning', weight: 2 },
        { name: 'Sustainability', weight: 1 },
      ],
      nominationDeadline: new Date(now + day).toISOString(),
      judgingDeadline: new Date(now + 7 * day).toISOString(),
    });
    expect(round.status).toBe(201);
    freshRound = round.body;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the judged 2024 round to the organiser: rules, results per region against the quota, and a refused confirmation past it', async () => {
    // Six winners from six countries fill the quota of Asia and the Pacific.
    const results = (await api('GET', `/awards/rounds/${demoRound.id}/results`)).body;
    const ranked: { nominationId: string; city: string; country: string }[] = results.regions[0].nominations;
    const countries = new Set<string>();
    const chosen = ranked.filter((row) => !countries.has(row.country) && countries.add(row.country)).slice(0, 6);
    for (const row of chosen) expect((await api('POST', `/awards/rounds/${demoRound.id}/winners`, { nominationId: row.nominationId })).status).toBe(200);
    const seventh = ranked.find((row) => !chosen.includes(row) && !chosen.some((winner) => winner.country === row.country))!;

    const context = await openContext(browser, web, { token: admin, phone: true });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards`);
    await page.getByRole('heading', { level: 1, name: 'Learning City Award' }).waitFor();
    await page.getByRole('link', { name: demoRound.name }).click();
    await page.getByRole('heading', { level: 1, name: demoRound.name }).waitFor();
    expect(await page.getByRole('row', { name: /Asia and the Pacific/ }).textContent()).toContain('6 cities');
    // The eight criteria of the 2024 call, which gives them no weights: each weighs 1.
    expect(await page.getByRole('row', { name: /Contributions to GNLC activities/ }).textContent()).toContain('1');
    await page.getByText('Judging closed', { exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Parts of this round' }).getByRole('link', { name: 'Results' }).click();
    const region = page.getByRole('region', { name: 'Asia and the Pacific' });
    await region.getByText('Winners confirmed: 6 of 6').waitFor();
    await region.getByText('The quota is full.').waitFor();
    expect(await region.getByRole('row').count()).toBe(1 + ranked.length);
    await page.getByText(/Ties are broken, in order, by more jurors having scored/).waitFor();
    // Each juror's scores behind a nomination's weighted mean.
    const first = region.getByRole('row').nth(1);
    await first.getByText('Scores by juror').click();
    await first.getByText(/Demo juror \(Philippines\) \(Philippines\)/).waitFor();
    expect(
      await first
        .getByText(/Contributions to GNLC activities: \d+/)
        .first()
        .isVisible(),
    ).toBe(true);

    await region.getByRole('button', { name: `Confirm ${seventh.city} as winner` }).click();
    const refusal = region.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Asia and the Pacific already has its quota of 6 winner(s) in this round');
    const after = (await api('GET', `/awards/rounds/${demoRound.id}/results`)).body;
    expect(after.regions[0].winners).toBe(6);
    expect(after.regions[0].nominations.find((row: { nominationId: string }) => row.nominationId === seventh.nominationId).winner).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await screenshot(page, 'awards-results-360px');
    await context.close();
  });

  it('opens a new round from the form, deadlines read in the event’s time zone, with the API’s field errors beside the fields', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards`);
    await page.getByRole('button', { name: 'Open a new round' }).click();
    await page.getByLabel(/^Name of the round \(required\)/).fill('UNESCO Learning City Award 2027');
    await page.getByLabel(/^Award year/).fill('2027');
    await page.getByLabel(/^Nominations close/).fill('2027-03-01T17:00');
    await page.getByLabel(/^Judging closes/).fill('2027-06-30T23:59');
    await page.getByLabel('Asia and the Pacific').fill('4');
    // The criterion is left without a name: the API's message shows under that field.
    await page.getByRole('button', { name: 'Open the round' }).click();
    const criterion = page.getByRole('textbox', { name: /^Criterion 1 \(required\)/ });
    await criterion.and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await page.locator('.field-error').first().textContent()).toContain('name must be longer than or equal to 1 characters');

    await criterion.fill('Planning and governance');
    await page.getByLabel(/^Weight of criterion 1/).fill('1.5');
    // The criterion's description in the first language and, beside it, in Vietnamese.
    await page.getByRole('textbox', { name: /^Description of criterion 1$/ }).fill('A plan the city council adopted');
    await page.getByRole('textbox', { name: /^Description of criterion 1 \(vi\)/ }).fill('Kế hoạch được hội đồng thành phố thông qua');
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await page.getByRole('textbox', { name: /^Criterion 2 \(required\)/ }).fill('Inclusive lifelong learning');
    await page.getByLabel(/^Weight of criterion 2/).fill('2');
    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByText('The round is open. Add nominations, then the jury.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'UNESCO Learning City Award 2027' }).waitFor();

    const created = (
      (await api('GET', '/awards/rounds')).body as {
        name: string;
        nominationDeadline: string;
        judgingDeadline: string;
        regionQuotas: unknown;
        criteria: unknown[];
      }[]
    ).find((round) => round.name === 'UNESCO Learning City Award 2027')!;
    // 17:00 in Bangkok (GMT+7) is 10:00 UTC.
    expect(new Date(created.nominationDeadline).toISOString()).toBe('2027-03-01T10:00:00.000Z');
    expect(new Date(created.judgingDeadline).toISOString()).toBe('2027-06-30T16:59:00.000Z');
    expect(created.regionQuotas).toEqual([{ region: 'asia-pacific', quota: 4 }]);
    expect(created.criteria).toEqual([
      expect.objectContaining({
        name: 'Planning and governance',
        weight: 1.5,
        description: 'A plan the city council adopted',
        translations: { vi: { description: 'Kế hoạch được hội đồng thành phố thông qua' } },
      }),
      expect.objectContaining({ name: 'Inclusive lifelong learning', weight: 2 }),
    ]);
    expect(await page.getByRole('row', { name: /Asia and the Pacific/ }).textContent()).toContain('4 cities');
    await screenshot(page, 'awards-round-created');
    await context.close();
  });

  it('shows the ceremony run of show as a readable list, with the PDF to download', async () => {
    // A confirmed winner of the demo round (the first test confirms six) is added to the run of show below.
    const ranked = (await api('GET', `/awards/rounds/${demoRound.id}/results`)).body.regions[0].nominations;
    let winner = ranked.find((row: { winner: boolean }) => row.winner);
    if (!winner) {
      expect((await api('POST', `/awards/rounds/${demoRound.id}/winners`, { nominationId: ranked[0].nominationId })).status).toBe(200);
      winner = ranked[0];
    }
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards/ceremony`);
    await page.getByRole('heading', { level: 1, name: 'Ceremony run of show' }).waitFor();
    const list = page.getByRole('list', { name: 'Run of show' });
    await list.getByText('Welcome to the new members of the UNESCO Global Network of Learning Cities').waitFor();
    expect(await list.textContent()).toContain(
      'Cities recognised: Nanjing (China), Legazpi (Philippines), Bangkok (Thailand), Khon Kaen (Thailand), Yala (Thailand), Ho Chi Minh City (Viet Nam), Sơn La (Viet Nam)',
    );
    expect(await list.textContent()).toContain('14:00–14:10');
    expect(await list.textContent()).toContain('On stage: Director, UNESCO Bangkok; representative of Sơn La');
    await page
      .getByText(/Asia\/Bangkok \(GMT\+7\)/)
      .first()
      .waitFor();

    // A confirmed winner is presented after the recognitions.
    await page.getByText('Add an award presentation').click();
    await page.getByRole('combobox', { name: /^Winning city/ }).selectOption(winner.nominationId);
    await page.getByLabel('Presented by').fill('Director, UNESCO Institute for Lifelong Learning');
    await page.getByLabel(/^Minutes/).fill('10');
    await page.getByRole('button', { name: 'Add to the run of show' }).click();
    await page.getByText(`The presentation for ${winner.city} is added at the end.`).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(9);
    expect(await list.getByRole('listitem').nth(8).textContent()).toContain('14:45–14:55');
    const sessionId = (await api('GET', '/sessions')).body.find((session: { type: string }) => session.type === 'ceremony').id;
    const saved = (await api('GET', `/ceremonies/${sessionId}/run-of-show`)).body;
    expect(saved.items.map((item: { kind: string; nominationId: string | null }) => [item.kind, item.nominationId])).toEqual([
      ['recognition', null],
      ...Array(7).fill(['membership', null]),
      ['award', winner.nominationId],
    ]);
    // Adding an award keeps the cues of the items already there.
    expect(saved.items[7].avCue).toBe('Slide 8: Sơn La; handover music');

    // The organiser gives the first item its title in Vietnamese, beside the first language's.
    const first = list.getByRole('listitem').nth(0);
    await first.getByText('Title of item 1').click();
    await first.getByRole('textbox', { name: 'Title (vi)' }).fill('Chào mừng các thành viên mới');
    await first.getByRole('button', { name: 'Save the title' }).click();
    await expectEventually(async () =>
      expect((await api('GET', `/ceremonies/${sessionId}/run-of-show`)).body.items[0].translations).toEqual({
        ...saved.items[0].translations,
        vi: { title: 'Chào mừng các thành viên mới' },
      }),
    );
    const titled = (await api('GET', `/ceremonies/${sessionId}/run-of-show`)).body.items;
    expect(titled.map((item: { ownTitle: string; avCue: string }) => [item.ownTitle, item.avCue])).toEqual(
      saved.items.map((item: { ownTitle: string; avCue: string }) => [item.ownTitle, item.avCue]),
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the run of show (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await screenshot(page, 'awards-ceremony');
    await context.close();
  });

  it('lets a juror score an assigned nomination in Vietnamese, saved through the API, and tells them when judging has closed', async () => {
    const surabaya = await api('POST', `/awards/rounds/${freshRound.id}/nominations`, {
      cityId: cities.get('Surabaya'),
      commissionId: await commissionOf('ID'),
      contactName: 'Learning city focal point',
      contactEmail: 'surabaya@example.org',
    });
    expect(surabaya.status).toBe(201);
    const suwon = await api('POST', `/awards/rounds/${freshRound.id}/nominations`, {
      cityId: cities.get('수원시'),
      commissionId: await commissionOf('KR'),
      contactName: 'Learning city focal point',
      contactEmail: 'suwon@example.org',
    });
    expect(suwon.status).toBe(201);
    expect((await api('POST', `/awards/rounds/${freshRound.id}/jurors`, { userId: juror.id, country: 'KR' })).status).toBe(201);
    // Suwon is in the juror's own country: it cannot be theirs, and the page never shows it.
    expect((await api('POST', `/awards/rounds/${freshRound.id}/assignments`, { userId: juror.id, nominationIds: [suwon.body.id] })).status).toBe(422);
    expect((await api('POST', `/awards/rounds/${freshRound.id}/assignments`, { userId: juror.id, nominationIds: [surabaya.body.id] })).body).toEqual({
      assigned: 1,
    });

    // The organiser's jury page shows the juror with their assignment; their own country's city cannot be ticked.
    const organiser = await openContext(browser, web, { token: admin });
    const juryPage = await organiser.newPage();
    await juryPage.goto(`/organiser/events/${DEMO}/awards/rounds/${freshRound.id}/jury`);
    const jurorCard = juryPage.getByRole('listitem').filter({ has: juryPage.getByRole('heading', { name: 'Kim Min-ji' }) });
    await jurorCard.getByText(/KR · 1 nomination assigned/).waitFor();
    await jurorCard.getByText('Assign nominations to Kim Min-ji').click();
    expect(await jurorCard.getByRole('checkbox', { name: /수원시/ }).isDisabled()).toBe(true);
    expect(await jurorCard.getByRole('checkbox', { name: /Surabaya/ }).isDisabled()).toBe(false);
    await organiser.close();

    const context = await openContext(browser, web, { token: juror.token, language: 'vi' });
    const page = await context.newPage();
    await page.goto('/jury');
    await page.getByRole('heading', { level: 1, name: 'Công việc giám khảo' }).waitFor();
    await page.getByRole('link', { name: 'Browser test round' }).click();
    await page.getByRole('heading', { level: 1, name: 'Browser test round' }).waitFor();
    const card = page.getByRole('article', { name: /Surabaya/ });
    await card.waitFor();
    expect(await page.getByRole('article').count()).toBe(1);

    const given = [7, 9, 6];
    for (const [index, criterion] of freshRound.criteria.entries()) await card.getByLabel(`Điểm cho “${criterion.name}”`).fill(String(given[index]));
    await card.getByLabel(`Nhận xét về “${freshRound.criteria[1].name}” (không bắt buộc)`).fill('Chương trình học tập suốt đời rất toàn diện');
    await card.getByRole('button', { name: 'Lưu điểm cho Surabaya' }).click();
    await card.getByText('Đã lưu điểm của bạn cho Surabaya.').waitFor();
    await card.getByText(/Điểm của bạn, lưu lần cuối lúc/).waitFor();

    const saved = await api('GET', `/awards/jury/rounds/${freshRound.id}/nominations/${surabaya.body.id}/scores`, undefined, juror.token);
    expect(saved.status).toBe(200);
    expect(saved.body.map((score: { criterionId: string; score: number }) => [score.criterionId, score.score])).toEqual(
      freshRound.criteria.map((criterion, index) => [criterion.id, given[index]]),
    );
    expect(saved.body[1].comment).toBe('Chương trình học tập suốt đời rất toàn diện');

    // A reload shows the saved scores in the form.
    await page.reload();
    expect(await page.getByLabel(`Điểm cho “${freshRound.criteria[1].name}”`).inputValue()).toBe('9');
    await screenshot(page, 'awards-juror-scoring-vi');

    // On the demo round, whose judging deadline has passed, the page says so and the API refuses.
    const demoSurabaya = (await api('GET', `/awards/rounds/${demoRound.id}/nominations`)).body.find((row: { city: string }) => row.city === 'Surabaya');
    expect((await api('POST', `/awards/rounds/${demoRound.id}/jurors`, { userId: juror.id, country: 'KR' })).status).toBe(201);
    expect((await api('POST', `/awards/rounds/${demoRound.id}/assignments`, { userId: juror.id, nominationIds: [demoSurabaya.id] })).status).toBe(200);
    await page.goto(`/jury/events/${DEMO}/rounds/${demoRound.id}`);
    await page.getByText(/Việc chấm điểm đã kết thúc lúc .* \(giờ Bangkok, GMT\+7\)/).waitFor();
    await page.getByText('Bạn không chấm đề cử này.').waitFor();
    await page.getByRole('table', { name: 'Điểm của Demo juror (Japan)' }).waitFor();
    expect(await page.getByLabel(/Điểm cho “/).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Lưu điểm/ }).count()).toBe(0);
    const late = await api(
      'PUT',
      `/awards/jury/rounds/${demoRound.id}/nominations/${demoSurabaya.id}/scores`,
      { scores: [{ criterionId: demoRound.criteria[0].id, score: 5 }] },
      juror.token,
    );
    expect(late.status).toBe(409);
    await screenshot(page, 'awards-juror-closed-vi');
    await context.close();
  });

  it('lets a city representative nominate the city they represent', async () => {
    const created = await web.request('POST', '/users', {
      token: admin,
      body: { email: 'rep.puerto@cities.test', displayName: 'Maria Santos', language: 'en', password: 'a representative password 1' },
    });
    expect(created.status).toBe(201);
    expect((await api('POST', '/roles', { userId: created.body.id, role: 'representative' })).status).toBe(200);
    expect((await api('POST', `/awards/cities/${cities.get('Puerto Princesa')}/representatives`, { userId: created.body.id })).status).toBe(201);
    const token = await web.login('rep.puerto@cities.test', 'a representative password 1');

    const context = await openContext(browser, web, { token, phone: true });
    const page = await context.newPage();
    // The menu leads a representative to the event they represent their city at.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Nominate a city' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nominate your city' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/organiser/events/${DEMO}/awards/nominate`);
    const round = page.getByRole('region', { name: 'Browser test round' });
    const form = round.getByRole('form', { name: 'Nominate a city' });
    expect(await form.getByRole('combobox', { name: /^City/ }).inputValue()).toBe(cities.get('Puerto Princesa'));
    await form.getByLabel('Nominating National Commission').selectOption({ label: 'Philippine National Commission for UNESCO' });
    await form.getByLabel('City contact').fill('Maria Santos');
    await form.getByLabel('Contact’s email').fill('rep.puerto@cities.test');
    await form.getByRole('button', { name: 'Nominate' }).click();
    await form.getByText('Puerto Princesa is nominated.').waitFor();
    const nominations = (await api('GET', `/awards/rounds/${freshRound.id}/nominations`)).body as { city: string; nominatingBody: string }[];
    expect(nominations.find((row) => row.city === 'Puerto Princesa')?.nominatingBody).toBe('Philippine National Commission for UNESCO');
    await screenshot(page, 'awards-representative-360px');
    await context.close();
  });

  it('lists every rule a city breaks beside the nomination form, and nominates an eligible one', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards/rounds/${freshRound.id}/nominations`);
    await page.getByRole('heading', { level: 1, name: 'Nominations' }).waitFor();
    const form = page.getByRole('form', { name: 'Nominate a city' });
    await form.getByRole('combobox', { name: /^City/ }).selectOption({ label: 'Sơn La (Viet Nam)' });
    await form.getByLabel('Nominating National Commission').selectOption({ label: 'Viet Nam National Commission for UNESCO' });
    await form.getByLabel('City contact').fill('Lò Văn Hùng');
    await form.getByLabel('Contact’s email').fill('contact@sonla.example.org');
    await form.getByRole('button', { name: 'Nominate' }).click();

    const reasons = page.getByRole('complementary', { name: 'Sơn La cannot be nominated:' });
    await reasons.waitFor();
    const items = reasons.getByRole('listitem');
    expect(await items.count()).toBe(2);
    expect(await reasons.locator('li[data-rule]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rule')))).toEqual([
      'gnlcMembershipLength',
      'minPopulation',
    ]);
    expect(await reasons.textContent()).toContain('Sơn La has 108000 residents, fewer than the 200000 required');
    const nominations = (await api('GET', `/awards/rounds/${freshRound.id}/nominations`)).body as { city: string }[];
    expect(nominations.map((row) => row.city)).not.toContain('Sơn La');
    await screenshot(page, 'awards-nomination-ineligible');

    // An eligible city goes through and appears in the list.
    await form.getByRole('combobox', { name: /^City/ }).selectOption({ label: 'Petaling Jaya (Malaysia)' });
    await form.getByRole('button', { name: 'Nominate' }).click();
    await form.getByText('Petaling Jaya is nominated.').waitFor();
    await page.getByRole('rowheader', { name: /Petaling Jaya/ }).waitFor();
    expect((await api('GET', `/awards/rounds/${freshRound.id}/nominations`)).body.map((row: { city: string }) => row.city)).toContain('Petaling Jaya');
    await context.close();
  });

  it('lists the National Commissions on the awards set-up page and adds one, in Vietnamese, refusing a second for the same country', async () => {
    const context = await openContext(browser, web, { token: admin, language: 'vi' });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards`);
    const section = page.getByRole('region', { name: 'Ủy ban Quốc gia UNESCO' });
    // The demo names each Commission in the event's languages: the Vietnamese page reads the Vietnamese name.
    await section.getByRole('button', { name: 'Xóa Ủy ban Quốc gia UNESCO Việt Nam' }).waitFor();
    await section.getByLabel(/^Tên \(bắt buộc\)/).fill('Lao National Commission for UNESCO');
    await section.getByLabel(/^Nước/).fill('la');
    await section.getByRole('button', { name: 'Thêm ủy ban' }).click();
    await section.getByText('Đã thêm Lao National Commission for UNESCO.').waitFor();
    expect(((await api('GET', '/awards/commissions')).body as { country: string }[]).map((row) => row.country)).toContain('LA');
    await section.getByLabel(/^Tên \(bắt buộc\)/).fill('Another body');
    await section.getByLabel(/^Nước/).fill('VN');
    await section.getByRole('button', { name: 'Thêm ủy ban' }).click();
    await section.getByText('VN đã có Ủy ban Quốc gia UNESCO trong sự kiện này.').waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'awards-commissions-vi');
    await context.close();
  });

  it('uploads a dossier document to a nomination with progress, lists it for download, and shows the API’s refusal of a renamed text file beside the field', async () => {
    let nomination = ((await api('GET', `/awards/rounds/${freshRound.id}/nominations`)).body as { id: string; city: string }[]).find(
      (row) => row.city === 'Surabaya',
    );
    if (!nomination) {
      const created = await api('POST', `/awards/rounds/${freshRound.id}/nominations`, {
        cityId: cities.get('Surabaya'),
        commissionId: await commissionOf('ID'),
        contactName: 'Learning city focal point',
        contactEmail: 'surabaya@example.org',
      });
      expect(created.status).toBe(201);
      nomination = created.body as { id: string; city: string };
    }

    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards/rounds/${freshRound.id}/nominations`);
    await page.getByRole('heading', { level: 1, name: 'Nominations' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Surabaya/ }) });
    const input = row.getByLabel('Add a document for Surabaya');
    await input.setInputFiles({ name: 'surabaya-dossier.pdf', mimeType: 'application/pdf', buffer: DOSSIER_PDF });
    await row.getByRole('button', { name: 'Upload', exact: true }).click();
    await row.getByText('surabaya-dossier.pdf is added to the dossier.').waitFor();
    expect(await row.getByLabel('Upload to the dossier of Surabaya').getAttribute('value')).toBe('100');
    await row.getByText('100% sent').waitFor();
    const list = row.getByRole('list', { name: 'Documents in the dossier of Surabaya' });
    await list.getByText('surabaya-dossier.pdf').waitFor();

    // Through the API: the document is recorded with its file, and the stored bytes are the ones sent.
    const listed = (
      (await api('GET', `/awards/rounds/${freshRound.id}/nominations`)).body as {
        id: string;
        documents: { id: string; filename: string; contentType: string; sizeBytes: number; stored: boolean }[];
      }[]
    ).find((row) => row.id === nomination.id)!;
    const document = listed.documents.find((row) => row.filename === 'surabaya-dossier.pdf')!;
    expect(document).toEqual(expect.objectContaining({ contentType: 'application/pdf', sizeBytes: DOSSIER_PDF.length, stored: true }));
    const stored = await fetch(`${web.baseUrl}/events/${DEMO}/awards/rounds/${freshRound.id}/nominations/${nomination.id}/documents/${document.id}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(stored.status).toBe(200);
    expect(Buffer.from(await stored.arrayBuffer()).equals(DOSSIER_PDF)).toBe(true);

    // The download button hands the same file to the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Download surabaya-dossier.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('surabaya-dossier.pdf');

    // A text file renamed .pdf is refused (415); the message is the file field's own.
    await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('These are meeting notes, not a dossier.\n') });
    const refused = page.waitForResponse(
      (response) => response.url().endsWith(`/nominations/${nomination.id}/documents`) && response.request().method() === 'POST',
    );
    await row.getByRole('button', { name: 'Upload', exact: true }).click();
    expect((await refused).status()).toBe(415);
    const message = row.getByText('The file must be PDF, PNG, or JPEG (detected from the content, not the name).');
    await message.waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const messageId = await message.getAttribute('id');
    expect((await input.getAttribute('aria-describedby'))!.split(' ')).toContain(messageId);
    const after = ((await api('GET', `/awards/rounds/${freshRound.id}/nominations`)).body as { id: string; documents: { filename: string }[] }[]).find(
      (row) => row.id === nomination.id,
    )!;
    expect(after.documents.map((row) => row.filename)).not.toContain('notes.pdf');
    await screenshot(page, 'awards-dossier-upload');
    await context.close();
  });
});
