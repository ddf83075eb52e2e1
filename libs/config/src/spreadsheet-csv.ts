import { type Options, stringify } from 'csv-stringify/sync';

/** OWASP's list: a spreadsheet reads a cell starting with one of these as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

type CastOutput = ReturnType<NonNullable<NonNullable<Options['cast']>['string']>>;

const neutraliseOutput = (output: CastOutput): CastOutput =>
  typeof output === 'string'
    ? neutraliseFormula(output)
    : output && typeof output === 'object'
      ? { ...output, value: neutraliseFormula(output.value) }
      : output;

/**
 * Every CSV Plenary writes goes through here: organisers open them in spreadsheets, and a delegate
 * could otherwise type `=HYPERLINK(...)` as their name. Text is neutralised, whatever a caller's own
 * `cast` made of it; numbers are left as numbers (-2 stays -2).
 */
export function stringifySpreadsheetCsv(records: unknown[], options: Options = {}): string {
  const { string: castString, number, bigint, ...otherCasts } = options.cast ?? {};
  const cast: Options['cast'] = {
    ...(number ? { number } : {}),
    ...(bigint ? { bigint } : {}),
    string: (value, context) => neutraliseOutput(castString ? castString(value, context) : value),
  };
  for (const [type, castValue] of Object.entries(otherCasts) as [keyof typeof otherCasts, (value: unknown, context: never) => CastOutput][]) {
    (cast as Record<string, unknown>)[type] = (value: unknown, context: never) => neutraliseOutput(castValue(value, context));
  }
  return stringify(records, { ...options, cast });
}
