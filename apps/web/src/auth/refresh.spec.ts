import { describe, expect, it } from '@jest/globals';
import { refreshingFetch, sessionRefresher, tokenExpired, tokenSubject } from './refresh';

function memoryTokens(initial: string | null) {
  let token = initial;
  return { get: () => token, set: (next: string | null) => void (token = next) };
}

/** What a lock shared by tabs does: tasks run one after another, never side by side. */
function sharedLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const jwt = (claims: object) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.s`;

describe('sessionRefresher', () => {
  it('renews once for any number of requests that failed with the same token', async () => {
    const tokens = memoryTokens('old');
    let renewals = 0;
    const refresh = sessionRefresher({ tokens, exclusive: sharedLock(), renew: async () => `new-${++renewals}` });
    const results = await Promise.all([refresh('old'), refresh('old'), refresh('old')]);
    expect(results).toEqual(['new-1', 'new-1', 'new-1']);
    expect(renewals).toBe(1);
    expect(tokens.get()).toBe('new-1');
  });

  it('takes the token another tab renewed while it waited, instead of spending the refresh token again', async () => {
    const tokens = memoryTokens('old');
    const exclusive = sharedLock();
    let renewals = 0;
    const renew = async () => `new-${++renewals}`;
    // Two tabs: each has its own refresher, both share storage and the lock.
    const tabA = sessionRefresher({ tokens, exclusive, renew });
    const tabB = sessionRefresher({ tokens, exclusive, renew });
    expect(await Promise.all([tabA('old'), tabB('old')])).toEqual(['new-1', 'new-1']);
    expect(renewals).toBe(1);
  });

  it('signs out when the session is over, but keeps it when the server could not be reached', async () => {
    const over = memoryTokens('old');
    expect(await sessionRefresher({ tokens: over, exclusive: sharedLock(), renew: async () => null })('old')).toBeNull();
    expect(over.get()).toBeNull();
    const offline = memoryTokens('old');
    const unreachable = sessionRefresher({ tokens: offline, exclusive: sharedLock(), renew: () => Promise.reject(new TypeError('fetch failed')) });
    expect(await unreachable('old')).toBeNull();
    expect(offline.get()).toBe('old');
  });
});

describe('refreshingFetch', () => {
  const api = (answers: Record<string, number>) => {
    const seen: Array<{ path: string; authorization: string | null; body: string }> = [];
    const fetch = async (request: Request) => {
      const authorization = request.headers.get('authorization');
      seen.push({ path: new URL(request.url).pathname, authorization, body: await request.text() });
      return new Response('{}', { status: authorization === 'Bearer fresh' ? 200 : (answers[new URL(request.url).pathname] ?? 200) });
    };
    return { fetch, seen };
  };

  it('refreshes on a 401 and sends the request again, body included, with the new token', async () => {
    const { fetch, seen } = api({ '/events': 401 });
    const stale: Array<string | null> = [];
    const send = refreshingFetch(fetch, async (token) => (stale.push(token), 'fresh'));
    const response = await send(new Request('http://app.test/events', { method: 'POST', headers: { authorization: 'Bearer old' }, body: '{"name":"x"}' }));
    expect(response.status).toBe(200);
    expect(stale).toEqual(['old']);
    expect(seen).toEqual([
      { path: '/events', authorization: 'Bearer old', body: '{"name":"x"}' },
      { path: '/events', authorization: 'Bearer fresh', body: '{"name":"x"}' },
    ]);
  });

  it('returns the 401 when the session cannot be renewed, and never refreshes for sign-in requests or anonymous ones', async () => {
    const { fetch, seen } = api({ '/events': 401, '/auth/login': 401 });
    let refreshes = 0;
    const send = refreshingFetch(fetch, async () => (refreshes++, null));
    expect((await send(new Request('http://app.test/events', { headers: { authorization: 'Bearer old' } }))).status).toBe(401);
    expect(refreshes).toBe(1);
    expect((await send(new Request('http://app.test/auth/login', { method: 'POST', headers: { authorization: 'Bearer old' }, body: '{}' }))).status).toBe(401);
    expect((await send(new Request('http://app.test/events'))).status).toBe(401);
    expect(refreshes).toBe(1);
    expect(seen).toHaveLength(3);
  });
});

describe('token claims', () => {
  it('reads expiry and subject without trusting them, and treats an unreadable token as unexpired', () => {
    const token = jwt({ sub: 'u1', exp: 1000 });
    expect(tokenExpired(token, 989_000)).toBe(false);
    expect(tokenExpired(token, 991_000)).toBe(true);
    expect(tokenSubject(token)).toBe('u1');
    expect(tokenExpired('nonsense')).toBe(false);
    expect(tokenSubject(null)).toBeNull();
  });
});
