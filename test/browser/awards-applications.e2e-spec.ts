import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { DEMO, openContext, screenshot, startWebAppAndBrowser, type WebApp } from './support/web-app.js';

const PDF = Buffer.from('%PDF-1.4\n% application form\n%%EOF\n');
const CITIES = ['Sa Đéc', 'Vinh', 'Cao Lãnh'];
const ROUND = 'Learning City Award (browser test)';

describe('awards applications: the National Commission officer, the city and the secretariat', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;
  let officer: string;
  let representative: string;
  let roundId: string;
  const api = (method: string, path: string, body?: unknown, token = admin) => web.request(method, `/events/${DEMO}${path}`, { token, body });
  const account = async (email: string, name: string, role: string, password: string) => {
    const created = await web.request('POST', '/users', { token: admin, body: { email, displayName: name, language: 'en', password } });
    expect(created.status).toBe(201);
    expect((await api('POST', '/roles', { userId: created.body.id, role })).status).toBe(200);
    return { id: created.body.id as string, token: await web.login(email, password) };
  };

  beforeAll(async () => {
    ({ web, browser } = await startWebAppAndBrowser({ redisDatabase: 4 }));
    admin = await web.adminToken();
    const commissions = (await api('GET', '/awards/commissions')).body as { id: string; country: string }[];
    const vietNam = commissions.find((commission) => commission.country === 'VN')!.id;
    const natcom = await account('officer.browser@natcom.vn.test', 'Nguyễn Thị Hoa', 'commission', 'an officer password 1');
    expect((await api('POST', `/awards/commissions/${vietNam}/contacts`, { userId: natcom.id })).status).toBe(201);
    officer = natcom.token;
    const rep = await account('rep.browser@cities.vn.test', 'Lê Văn Tâm', 'representative', 'a representative password 1');
    representative = rep.token;
    const cities = new Map(((await api('GET', '/awards/cities?country=VN')).body as { id: string; name: string }[]).map((city) => [city.name, city.id]));
    for (const city of CITIES) expect((await api('POST', `/awards/cities/${cities.get(city)}/representatives`, { userId: rep.id })).status).toBe(201);
    const now = Date.now();
    const round = await api('POST', '/awards/rounds', {
      name: ROUND,
      year: new Date().getUTCFullYear(),
      rules: { gnlcMembershipRequired: true, gnlcMinMembershipMonths: 12, maxNominationsPerBody: 2 },
      criteria: [{ name: 'Planning', weight: 1 }],
      nominationDeadline: new Date(now + 24 * 3600_000).toISOString(),
      judgingDeadline: new Date(now + 48 * 3600_000).toISOString(),
    });
    expect(round.status).toBe(201);
    roundId = round.body.id;
    const checklist = await api('PUT', `/awards/rounds/${roundId}/required-documents`, {
      items: [
        { label: 'Application form signed by the mayor', kind: 'file', fileTypes: ['pdf'] },
        { label: 'Video presenting the city', kind: 'link' },
      ],
    });
    const [form, video] = checklist.body as { id: string }[];
    for (const city of CITIES) {
      const drafted = await api(
        'POST',
        `/awards/rounds/${roundId}/applications`,
        { cityId: cities.get(city), summary: `${city}: learning for all` },
        representative,
      );
      expect(drafted.status).toBe(201);
      const one = `/awards/rounds/${roundId}/applications/${drafted.body.id}`;
      const body = new FormData();
      body.append('file', new Blob([PDF]), `form-${city}.pdf`);
      const uploaded = await fetch(`${web.baseUrl}/events/${DEMO}${one}/items/${form.id}/file`, {
        method: 'POST',
        headers: { authorization: `Bearer ${representative}` },
        body,
      });
      expect(uploaded.status).toBe(201);
      expect((await api('POST', `${one}/items/${video.id}/link`, { url: 'https://video.example.org/city' }, representative)).status).toBe(201);
      // The last one stays a draft until the representative submits it from the page.
      if (city !== 'Cao Lãnh') expect((await api('POST', `${one}/submit`, {}, representative)).status).toBe(200);
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('lets the representative submit the last application from their page', async () => {
    const context = await openContext(browser, web, { token: representative });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards/apply`);
    await page.getByRole('heading', { level: 1, name: 'Our applications' }).waitFor();
    const caoLanh = page.getByRole('region', { name: /Cao Lãnh/ });
    await caoLanh.getByText('Draft', { exact: true }).waitFor();
    await caoLanh.getByRole('button', { name: 'Submit to the National Commission' }).click();
    await caoLanh.getByText('Submitted to the Commission', { exact: true }).waitFor();
    await screenshot(page, 'awards-application-en');
    await context.close();
    const phone = await openContext(browser, web, { token: representative, language: 'vi', phone: true });
    const vi = await phone.newPage();
    await vi.goto(`/organiser/events/${DEMO}/awards/apply`);
    await vi.getByRole('heading', { level: 1, name: 'Hồ sơ của chúng tôi' }).waitFor();
    await vi
      .getByRole('region', { name: /Cao Lãnh/ })
      .getByText('Đã gửi Ủy ban', { exact: true })
      .waitFor();
    await screenshot(vi, 'awards-application-vi-360px');
    await phone.close();
  });

  it('lets a Commission officer download a city’s file, then endorse two of three applications, the third refused at the limit shown on the page', async () => {
    const context = await openContext(browser, web, { token: officer });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'National Commission' }).click();
    await page.getByRole('heading', { level: 1, name: 'Applications to our National Commission' }).waitFor();
    const limit = page.getByTestId('endorsement-limit').filter({ hasText: ROUND });
    await limit.getByText(`${ROUND}: 0 of 2 endorsements used`).waitFor();

    // The officer reads the city's uploaded form before deciding: the file the city sent, under its name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('region', { name: /Sa Đéc/ })
        .getByRole('button', { name: 'Download form-Sa Đéc.pdf' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('form-Sa Đéc.pdf');
    expect((await readFile(await download.path())).equals(PDF)).toBe(true);

    for (const [index, city] of CITIES.slice(0, 2).entries()) {
      const section = page.getByRole('region', { name: new RegExp(city) });
      await section.getByRole('button', { name: 'Endorse' }).click();
      await page.getByText(`${city} is endorsed.`).waitFor();
      await limit.getByText(`${ROUND}: ${index + 1} of 2 endorsements used`).waitFor();
    }
    await limit.getByText('The limit is reached').waitFor();
    const third = page.getByRole('region', { name: /Cao Lãnh/ });
    await third.getByRole('button', { name: 'Endorse' }).click();
    const refusal = third.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('has already endorsed 2 application(s) in this round');
    await screenshot(page, 'awards-commission-en');
    const desk = (await api('GET', '/awards/commission/applications', undefined, officer)).body as { applications: { city: string; stage: string }[] };
    expect(Object.fromEntries(desk.applications.filter((a) => CITIES.includes(a.city)).map((a) => [a.city, a.stage]))).toEqual({
      'Sa Đéc': 'endorsed',
      Vinh: 'endorsed',
      'Cao Lãnh': 'submitted',
    });
    await context.close();

    const phone = await openContext(browser, web, { token: officer, language: 'vi', phone: true });
    const vi = await phone.newPage();
    await vi.goto(`/organiser/events/${DEMO}/awards/commission`);
    await vi.getByRole('heading', { level: 1, name: 'Hồ sơ gửi Ủy ban Quốc gia' }).waitFor();
    await vi.getByText(`${ROUND}: đã dùng 2/2 lượt chấp thuận`).waitFor();
    await screenshot(vi, 'awards-commission-vi-360px');
    await phone.close();
  });

  it('lets the secretariat shortlist one endorsed application and mark another not shortlisted, with the reason shown', async () => {
    const context = await openContext(browser, web, { token: admin });
    const page = await context.newPage();
    await page.goto(`/organiser/events/${DEMO}/awards/rounds/${roundId}`);
    await page.getByRole('link', { name: 'Applications', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Applications endorsed by the Commissions' }).waitFor();
    const vinh = page.getByRole('region', { name: /Vinh/ });
    await vinh.getByRole('button', { name: 'Shortlist', exact: true }).click();
    await page.getByText('Vinh is shortlisted.').waitFor();
    await vinh.getByText('Shortlisted', { exact: true }).waitFor();

    // Sa Đéc is left off the shortlist: a reason is asked for, then the city and its Commission are told.
    const saDec = page.getByRole('region', { name: /Sa Đéc/ });
    await saDec.getByRole('button', { name: 'Not shortlisted' }).click();
    await saDec.getByText('Say why the application is not shortlisted.').waitFor();
    await saDec.getByLabel('Why it is not shortlisted (sent to the city and its Commission)').fill('The plan predates the membership.');
    await saDec.getByRole('button', { name: 'Not shortlisted' }).click();
    await page.getByText('Sa Đéc is not shortlisted; the city and its Commission are told.').waitFor();
    await saDec.getByText('Not shortlisted by the secretariat: The plan predates the membership.').waitFor();
    await screenshot(page, 'awards-shortlist-en');
    const mine = (await api('GET', '/awards/applications/mine', undefined, representative)).body as { city: string; roundId: string; stage: string }[];
    expect(mine.find((a) => a.city === 'Sa Đéc' && a.roundId === roundId)!.stage).toBe('not_shortlisted');
    await context.close();
    const phone = await openContext(browser, web, { token: admin, language: 'vi', phone: true });
    const vi = await phone.newPage();
    await vi.goto(`/organiser/events/${DEMO}/awards/rounds/${roundId}/applications`);
    await vi.getByRole('heading', { level: 1, name: 'Hồ sơ được các Ủy ban chấp thuận' }).waitFor();
    await vi.getByText('Trong danh sách rút gọn', { exact: true }).first().waitFor();
    await vi.getByText('Không vào danh sách rút gọn', { exact: true }).first().waitFor();
    await screenshot(vi, 'awards-shortlist-vi-360px');
    await phone.close();
  });
});
