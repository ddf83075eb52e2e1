import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What data folders created before the password was generated use. */
export const LEGACY_EMBEDDED_PASSWORD = 'plenary';

/**
 * The embedded superuser's password, generated once per data folder and kept in
 * DATA_DIR/postgres-password (0600), like jwt-secret: a fixed one would open every
 * installation's database to anyone on the machine who can reach 127.0.0.1.
 * base64url, so it goes into a URL and an SQL literal as it is.
 */
export function resolveEmbeddedPassword(dataDir: string): string {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, password, { mode: 0o600, flag: 'wx' });
    return password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
