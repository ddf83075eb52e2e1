import { describe, expect, it } from '@jest/globals';
import { dayToIso } from './day-text';

describe('dates typed day first', () => {
  it.each([
    ['9/3/2027', '2027-03-09'],
    ['09.03.2027', '2027-03-09'],
    [' 31-12-2027 ', '2027-12-31'],
    ['2027-03-09', '2027-03-09'],
    ['03/09', '03/09'],
  ])('reads the day %j as %j', (text, iso) => {
    expect(dayToIso(text)).toBe(iso);
  });
});
