import { describe, expect, it } from '@jest/globals';
import { retryAfterMs, retryingFetch } from './retry';

const answer = (status: number, retryAfter?: string) =>
  new Response(JSON.stringify({ statusCode: status }), { status, headers: retryAfter ? { 'retry-after': retryAfter } : {} });

function fakeApi(statuses: Array<[number, string?]>) {
  const seen: Array<{ method: string; body: string }> = [];
  const waits: number[] = [];
  const fetchOnce = async (request: Request) => {
    seen.push({ method: request.method, body: await request.text() });
    const [status, retryAfter] = statuses[Math.min(seen.length - 1, statuses.length - 1)];
    return answer(status, retryAfter);
  };
  const fetch = retryingFetch(fetchOnce, { attempts: 3, maxDelayMs: 5000, sleep: async (ms) => void waits.push(ms) });
  return { fetch, seen, waits };
}

describe('retryingFetch', () => {
  it('sends a GET again after the Retry-After of a 503, and returns the answer that came through', async () => {
    const { fetch, seen, waits } = fakeApi([[503, '2'], [200]]);
    expect((await fetch(new Request('http://api.test/events'))).status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('sends a PUT again with its body intact', async () => {
    const { fetch, seen } = fakeApi([[503, '1'], [503, '1'], [200]]);
    const response = await fetch(new Request('http://api.test/events/x/registration-settings', { method: 'PUT', body: '{"capacity":5}' }));
    expect(response.status).toBe(200);
    expect(seen.map((call) => call.body)).toEqual(['{"capacity":5}', '{"capacity":5}', '{"capacity":5}']);
  });

  it('gives up after the last attempt, returning the 503, and caps each wait', async () => {
    const { fetch, seen, waits } = fakeApi([[503, '120']]);
    expect((await fetch(new Request('http://api.test/events'))).status).toBe(503);
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([5000, 5000]);
  });

  it('never sends a POST twice unless it carries an Idempotency-Key', async () => {
    const plain = fakeApi([[503, '1'], [201]]);
    expect((await plain.fetch(new Request('http://api.test/events/x/registrations', { method: 'POST', body: '{}' }))).status).toBe(503);
    expect(plain.seen).toHaveLength(1);
    const keyed = fakeApi([[503, '1'], [201]]);
    const request = new Request('http://api.test/events/x/registrations', { method: 'POST', body: '{}', headers: { 'idempotency-key': 'k1' } });
    expect((await keyed.fetch(request)).status).toBe(201);
  });

  it('does not retry other errors', async () => {
    const { fetch, seen } = fakeApi([[500], [200]]);
    expect((await fetch(new Request('http://api.test/events'))).status).toBe(500);
    expect(seen).toHaveLength(1);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3', 1000)).toBe(3000);
    expect(retryAfterMs(null, 1000)).toBe(1000);
    expect(retryAfterMs('Thu, 03 Dec 2026 20:00:05 GMT', 1000, Date.parse('2026-12-03T20:00:00Z'))).toBe(5000);
    expect(retryAfterMs('soon', 1000)).toBe(1000);
  });
});
