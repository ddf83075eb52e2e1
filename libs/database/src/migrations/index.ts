import { Foundation1732406400000 } from './1732406400000-foundation.js';

/** Every migration, in order. Listed by hand: globs find nothing in a compiled build. */
export const MIGRATIONS = [Foundation1732406400000];
