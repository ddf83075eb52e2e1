import { isDatabaseUnavailable } from '@app/database';

/** A PostgreSQL restart took about 3 s when tried; clients (the web app) wait this long before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable for a moment; please try again shortly';

/** The 503 for a request caught in a database outage: nothing of it was committed, so it may be sent again. */
export function databaseUnavailable(exception: unknown): { statusCode: 503; message: string } | undefined {
  return isDatabaseUnavailable(exception) ? { statusCode: 503, message: DATABASE_UNAVAILABLE_MESSAGE } : undefined;
}
