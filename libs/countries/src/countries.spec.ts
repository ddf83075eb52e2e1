import { describe, expect, it } from '@jest/globals';
import { countryName, countryOptions, findCountry, isKnownCountry, isMemberState } from './countries.js';

describe('country names in UN usage', () => {
  it('names member states by their UN short names, not the common English ones', () => {
    expect(['VN', 'KR', 'KP', 'LA', 'MM', 'CN', 'JP', 'TR', 'IR', 'BO'].map((code) => countryName(code))).toEqual([
      'Viet Nam',
      'Republic of Korea',
      "Democratic People's Republic of Korea",
      "Lao People's Democratic Republic",
      'Myanmar',
      'China',
      'Japan',
      'Türkiye',
      'Iran (Islamic Republic of)',
      'Bolivia (Plurinational State of)',
    ]);
  });

  it('names them in Vietnamese and Thai by their short names', () => {
    expect(['VN', 'KR', 'LA', 'MM', 'TH'].map((code) => countryName(code, 'vi'))).toEqual(['Việt Nam', 'Hàn Quốc', 'Lào', 'Myanmar', 'Thái Lan']);
    expect(['VN', 'KR', 'LA', 'MM', 'TH'].map((code) => countryName(code, 'th'))).toEqual(['เวียดนาม', 'เกาหลีใต้', 'ลาว', 'เมียนมา', 'ไทย']);
  });

  it('offers the 193 member states and no observer or territory', () => {
    const offered = countryOptions('en').map(([code]) => code);
    expect(offered).toHaveLength(193);
    for (const place of ['PS', 'VA', 'TW', 'HK', 'MO', 'PR', 'AQ']) expect(offered).not.toContain(place);
    expect(isMemberState('VA')).toBe(false);
    expect(findCountry('ps')).toMatchObject({ member: false, name: { en: 'State of Palestine' } });
  });

  it('lists observers and territories apart, for an organiser who names one', () => {
    const others = countryOptions('en', { nonMembers: true }).map(([code]) => code);
    expect(others).toEqual(expect.arrayContaining(['PS', 'VA', 'HK']));
    expect(others).not.toContain('VN');
  });

  it('sorts in the reader’s alphabet and names every member in each language', () => {
    const vi = countryOptions('vi', { codes: ['VN', 'LA', 'KH', 'TH'] }).map(([, name]) => name);
    expect(vi).toEqual(['Campuchia', 'Lào', 'Thái Lan', 'Việt Nam']);
    for (const language of ['en', 'vi', 'th']) for (const [code, name] of countryOptions(language)) expect(name).not.toBe(code);
  });

  it('falls back to English for other languages and to the code for an unknown one', () => {
    expect(countryName('VN', 'ko')).toBe('Viet Nam');
    expect(countryName('ZZ')).toBe('ZZ');
    expect(isKnownCountry('ZZ')).toBe(false);
    expect(countryName('')).toBe('');
  });
});
