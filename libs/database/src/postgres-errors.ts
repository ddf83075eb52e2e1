import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes we turn into client errors; the database decides races, we explain them. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_EXCLUSION_VIOLATION = '23P01';

export interface PostgresErrorInfo {
  code: string;
  constraint?: string;
  detail?: string;
}

export function postgresError(error: unknown): PostgresErrorInfo | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  return driverError.code ? { code: driverError.code, constraint: driverError.constraint, detail: driverError.detail } : undefined;
}

export function isConstraintViolation(error: unknown, code: string, constraint?: string): boolean {
  const info = postgresError(error);
  return !!info && info.code === code && (constraint === undefined || info.constraint === constraint);
}

// Class 08 (connection exception), 53300 too many connections, 57P01–57P03 shutdown, restart or not yet up.
const UNAVAILABLE_SQLSTATES = /^(08...|53300|57P0[1-3])$/;
const UNAVAILABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// What node-postgres and its pool throw without a code when the server goes away mid-way or never answers.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|the database system is (starting up|shutting down|in recovery)|is not currently accepting connections/i;

/**
 * Whether an error means the database cannot be reached for now (restart, failover, full), as opposed to
 * a query it refused: the request may be tried again in a moment. Looks through TypeORM's wrapper, `cause`
 * and an AggregateError's parts (Node tries each address of `localhost`).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_NETWORK_CODES.has(code))) return true;
  if (typeof message === 'string' && !(error instanceof QueryFailedError && driverError) && UNAVAILABLE_MESSAGES.test(message)) return true;
  return [driverError, cause, ...(Array.isArray(errors) ? errors : [])].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
