import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { expectEventually, spawnTracked } from '@app/testing';

export const API_MAIN = resolve('dist/apps/api/src/main.js');

export async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface SpawnedApi {
  process: ChildProcess;
  baseUrl: string;
  output(): string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the built api exactly as `npm start` does, with only the given environment on top of PATH and HOME.
 * Whatever the test does next, the process is stopped at the end of its file at the latest.
 */
export async function spawnApi(env: Record<string, string>, script = API_MAIN): Promise<SpawnedApi> {
  const port = env.PORT ?? String(await freePort());
  const child = spawnTracked(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: port, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    process: child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

export async function waitForHealthy(api: SpawnedApi, timeoutMs = 30_000): Promise<void> {
  await expectEventually(
    async () => {
      if (api.process.exitCode !== null) throw new Error(`api exited early:\n${api.output()}`);
      const response = await fetch(`${api.baseUrl}/health`);
      expect(response.status).toBe(200);
    },
    timeoutMs,
    200,
  );
}
