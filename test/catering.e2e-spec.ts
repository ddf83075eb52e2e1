import { parse } from 'csv-parse/sync';
import { createEvent, delegateInput as delegate } from './support/people.js';
import { eventDay as day, openForRegistration, registerConfirmed } from './support/confirmed-delegates.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('catering counts', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const openEvent = (slug: string) => openForRegistration(t, slug, { startDate: day(-1), endDate: day(1), capacity: 100 });
  const register = (slug: string, email: string, needs: Record<string, unknown> = {}) => registerConfirmed(t, slug, delegate(email, needs));

  it('counts confirmed delegates per meal by dietary choice, and those checked in on the meal’s day', async () => {
    const slug = 'catering-counts';
    await openEvent(slug);
    const lan = await register(slug, 'lan@catering.test', { dietaryChoices: ['halal'], accessibilityChoices: ['wheelchair'] });
    await register(slug, 'aziz@catering.test', { dietaryChoices: ['halal', 'nut-allergy'], dietaryNeeds: 'No coriander' });
    await register(slug, 'somchai@catering.test', { dietaryChoices: ['vegetarian'], accessibilityNeeds: 'Seat near the door' });
    const plain = await register(slug, 'minh@catering.test');
    const gone = await register(slug, 'gone@catering.test', { dietaryChoices: ['vegan'], accessibilityChoices: ['wheelchair'] });
    expect((await t.request('POST', `/events/${slug}/registrations/${gone.id}/cancel`, { token: admin })).statusCode).toBe(200);
    for (const person of [lan, plain])
      expect((await t.request('POST', `/events/${slug}/check-ins`, { token: admin, body: { badgeCode: person.badgeCode } })).statusCode).toBe(201);

    for (const meal of [
      { day: day(1), kind: 'dinner', venue: 'Riverside terrace' },
      { day: day(0), kind: 'lunch' },
      { day: day(0), kind: 'coffee', venue: 'Foyer' },
    ])
      expect((await t.request('POST', `/events/${slug}/meals`, { token: admin, body: meal })).statusCode).toBe(201);

    const counts = await t.request('GET', `/events/${slug}/catering`, { token: admin });
    expect(counts.statusCode).toBe(200);
    expect(counts.body.meals.map((meal: { day: string; kind: string }) => [meal.day, meal.kind])).toEqual([
      [day(0), 'coffee'],
      [day(0), 'lunch'],
      [day(1), 'dinner'],
    ]);
    const lunch = counts.body.meals[1];
    expect(lunch).toMatchObject({ venue: '', confirmed: 4, checkedIn: 2 });
    // No special need first, then the choices in list order, then free text; Aziz counts under halal, nuts and
    // "other" but is one plate in the total; the cancelled vegan is not cooked for.
    expect(lunch.needs).toEqual([
      { need: '', confirmed: 1, checkedIn: 1 },
      { need: 'vegetarian', confirmed: 1, checkedIn: 0 },
      { need: 'halal', confirmed: 2, checkedIn: 1 },
      { need: 'nut-allergy', confirmed: 1, checkedIn: 0 },
      { need: 'other', confirmed: 1, checkedIn: 0 },
    ]);
    expect(counts.body.accessibility).toEqual([
      { need: '', confirmed: 2 },
      { need: 'wheelchair', confirmed: 1 },
      { need: 'other', confirmed: 1 },
    ]);
    expect(counts.body.meals[2]).toMatchObject({ venue: 'Riverside terrace', confirmed: 4, checkedIn: 0 });

    const csv = await t.request('GET', `/events/${slug}/catering.csv`, { token: admin });
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows: Record<string, string>[] = parse(csv.text, { bom: true, columns: true });
    expect(rows).toHaveLength(15);
    expect(rows[5]).toEqual({ day: day(0), meal: 'lunch', venue: '', dietaryNeed: 'No special needs', confirmed: '1', checkedIn: '1' });
    expect(rows[7]).toMatchObject({ meal: 'lunch', dietaryNeed: 'halal', confirmed: '2', checkedIn: '1' });
    expect(rows[9]).toMatchObject({ meal: 'lunch', dietaryNeed: 'Other (see registrations)', confirmed: '1' });

    // The accessibility counts as their own sheet, for the venue, in the same style: English header, words for the lines that are not choices.
    const access = await t.request('GET', `/events/${slug}/accessibility.csv`, { token: admin });
    expect(access.statusCode).toBe(200);
    expect(access.headers['content-type']).toContain('text/csv');
    expect(access.headers['content-disposition']).toBe('attachment; filename="accessibility.csv"');
    expect(access.text).toBe('accessibilityNeed,confirmed\r\nNo special needs,2\r\nwheelchair,1\r\nOther (see registrations),1\r\n');

    expect((await t.request('DELETE', `/events/${slug}/meals/${lunch.id}`, { token: admin })).statusCode).toBe(204);
    expect((await t.request('GET', `/events/${slug}/catering`, { token: admin })).body.meals).toHaveLength(2);
    expect((await t.request('DELETE', `/events/${slug}/meals/${lunch.id}`, { token: admin })).body.code).toBe('MEAL_NOT_FOUND');
  });

  it('refuses an unknown need choice by name, and keeps the choices when the free text is erased', async () => {
    const slug = 'catering-choices';
    await openEvent(slug);
    const unknown = await t.request('POST', `/events/${slug}/registrations`, {
      body: delegate('odd@catering.test', { dietaryChoices: ['halal', 'paleo'] }),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body.message).toContain('"paleo"');
    const access = await t.request('POST', `/events/${slug}/registrations`, {
      body: delegate('odd@catering.test', { accessibilityChoices: ['jetpack'] }),
    });
    expect(access.statusCode).toBe(400);
    expect(access.body.message).toContain('"jetpack"');
    expect((await t.request('POST', `/events/${slug}/registrations`, { body: delegate('odd@catering.test', { dietaryChoices: 'halal' }) })).statusCode).toBe(
      400,
    );

    const created = await t.request('POST', `/events/${slug}/registrations`, {
      body: delegate('kim@catering.test', { dietaryChoices: ['vegan'], dietaryNeeds: 'No garlic', accessibilityChoices: ['large-print'] }),
    });
    expect(created.body).toMatchObject({ dietaryChoices: ['vegan'], dietaryNeeds: 'No garlic', accessibilityChoices: ['large-print'] });
    const list = await t.request('GET', `/events/${slug}/registrations`, { token: admin });
    expect(list.body.items[0]).toMatchObject({ dietaryChoices: ['vegan'], accessibilityChoices: ['large-print'] });
    const csv: Record<string, string>[] = parse((await t.request('GET', `/events/${slug}/registrations.csv`, { token: admin })).text, {
      bom: true,
      columns: true,
    });
    expect(csv[0]).toMatchObject({ dietaryChoices: 'vegan', dietaryNeeds: 'No garlic', accessibilityChoices: 'large-print' });
  });

  it('refuses a meal twice, outside the event’s days or of an unknown kind, and keeps events apart', async () => {
    const slug = 'catering-refusals';
    await openEvent(slug);
    await createEvent(t, 'catering-other', day(-1), day(1));
    const meal = { day: day(0), kind: 'lunch', venue: 'Hall B' };
    expect((await t.request('POST', `/events/${slug}/meals`, { token: admin, body: meal })).statusCode).toBe(201);
    const twice = await t.request('POST', `/events/${slug}/meals`, { token: admin, body: meal });
    expect(twice.statusCode).toBe(409);
    expect(twice.body.code).toBe('MEAL_EXISTS');
    const outside = await t.request('POST', `/events/${slug}/meals`, { token: admin, body: { day: day(5), kind: 'lunch' } });
    expect(outside.statusCode).toBe(422);
    expect(outside.body).toMatchObject({ code: 'MEAL_DAY_OUTSIDE_EVENT', data: { startDate: day(-1), endDate: day(1) } });
    expect((await t.request('POST', `/events/${slug}/meals`, { token: admin, body: { day: day(0), kind: 'brunch' } })).statusCode).toBe(400);
    expect((await t.request('POST', `/events/${slug}/meals`, { token: admin, body: { day: '2030-02-30', kind: 'lunch' } })).statusCode).toBe(400);
    expect((await t.request('GET', `/events/${slug}/catering`)).statusCode).toBe(401);
    expect((await t.request('GET', `/events/${slug}/accessibility.csv`)).statusCode).toBe(401);

    const mine = (await t.request('GET', `/events/${slug}/catering`, { token: admin })).body.meals[0];
    expect((await t.request('DELETE', `/events/catering-other/meals/${mine.id}`, { token: admin })).statusCode).toBe(404);
    expect((await t.request('GET', `/events/catering-other/catering`, { token: admin })).body.meals).toEqual([]);
  });
});
