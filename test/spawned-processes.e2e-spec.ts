import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { spawnTracked } from '@app/testing';
import { API_MAIN } from './support/spawned-api.js';

/** Processes of this machine whose environment holds the marker (Linux's /proc: the test machines). */
function processesMarked(marker: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`PLENARY_TEST_MARKER=${marker}`);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}

describe('processes started by tests', () => {
  it('are all stopped when suites fail in setup, launch or timeout, and jest exits by itself', async () => {
    expect(existsSync(API_MAIN)).toBe(true); // the fixture suites start the built api
    const marker = randomUUID();
    // A jest of its own, with this project's configuration, on suites that fail the ways that left an api
    // running and jest waiting for it for ever; no chromium there, as on a fresh machine.
    const jest = spawnTracked(process.execPath, [resolve('node_modules/jest/bin/jest.js'), '--config', 'test/browser/fixtures/jest.config.js', '--runInBand'], {
      env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', CHROMIUM_PATH: '/nonexistent/chromium', PLENARY_TEST_MARKER: marker },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    jest.stdout!.on('data', (chunk) => (output += chunk));
    jest.stderr!.on('data', (chunk) => (output += chunk));
    const exit = await Promise.race([
      new Promise<number | null>((done) => jest.once('exit', (code) => done(code))),
      new Promise<string>((done) => setTimeout(() => done('still running after 150 s'), 150_000).unref()),
    ]);

    expect({ exit, output }).toEqual({ exit: 1, output: expect.stringContaining('Tests:       4 failed, 4 total') });
    expect(output).toContain("Failed to launch chromium because executable doesn't exist at /nonexistent/chromium");
    expect(output).toContain('Exceeded timeout of 2000 ms');
    expect(processesMarked(marker)).toEqual([]);
  }, 200_000);
});
