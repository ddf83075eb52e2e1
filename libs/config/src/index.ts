export * from './app-config.js';
export * from './config.module.js';
export * from './request-context.js';
export * from './app-logger.js';
export * from './jwt-secret.js';
export * from './one-line.js';
