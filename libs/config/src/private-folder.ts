import { chmod, mkdir } from 'node:fs/promises';

/** Mode of files holding personal data or private links (mail spool, uploads), as for jwt-secret. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Makes the folder (and any missing parents) readable by this account only. An existing folder is
 * tightened too: installs from before this rule left theirs at 0755.
 */
export async function ensurePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  await chmod(path, 0o700);
}
