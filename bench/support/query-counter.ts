import pg from 'pg';

export interface QueryCounter {
  count: number;
  reset(): void;
  restore(): void;
}

/** Counts every statement node-postgres sends (the api's pool included): SQL round trips. */
export function countQueries(): QueryCounter {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const counter: QueryCounter = {
    count: 0,
    reset() {
      counter.count = 0;
    },
    restore() {
      prototype.query = original;
    },
  };
  prototype.query = function (this: unknown, ...args: unknown[]) {
    counter.count++;
    return original.apply(this, args);
  };
  return counter;
}
