import { inspect } from 'node:util';

/**
 * What went wrong, readable in a log line whatever was thrown: libraries reject with
 * `undefined`, plain objects, or an AggregateError whose own message is empty.
 */
export function describeError(error: unknown): string {
  if (error === undefined || error === null) return `failed without a reason (${String(error)})`;
  if (!(error instanceof Error)) return typeof error === 'string' ? error : inspect(error, { depth: 4, breakLength: Infinity });
  const inner = error instanceof AggregateError ? error.errors.map((item) => `\n  ${describeError(item).split('\n')[0]}`).join('') : '';
  const cause = error.cause !== undefined ? `\ncaused by: ${describeError(error.cause)}` : '';
  return `${error.stack ?? `${error.name}: ${error.message}`}${inner}${cause}`;
}
