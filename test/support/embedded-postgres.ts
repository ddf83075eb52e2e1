import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pid in DATA_DIR/postgres/postmaster.pid, if the file is there. */
export function postmasterPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Running, not a zombie: under a pid 1 that does not reap (CI's container), a stopped orphan stays one. */
export function isAlive(pid: number): boolean {
  // /proc/<pid>/stat exists exactly while the process does, so reading it is the existence check too.
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // The state follows the command name in parentheses, which may itself contain spaces.
  return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
}

/** A test that kills the api on purpose must not leave its PostgreSQL behind, whatever else fails. */
export function killEmbeddedPostgres(dataDir: string): void {
  const pid = postmasterPid(dataDir);
  if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGKILL');
}
