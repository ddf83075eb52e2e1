import pg from 'pg';

export interface SqlLog {
  statements: string[];
  reset(): void;
  restore(): void;
}

/** Records every statement node-postgres sends from this process (the api's pool included): one entry per round trip. */
export function logSql(): SqlLog {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const log: SqlLog = {
    statements: [],
    reset() {
      log.statements = [];
    },
    restore() {
      prototype.query = original;
    },
  };
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first] = args;
    const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? String(first));
    log.statements.push(text.replace(/\s+/g, ' ').trim());
    return original.apply(this, args);
  };
  return log;
}
