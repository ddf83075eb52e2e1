import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, expectEventually, type TestDatabase } from '@app/testing';
import { freePort, spawnApi, type SpawnedApi, waitForHealthy } from './support/spawned-api.js';

const DEMO = 'aseanplus3-learning-cities-2024';

/** `PORT=<other> npm start` on a fresh database, without ADMIN_PASSWORD or PUBLIC_URL: what the person starting it sees and gets. */
describe('first start on another port', () => {
  let database: TestDatabase;
  let dataDir: string;
  let api: SpawnedApi | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-first-start-'));
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('ends start-up with the generated admin password in a frame, and mails links on its own port', async () => {
    const port = await freePort();
    expect(port).not.toBe(3000);
    api = await spawnApi({ DATABASE_URL: database.url, DATA_DIR: dataDir, PORT: String(port) });
    await waitForHealthy(api, 90_000);

    const output = await expectEventually(() => {
      const text = api!.output();
      expect(text).toContain('╝');
      return text;
    });
    const listening = output.indexOf(`Plenary on http://localhost:${port}`);
    const frameTop = output.indexOf('╔');
    expect(listening).toBeGreaterThan(-1);
    expect(frameTop).toBeGreaterThan(listening);
    const frame = output.slice(frameTop, output.indexOf('╝') + 1).split('\n');
    expect(frame.every((line) => /^[╔║╚]/.test(line))).toBe(true);
    // Every line of the frame the same width, so it reads as one block.
    expect(new Set(frame.map((line) => line.length)).size).toBe(1);
    const password = /Password: (\S+)/.exec(frame.join('\n'))![1];
    // Shown once, in the frame only.
    expect(output.split(password)).toHaveLength(2);
    expect(frame.join('\n')).toContain(`http://localhost:${port}/login`);

    const login = await fetch(`${api.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@plenary.local', password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` };
    const user = (await (
      await fetch(`${api.baseUrl}/users`, { method: 'POST', headers: auth, body: JSON.stringify({ email: 'malee@chiangmai.test', displayName: 'Malee' }) })
    ).json()) as { id: string };
    const granted = await fetch(`${api.baseUrl}/events/${DEMO}/roles`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ userId: user.id, role: 'delegate' }),
    });
    expect(granted.status).toBe(200);

    const mail = await expectEventually(() => {
      const folder = join(dataDir, 'mail');
      const files = existsSync(folder) ? readdirSync(folder) : [];
      expect(files).toHaveLength(1);
      return readFileSync(join(folder, files[0]), 'utf8');
    });
    expect(mail).toContain('malee@chiangmai.test');
    expect(mail).toContain(`http://localhost:${port}`);
    expect(mail).not.toContain('localhost:3000');
    expect(await api.stop('SIGTERM')).toBe(0);
  }, 120_000);
});
