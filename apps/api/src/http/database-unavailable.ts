import { isDatabaseUnavailable } from '@app/database';

/** A PostgreSQL restart took about 3 s when tried; clients (the web app) wait this long before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable for a moment; please try again shortly';

/**
 * The 503 for a request caught in a database outage. Its transaction almost always rolled back (only a
 * connection lost during COMMIT leaves the outcome unknown), so clients send again only what is idempotent.
 */
export function databaseUnavailable(exception: unknown): { statusCode: 503; code: 'DATABASE_UNAVAILABLE'; message: string } | undefined {
  return isDatabaseUnavailable(exception) ? { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE } : undefined;
}
