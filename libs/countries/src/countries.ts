import { UN_COUNTRIES, type CountryRow } from './un-countries.js';

/** Languages the country names exist in. */
export const COUNTRY_LANGUAGES = ['en', 'vi', 'th'] as const;
export type CountryLanguage = (typeof COUNTRY_LANGUAGES)[number];

export interface Country {
  /** ISO 3166-1 alpha-2, as stored everywhere */
  code: string;
  /** UN M49 numeric code ('' for areas M49 does not list) */
  m49: string;
  /** A member state of the United Nations; observers (Holy See, State of Palestine) and territories are not. */
  member: boolean;
  name: Record<CountryLanguage, string>;
}

const BY_CODE = new Map<string, Country>(
  UN_COUNTRIES.map(([code, m49, member, en, vi, th]: CountryRow) => [code, { code, m49, member, name: { en, vi, th } }]),
);

const languageOf = (language: string | undefined): CountryLanguage =>
  (COUNTRY_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as CountryLanguage) : 'en';

/** The place with this ISO code, member state or not; undefined for a code ISO does not assign. */
export function findCountry(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** A code the registry knows (any ISO 3166-1 area): what the API accepts. */
export function isKnownCountry(code: string): boolean {
  return BY_CODE.has(code.toUpperCase());
}

export function isMemberState(code: string): boolean {
  return findCountry(code)?.member ?? false;
}

/**
 * The name in UN usage, in the reader's language ("VN" → "Viet Nam", "Việt Nam", "เวียดนาม"); English
 * for a language without names; the code itself for one no registry knows, so nothing reads blank.
 */
export function countryName(code: string, language = 'en'): string {
  if (!code) return '';
  return findCountry(code)?.name[languageOf(language)] ?? code;
}

/**
 * Places to choose from, as [code, name], in the reader's alphabetical order: the member states, and
 * with `nonMembers` the observers and territories too (for an organiser who names one on purpose).
 */
export function countryOptions(language: string, options: { nonMembers?: boolean; codes?: readonly string[] } = {}): [string, string][] {
  const lang = languageOf(language);
  const collator = new Intl.Collator(lang);
  const wanted = options.codes ? new Set(options.codes) : undefined;
  return [...BY_CODE.values()]
    .filter((country) => (options.nonMembers ? !country.member : country.member) && (!wanted || wanted.has(country.code)))
    .map((country): [string, string] => [country.code, country.name[lang]])
    .sort((a, b) => collator.compare(a[1], b[1]));
}

const HAN_WRITING: Record<string, string> = { JP: 'ja', KR: 'ko', KP: 'ko', CN: 'zh', TW: 'zh', HK: 'zh', MO: 'zh' };

/**
 * How Han characters in a name from this place are drawn (the same character has Japanese, Korean and
 * Chinese forms): the place decides, since a person may well read their mail in English or Vietnamese.
 */
export function hanWritingOf(code: string): string | undefined {
  return HAN_WRITING[code.toUpperCase()];
}
