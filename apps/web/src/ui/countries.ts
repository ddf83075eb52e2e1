// The one list of country names (UN usage, libs/countries), shared with the api's badges, letters and exports.
export { countryName, countryOptions, isMemberState } from '@app/countries';
