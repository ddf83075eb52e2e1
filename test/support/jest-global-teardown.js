import { killRecordedGroups, PROCESS_GROUPS_FOLDER_ENV } from './jest-global-setup.js';

/** After the last test file: no process a test started may outlive the run, nor keep jest from exiting. */
export default function globalTeardown() {
  const folder = process.env[PROCESS_GROUPS_FOLDER_ENV];
  if (!folder) return;
  const killed = killRecordedGroups(folder);
  if (killed.length > 0) {
    process.stderr.write(`Killed ${killed.length} process group(s) left running by the tests: ${killed.join(', ')}\n`);
  }
}
