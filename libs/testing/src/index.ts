export * from './expect-eventually.js';
export * from './test-database.js';
