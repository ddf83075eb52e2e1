// Country names in UN usage, shared by the api and the web app: plain data, no server code.
export { COUNTRY_LANGUAGES, countryName, countryOptions, findCountry, hanWritingOf, isKnownCountry, isMemberState } from './countries.js';
export type { Country, CountryLanguage } from './countries.js';
