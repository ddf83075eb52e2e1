import { sleep } from './processes.js';

/** A JSON call to a running api; anything but 2xx throws with the answer. */
export async function call(baseUrl: string, method: string, path: string, token: string | undefined, body: unknown, headers = {}): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Until /health answers; `gone` says why the api's process is no more, if it is not. */
export async function waitForHealthy(baseUrl: string, gone: () => string | undefined, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = gone();
    if (reason) throw new Error(reason);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`api not healthy within ${timeoutMs} ms`);
}

export const BENCH_ADMIN = { email: 'bench-admin@plenary.test', password: 'bench admin password, long enough' };

/** What a built api or worker is started with in a bench: no demo, quiet, mail as fast as it goes. */
export function builtAppEnv(databaseUrl: string, dataDir: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOAD_DEMO: 'false',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-keys',
    LOG_LEVEL: 'warn',
    MAIL_RATE_PER_MINUTE: '1000000',
    OUTBOX_POLL_MS: '200',
  };
}

/** An organiser's message to every confirmed delegate, in Vietnamese and English. */
export const SHUTTLE_MESSAGE = {
  audience: { states: ['confirmed'] },
  content: [
    { language: 'vi', subject: 'Xe đưa đón lúc 08:00', body: 'Kính gửi {{name}},\n\nXe khởi hành lúc **08:00**. Trang của Quý vị: {{managementLink}}' },
    { language: 'en', subject: 'The shuttle at 08:00', body: 'Dear {{name}},\n\nThe shuttle leaves at **08:00**. Your page: {{managementLink}}' },
  ],
};
