import type { TestApp } from './test-app.js';

/** The event's National Commission for a country, added on first use, as nominations must name one. */
export async function commissionFor(
  t: TestApp,
  slug: string,
  country: string,
  token: string,
  name = `National Commission for UNESCO (${country})`,
): Promise<string> {
  const listed = (await t.request('GET', `/events/${slug}/awards/commissions`)).body as { id: string; country: string }[];
  const found = listed.find((commission) => commission.country === country);
  if (found) return found.id;
  const created = await t.request('POST', `/events/${slug}/awards/commissions`, { token, body: { name, country } });
  if (created.statusCode !== 201) throw new Error(`commission for ${country}: ${created.statusCode} ${JSON.stringify(created.body)}`);
  return created.body.id;
}

/** The National Commission of a registry city's country. */
export async function commissionForCity(t: TestApp, slug: string, cityId: string, token: string): Promise<string> {
  const cities = (await t.request('GET', `/events/${slug}/awards/cities`)).body as { id: string; country: string }[];
  const city = cities.find((row) => row.id === cityId);
  if (!city) throw new Error(`no city ${cityId}`);
  return commissionFor(t, slug, city.country, token);
}
