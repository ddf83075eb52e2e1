// Runs in the jest process itself, outside the test files' sandboxes: the last line of defence against a
// process a test spawned and never stopped (it would keep jest waiting for ever on its pipes).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The same name as PROCESS_GROUPS_FOLDER_ENV in libs/testing/src/spawned-processes.ts (this file is not compiled).
export const PROCESS_GROUPS_FOLDER_ENV = 'PLENARY_TEST_PROCESS_GROUPS';

/** Kills the process groups still recorded in the folder; returns their ids. */
export function killRecordedGroups(folder) {
  let groups = [];
  try {
    groups = readdirSync(folder).map(Number).filter(Number.isInteger);
  } catch {
    return [];
  }
  const killed = groups.filter((group) => {
    try {
      process.kill(-group, 'SIGKILL');
      return true;
    } catch {
      return false;
    }
  });
  rmSync(folder, { recursive: true, force: true });
  return killed;
}

export default function globalSetup() {
  const folder = mkdtempSync(join(tmpdir(), 'plenary-test-processes-'));
  // Test files (in this process or in jest's workers) inherit it.
  process.env[PROCESS_GROUPS_FOLDER_ENV] = folder;
  process.once('exit', () => killRecordedGroups(folder));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killRecordedGroups(folder);
      // Then die of the signal as jest would have without this handler.
      process.kill(process.pid, signal);
    });
  }
}
