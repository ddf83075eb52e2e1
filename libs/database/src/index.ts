export * from './database.module.js';
export * from './embedded-postgres-server.js';
export * from './migrate.js';
export * from './postgres-errors.js';
export * from './prepare-database.js';
