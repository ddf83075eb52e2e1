export { DatabaseModule } from './database.module.js';
export { runMigrations } from './migrate.js';
export {
  isConstraintViolation,
  isDatabaseUnavailable,
  PG_CHECK_VIOLATION,
  PG_EXCLUSION_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_UNIQUE_VIOLATION,
  postgresError,
} from './postgres-errors.js';
export { prepareDatabase, type PreparedDatabase } from './prepare-database.js';
export { NotifiedCache, type NotifiedCacheOptions } from './notified-cache.js';
