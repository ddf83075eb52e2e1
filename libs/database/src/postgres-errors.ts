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
