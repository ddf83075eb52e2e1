import type { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { readFile, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const FAST_SHUTDOWN_MS = 15_000;
const KILL_WAIT_MS = 5_000;

/** Alive and not a zombie: an orphan reparented to a pid 1 that does not reap stays a zombie for a while. */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // The state follows the command name in parentheses, which may itself contain spaces.
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

/**
 * A postmaster changes into its data directory and keeps the name `postgres`, so its /proc entry says
 * whether it is the server of *this* data folder, not just any process that got the same pid again.
 */
async function isPostmasterOf(pid: number, databaseDir: string): Promise<boolean> {
  try {
    const [comm, cwd, ours] = await Promise.all([readFile(`/proc/${pid}/comm`, 'utf8'), readlink(`/proc/${pid}/cwd`), realpath(databaseDir)]);
    return comm.trim() === 'postgres' && cwd === ours;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isRunning(pid))) return true;
    await sleep(100);
  }
  return !(await isRunning(pid));
}

/**
 * After the api is killed outright (OOM, `kill -9`) its embedded PostgreSQL lives on, holding
 * postmaster.pid, and no later start could open the data folder. Stops that orphan, and only it:
 * fast shutdown (SIGINT) first, which rolls nothing back that was committed, SIGKILL if it hangs.
 */
export async function stopOrphanedPostgres(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile) || !existsSync('/proc/self')) return;
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return;
  // A dead pid is a stale file PostgreSQL clears by itself; another live process is not ours to stop.
  if (!(await isRunning(pid)) || !(await isPostmasterOf(pid, databaseDir))) return;

  logger.warn(`Stopping an orphaned PostgreSQL (pid ${pid}) left running on ${databaseDir} by a previous start that did not shut down`);
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, FAST_SHUTDOWN_MS)) return;
  logger.warn(`The orphaned PostgreSQL (pid ${pid}) did not stop within ${FAST_SHUTDOWN_MS / 1000} s: killing it`);
  process.kill(pid, 'SIGKILL');
  if (!(await waitForExit(pid, KILL_WAIT_MS))) throw new Error(`Could not stop the orphaned PostgreSQL (pid ${pid}) on ${databaseDir}`);
}
