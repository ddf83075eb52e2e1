import { readPdf } from './support/pdf.js';
import { openForRegistration } from './support/confirmed-delegates.js';
import { delegateInput as delegate } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('badge layout', () => {
  let t: TestApp;
  let admin: string;
  const slug = 'badge-layouts';

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await openForRegistration(t, slug, { capacity: 100 });
    const minister = delegate('minister@badges.test', {
      fullName: 'Phạm Thị Hoa',
      protocol: { honorific: 'H.E.' },
      dietaryChoices: ['halal', 'gluten-free'],
    });
    expect((await t.request('POST', `/events/${slug}/registrations`, { body: minister })).statusCode).toBe(201);
    const delegation = await t.request('POST', `/events/${slug}/delegations`, {
      body: {
        city: 'Huế',
        country: 'VN',
        gnlcMember: true,
        head: delegate('head@badges.test', { fullName: 'Trần Văn Hùng' }),
        members: Array.from({ length: 10 }, (_, i) => delegate(`member${i}@badges.test`, { fullName: `Lê Văn Thành ${i + 1}` })),
      },
    });
    expect(delegation.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  const badges = async () => {
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/events/${slug}/badges.pdf`, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { pdf: readPdf(bytes), mediaBoxes: [...bytes.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((match) => match[1].trim()) };
  };

  it('prints the default A6 badge, one per page, until the organisers choose', async () => {
    expect((await t.request('GET', `/events/${slug}/badge-layout`, { token: admin })).body).toEqual({
      size: 'a6',
      fields: ['organisation', 'country', 'category', 'qr'],
      sheet: false,
      perSheet: 4,
    });
    const { pdf, mediaBoxes } = await badges();
    expect(pdf.pages).toBe(12);
    expect(new Set(mediaBoxes)).toEqual(new Set(['0 0 297.637795 419.527559']));
    expect(pdf.pageTexts[0]).toContain('Sở Giáo dục và Đào tạo Hà Nội');
    expect(pdf.pageTexts[0]).toContain('Viet Nam');
    expect(pdf.pageTexts[0]).not.toContain('H.E.');
  });

  it('prints the chosen fields on CR80 cards, ten to an A4 sheet with crop marks', async () => {
    const chosen = await t.request('PUT', `/events/${slug}/badge-layout`, {
      token: admin,
      body: { size: 'cr80', fields: ['qr', 'honorific', 'delegation'], sheet: true },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.body).toEqual({ size: 'cr80', fields: ['honorific', 'delegation', 'qr'], sheet: true, perSheet: 10 });
    expect((await t.request('GET', `/events/${slug}/badge-layout`, { token: admin })).body).toEqual(chosen.body);

    const { pdf, mediaBoxes } = await badges();
    // Twelve badges: ten on the first sheet, two on the second.
    expect(pdf.pages).toBe(2);
    expect(new Set(mediaBoxes)).toEqual(new Set(['0 0 595.275591 841.889764']));
    const text = pdf.pageTexts.join('\n');
    expect(text).toContain('H.E. Phạm Thị Hoa');
    expect(text).toContain('Huế');
    expect(text).not.toContain('Sở Giáo dục');
    expect(text).not.toContain('Viet Nam');
    expect(text).not.toContain('DELEGATE');
    expect(pdf.pageTexts[1]).toContain('Lê Văn Thành 10');
  });

  it('prints the holder’s dietary choices as lettered icons only when the organisers choose', async () => {
    const minister = (text: string[]) => text.find((page) => page.includes('Phạm Thị Hoa')) ?? '';
    // The icons stand on a line of their own; a badge code that happens to hold "GF" is not one.
    const icons = /^H?GF$/m;
    const without = await badges();
    expect(minister(without.pdf.pageTexts)).not.toMatch(icons);
    const chosen = await t.request('PUT', `/events/${slug}/badge-layout`, {
      token: admin,
      body: { size: 'a6', fields: ['dietary-icons', 'qr'], sheet: false },
    });
    expect(chosen.body.fields).toEqual(['qr', 'dietary-icons']);
    const { pdf } = await badges();
    // "H" and "GF" in their circles, side by side on one line.
    expect(minister(pdf.pageTexts)).toMatch(/^HGF$/m);
    // Those who chose nothing carry no icon.
    expect(pdf.pageTexts.find((page) => page.includes('Trần Văn Hùng'))).not.toMatch(icons);
  });

  it('prints 4 × 3 in cards one per page when sheets are off', async () => {
    await t.request('PUT', `/events/${slug}/badge-layout`, { token: admin, body: { size: '4x3in', fields: ['category', 'country'], sheet: false } });
    const { pdf, mediaBoxes } = await badges();
    expect(pdf.pages).toBe(12);
    expect(new Set(mediaBoxes)).toEqual(new Set(['0 0 288 216']));
    expect(pdf.pageTexts[0]).toContain('DELEGATE');
  });

  it('refuses an unknown size or field, a field twice, and people who are not organisers', async () => {
    for (const body of [
      { size: 'a5', fields: [], sheet: false },
      { size: 'a6', fields: ['photo'], sheet: false },
      { size: 'a6', fields: ['qr', 'qr'], sheet: false },
      { size: 'a6', fields: ['qr'] },
    ]) {
      const response = await t.request('PUT', `/events/${slug}/badge-layout`, { token: admin, body });
      expect([response.statusCode, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await t.request('GET', `/events/${slug}/badge-layout`)).statusCode).toBe(401);
  });
});
