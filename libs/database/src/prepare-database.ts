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
  let url: string;
  try {
    url = config.DATABASE_URL ?? (await server!.start());
    await runMigrations(url);
  } catch (error) {
    // A server left running would hold the data folder against the next start.
    await server?.stop().catch(() => undefined);
    throw error;
  }
  return { url, embedded: !!server, close: () => server?.stop() ?? Promise.resolve() };
}
