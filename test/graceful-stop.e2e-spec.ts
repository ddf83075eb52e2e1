import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, expectEventually, type TestDatabase } from '@app/testing';
import { spawnApi, type SpawnedApi, waitForHealthy } from './support/spawned-api.js';

/** Ctrl-C on `npm start` with a browser connected: the api must stop within seconds, not when the browser lets go. */
describe('stopping the api with a keep-alive client', () => {
  let database: TestDatabase;
  let dataDir: string;
  let api: SpawnedApi | undefined;
  let socket: Socket | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-stop-'));
  });
  afterAll(async () => {
    socket?.destroy();
    await api?.stop('SIGKILL');
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes a connection whose request was in flight at SIGTERM once its response is out, and exits', async () => {
    api = await spawnApi({ DATABASE_URL: database.url, DATA_DIR: dataDir, LOAD_DEMO: 'false', ADMIN_PASSWORD: 'graceful-stop-password' });
    await waitForHealthy(api, 60_000);

    // A request whose body is still arriving when the signal comes: in flight, on a keep-alive connection.
    const { port } = new URL(api.baseUrl);
    socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    const closed = new Promise<void>((done) => socket!.once('close', () => done()));
    const body = JSON.stringify({ email: 'nobody@plenary.local', password: 'wrong-password' });
    await new Promise<void>((done) => socket!.once('connect', () => done()));
    socket.write(
      `POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((done) => setTimeout(done, 300));

    const signalled = Date.now();
    api.process.kill('SIGTERM');
    await expectEventually(() => expect(api!.output()).toContain('SIGTERM: shutting down'));
    socket.write(body.slice(10));

    expect(await api.exited).toBe(0);
    // Fastify keeps an idle keep-alive connection for 72 s: the stop must not wait for it.
    expect(Date.now() - signalled).toBeLessThan(10_000);
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 \d{3} /);
  }, 120_000);
});
