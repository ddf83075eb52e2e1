import { jest } from '@jest/globals';
import { ExecutionContext } from '@nestjs/common';
import { AuthError } from './auth.error.js';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { DataSource, EntityManager } from 'typeorm';
import { EVENT_ROLES_KEY, PUBLIC_KEY } from './access.decorators.js';
import { AccessGuard } from './access.guard.js';
import { EventAccess } from './event-access.js';
import type { EventLookup } from './event-lookup.js';

const jwt = new JwtService({ secret: 'unit-test-secret-unit-test-secret!!', signOptions: { algorithm: 'HS256', expiresIn: 60 } });

function contextFor(request: object, metadata: Record<string, unknown>): ExecutionContext {
  const handler = () => undefined;
  for (const [key, value] of Object.entries(metadata)) Reflect.defineMetadata(key, value, handler);
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

/** The accounts as the database holds them now, whatever their tokens say. */
const ACCOUNTS: Record<string, { isPlatformAdmin: boolean }> = { u1: { isPlatformAdmin: false }, u2: { isPlatformAdmin: false }, a: { isPlatformAdmin: true } };

/** `roles` are the caller's roles on the event "demo"; null means there is no such event. */
function guardWith(roles: string[] | null) {
  const event = { id: 'e1', slug: 'demo', name: 'Demo', timeZone: 'Asia/Ho_Chi_Minh', startDate: '2027-01-01', endDate: '2027-01-02', languages: ['en'] };
  const bySlug = jest.fn(async (_manager: EntityManager, _slug: string) => (roles ? event : undefined));
  const events = { bySlug, slugsOf: async () => new Map() } as unknown as EventLookup;
  const query = jest.fn(async (_sql: string, _params: unknown[]) => (roles ?? []).map((role) => ({ role })));
  const users = jest.fn(async (_sql: string, [id]: string[]) => (ACCOUNTS[id] ? [{ id, email: `${id}@x.org`, sessionGeneration: 0, ...ACCOUNTS[id] }] : []));
  const dataSource = {
    manager: {},
    query: (sql: string, params: unknown[]) => (sql.includes('FROM users') ? users(sql, params as string[]) : query(sql, params)),
  } as unknown as DataSource;
  return { guard: new AccessGuard(new Reflector(), jwt, new EventAccess(dataSource, events), dataSource), query, bySlug };
}

const bearer = async (claims: object) => ({ authorization: `Bearer ${await jwt.signAsync(claims)}` });

describe('AccessGuard', () => {
  it('lets anyone through a public route, ignoring a bad token', async () => {
    const { guard } = guardWith(null);
    await expect(guard.canActivate(contextFor({ headers: { authorization: 'Bearer nonsense' } }, { [PUBLIC_KEY]: true }))).resolves.toBe(true);
  });

  it('asks for a token everywhere else', async () => {
    const { guard } = guardWith(null);
    await expect(guard.canActivate(contextFor({ headers: {} }, {}))).rejects.toMatchObject({ constructor: AuthError, code: 'UNAUTHENTICATED' });
  });

  it('lets an organiser of the event in the URL through', async () => {
    const { guard, query, bySlug } = guardWith(['organiser']);
    const request = { headers: await bearer({ sub: 'u1', email: 'o@x.org', admin: false, gen: 0 }), params: { slug: 'demo' } };
    await expect(guard.canActivate(contextFor(request, { [EVENT_ROLES_KEY]: ['organiser'] }))).resolves.toBe(true);
    expect(bySlug.mock.calls[0][1]).toBe('demo');
    expect(query.mock.calls[0][1]).toEqual(['e1', 'u1']);
    expect(request).toMatchObject({ event: { id: 'e1', slug: 'demo', roles: ['organiser'], isPlatformAdmin: false } });
  });

  it('resolves the event of a public route for an anonymous caller, and refuses an unknown one', async () => {
    const request = { headers: {}, params: { slug: 'demo' } };
    await expect(guardWith([]).guard.canActivate(contextFor(request, { [PUBLIC_KEY]: true }))).resolves.toBe(true);
    expect(request).toMatchObject({ event: { slug: 'demo', roles: [], isPlatformAdmin: false } });
    await expect(guardWith(null).guard.canActivate(contextFor({ headers: {}, params: { slug: 'x' } }, { [PUBLIC_KEY]: true }))).rejects.toMatchObject({
      code: 'EVENT_NOT_FOUND',
    });
  });

  it('forbids a user without the role on that event', async () => {
    const { guard } = guardWith([]);
    const request = { headers: await bearer({ sub: 'u2', email: 'd@x.org', admin: false, gen: 0 }), params: { slug: 'demo' } };
    await expect(guard.canActivate(contextFor(request, { [EVENT_ROLES_KEY]: ['organiser'] }))).rejects.toMatchObject({
      constructor: AuthError,
      code: 'FORBIDDEN_ROLE',
    });
  });

  it('lets a platform admin through, but not into an event that does not exist', async () => {
    const admin = { headers: await bearer({ sub: 'a', email: 'a@x.org', admin: true, gen: 0 }), params: { slug: 'demo' } };
    await expect(guardWith([]).guard.canActivate(contextFor(admin, { [EVENT_ROLES_KEY]: ['organiser'] }))).resolves.toBe(true);
    await expect(guardWith(null).guard.canActivate(contextFor(admin, { [EVENT_ROLES_KEY]: ['organiser'] }))).rejects.toMatchObject({
      constructor: AuthError,
      code: 'EVENT_NOT_FOUND',
    });
  });

  it('refuses a valid token whose account no longer exists', async () => {
    const request = { headers: await bearer({ sub: 'gone', email: 'g@x.org', admin: true, gen: 0 }) };
    await expect(guardWith(null).guard.canActivate(contextFor(request, {}))).rejects.toMatchObject({ constructor: AuthError, code: 'TOKEN_INVALID' });
  });

  it('refuses a token issued before the account signed out everywhere', async () => {
    const request = { headers: await bearer({ sub: 'u1', email: 'u1@x.org', admin: false, gen: -1 }) };
    await expect(guardWith([]).guard.canActivate(contextFor(request, {}))).rejects.toMatchObject({ constructor: AuthError, code: 'TOKEN_INVALID' });
  });

  it('takes the admin flag from the account, not the token', async () => {
    const claimsAdmin = { headers: await bearer({ sub: 'u1', email: 'u1@x.org', admin: true, gen: 0 }), params: { slug: 'demo' } };
    await expect(guardWith([]).guard.canActivate(contextFor(claimsAdmin, { [EVENT_ROLES_KEY]: ['organiser'] }))).rejects.toMatchObject({
      constructor: AuthError,
      code: 'FORBIDDEN_ROLE',
    });
  });
});
