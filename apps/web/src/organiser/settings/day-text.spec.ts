import { describe, expect, it } from '@jest/globals';
import { dayTimeToLocal, dayToIso } from './day-text';

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

  it.each([
    ['1/3/2027 17:00', '2027-03-01T17:00'],
    ['01/03/2027, 9:05', '2027-03-01T09:05'],
    ['1/3/2027', '1/3/2027'],
  ])('reads the time %j as %j', (text, local) => {
    expect(dayTimeToLocal(text)).toBe(local);
  });
});
