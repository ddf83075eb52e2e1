import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectEventually } from '@app/testing';
import { WORKER_READY, WORKER_STOP } from './worker-messages.js';
import { WorkerSupervisor } from './worker-supervisor.js';

/**
 * A stand-in for the worker thread: counts its starts in a file, crashes on its first start, and on
 * later ones runs until told to stop, writing down that it stopped cleanly.
 */
const STAND_IN = `
import { appendFileSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
appendFileSync(workerData.databaseUrl, 'start\\n');
if (readFileSync(workerData.databaseUrl, 'utf8').split('\\n').filter(Boolean).length === 1) throw new Error('first start fails');
parentPort.on('message', (message) => {
  if (message !== ${JSON.stringify(WORKER_STOP)}) return;
  appendFileSync(workerData.databaseUrl, 'stopped\\n');
  process.exit(0);
});
parentPort.postMessage(${JSON.stringify(WORKER_READY)});
setInterval(() => undefined, 1000);
`;

describe('WorkerSupervisor', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'plenary-supervisor-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a crashed worker thread again, and stops it with its jobs finished', async () => {
    const script = join(dir, 'stand-in.mjs');
    const log = join(dir, 'log');
    writeFileSync(script, STAND_IN);
    writeFileSync(log, '');
    // The stand-in reads its log's path where the real thread reads the database's URL.
    const supervisor = new WorkerSupervisor({ databaseUrl: log }, pathToFileURL(script));
    supervisor.start();
    await expectEventually(() => expect(readFileSync(log, 'utf8')).toBe('start\nstart\n'), 10_000);
    // Running: the stop is a request, answered once its work is done.
    await expectEventually(() => expect(supervisor.running).toBe(true));
    await supervisor.stop();
    expect(readFileSync(log, 'utf8')).toBe('start\nstart\nstopped\n');
  });
});
