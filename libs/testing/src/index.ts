export * from './expect-eventually.js';
export * from './leftovers.js';
export * from './programme-factory.js';
export * from './redis.js';
export * from './smtp-sink.js';
export * from './test-database.js';
export * from './chromium.js';
