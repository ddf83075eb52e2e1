import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Set by the jest global setup (test/support/jest-global-setup.js): a folder with one empty file per live
 * process group, named by its id, which the jest process kills at the end of the run or when interrupted.
 */
export const PROCESS_GROUPS_FOLDER_ENV = 'PLENARY_TEST_PROCESS_GROUPS';

const running = new Map<number, ChildProcess>();
const closers = new Set<() => Promise<unknown>>();
let finished = false;

/** A setup still running after its test file gave up must not start what nobody will stop. */
function refuseAfterFileEnd(what: string): void {
  if (finished) throw new Error(`not starting ${what}: its test file has already finished`);
}

/**
 * `spawn`, but the process is recorded the moment it exists, in a process group of its own (so whatever it
 * starts, such as an embedded PostgreSQL, goes with it), and stopped by `stopLeftovers` at the end of the
 * test file whatever happened: a failing beforeAll, a timeout, a promise nobody awaited.
 */
export function spawnTracked(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  refuseAfterFileEnd(command);
  const child = spawn(command, args, { ...options, detached: true });
  const group = child.pid;
  if (group === undefined) return child; // spawn failed: the 'error' event says why
  running.set(group, child);
  const folder = process.env[PROCESS_GROUPS_FOLDER_ENV];
  if (folder) writeFileSync(join(folder, String(group)), '');
  child.once('exit', () => {
    if (!groupAlive(group)) forget(group);
  });
  return child;
}

/**
 * For a server the test process itself runs (an SMTP sink): closed at the end of the test file unless the
 * returned function was called first, once it was closed by its test.
 */
export function closeAtFileEnd(what: string, close: () => Promise<unknown>): () => void {
  refuseAfterFileEnd(what);
  closers.add(close);
  return () => closers.delete(close);
}

/** Kills every process group and closes every server this test file started and left open. */
export async function stopLeftovers(): Promise<void> {
  finished = true;
  const closing = [...closers].map((close) => close().catch(() => undefined));
  closers.clear();
  await Promise.all([...closing, ...[...running].map(([group, child]) => stopGroup(group, child))]);
}

async function stopGroup(group: number, child: ChildProcess): Promise<void> {
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // already gone
  }
  if (child.exitCode === null && child.signalCode === null) await new Promise((done) => child.once('exit', done));
  // Members other than our child (its own children, now orphans) are reaped by someone else: give them a moment.
  for (let tries = 0; tries < 50 && groupAlive(group); tries++) await new Promise((done) => setTimeout(done, 20));
  forget(group);
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

function forget(group: number): void {
  running.delete(group);
  const folder = process.env[PROCESS_GROUPS_FOLDER_ENV];
  if (folder) rmSync(join(folder, String(group)), { force: true });
}
