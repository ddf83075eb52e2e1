import { isOneLine } from '@app/config';
import { isKnownCountry } from '@app/countries';
import { parse } from 'csv-parse/sync';
import { searchName, UNESCO_REGIONS } from './award-regions.js';
import { AwardsError } from './awards.error.js';
import { GNLC_MONTH } from './dto/city.dto.js';
import type { CityImportLine, CityImportProblem, CityImportProblemCode } from './dto/city-import.dto.js';

export const CITY_IMPORT_COLUMNS = ['name', 'country', 'region', 'population', 'gnlc_member_since', 'last_award_year'] as const;
export type CityRow = Record<(typeof CITY_IMPORT_COLUMNS)[number], string>;

const NAME_MAX = 200;
const WHOLE_NUMBERS = [
  { field: 'population', min: 0, max: 100_000_000 },
  { field: 'last_award_year', min: 1900, max: 2200 },
] as const;

/** A problem of a line, with the English sentence for API clients and the code + data a web page translates. */
export function problem(code: CityImportProblemCode, field: string | null, message: string, data: Record<string, unknown> = {}): CityImportProblem {
  return { code, field, message, data };
}

export function parseCities(csv: string): CityRow[] {
  let rows: CityRow[];
  try {
    rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new AwardsError('IMPORT_FILE_UNREADABLE', `Not a readable CSV file: ${(error as Error).message}`, { details: [] });
  }
  if (rows.length === 0) throw new AwardsError('IMPORT_FILE_EMPTY', 'The file has no rows', { details: [] });
  const missing = CITY_IMPORT_COLUMNS.filter((column) => !(column in rows[0]));
  if (missing.length) {
    const header: CityImportLine = {
      line: 1,
      problems: [problem('COLUMNS_MISSING', null, `expected columns: ${CITY_IMPORT_COLUMNS.join(',')}`, { missing, expected: [...CITY_IMPORT_COLUMNS] })],
    };
    throw new AwardsError('IMPORT_COLUMNS_MISSING', `Missing columns: ${missing.join(', ')}`, { columns: missing, details: [header] });
  }
  return rows;
}

/**
 * The GNLC admission month of a line: YYYY-MM, or a bare year from older lists, read as its December,
 * the latest the membership can have begun.
 */
export function memberMonth(value: string): string | null {
  if (value === '') return null;
  return /^\d{4}$/.test(value) ? `${value}-12` : value;
}

export function cityKey(row: CityRow): string {
  return `${row.country}/${searchName(row.name)}`;
}

export function validateRow(row: CityRow): CityImportProblem[] {
  const problems: CityImportProblem[] = [];
  if (!row.name) problems.push(problem('NAME_REQUIRED', 'name', 'name is required'));
  else if (row.name.length > NAME_MAX) problems.push(problem('NAME_TOO_LONG', 'name', `name must be at most ${NAME_MAX} characters`, { max: NAME_MAX }));
  else if (!isOneLine(row.name)) problems.push(problem('NAME_NOT_ONE_LINE', 'name', 'name must be a single line without control characters'));
  if (!/^[A-Z]{2}$/.test(row.country) || !isKnownCountry(row.country))
    problems.push(problem('COUNTRY_INVALID', 'country', 'country must be an ISO 3166-1 alpha-2 code such as VN', { value: row.country }));
  if (!(UNESCO_REGIONS as readonly string[]).includes(row.region))
    problems.push(
      problem('REGION_UNKNOWN', 'region', `region must be one of ${UNESCO_REGIONS.join(', ')}`, { value: row.region, allowed: [...UNESCO_REGIONS] }),
    );
  const month = memberMonth(row.gnlc_member_since);
  if (month !== null && !GNLC_MONTH.test(month))
    problems.push(
      problem('MONTH_INVALID', 'gnlc_member_since', 'gnlc_member_since must be a month written YYYY-MM (or a year), from 2013-01', {
        value: row.gnlc_member_since,
      }),
    );
  for (const { field, min, max } of WHOLE_NUMBERS) {
    const value = row[field];
    if (value === '') continue;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
      problems.push(problem('NUMBER_OUT_OF_RANGE', field, `${field} must be a whole number from ${min} to ${max}`, { value, min, max }));
  }
  return problems;
}
