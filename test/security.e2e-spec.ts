import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';

function expectErrorShape(body: any, statusCode: number) {
  expect(body).toEqual(expect.objectContaining({ statusCode, error: expect.any(String), message: expect.any(String) }));
}

const failedLogin = (t: TestApp, email: string, forwardedFor?: string) =>
  t.request('POST', '/auth/login', {
    body: { email, password: 'wrong-password' },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('security: behind no proxy (TRUSTED_PROXIES unset)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ignores a forged X-Forwarded-For: 40 failed logins, each from a "new" address, meet 429 before the end', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      const response = await failedLogin(t, `nobody-${attempt}@plenary.test`, `203.0.113.${attempt + 1}`);
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
  });
});

describe('security: behind a trusted proxy (TRUSTED_PROXIES=127.0.0.1)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ TRUSTED_PROXIES: '127.0.0.1', LOGIN_LIMIT_PER_IP: '3' });
  });
  afterAll(() => t.close());

  it("counts logins by the proxy's X-Forwarded-For: another client is not held by one client's limit", async () => {
    const first = [];
    for (let attempt = 0; attempt < 4; attempt++) first.push((await failedLogin(t, `someone-${attempt}@plenary.test`, '198.51.100.7')).statusCode);
    expect(first).toEqual([401, 401, 401, 429]);
    const other = await failedLogin(t, 'someone-else@plenary.test', '198.51.100.8');
    expect(other.statusCode).toBe(401);
  });
});
