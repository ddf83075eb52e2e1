import type { AppConfig } from '@app/config';
import { EmbeddedPostgresServer } from './embedded-postgres-server.js';
import { runMigrations } from './migrate.js';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set, otherwise the embedded server; either way migrated to the latest
 * schema before anything else touches it. One code path for both.
 */
export async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  const server = config.DATABASE_URL ? undefined : new EmbeddedPostgresServer(config.DATA_DIR);
  const url = config.DATABASE_URL ?? (await server!.start());
  try {
    await runMigrations(url);
  } catch (error) {
    await server?.stop();
    throw error;
  }
  return { url, embedded: !!server, close: () => server?.stop() ?? Promise.resolve() };
}
