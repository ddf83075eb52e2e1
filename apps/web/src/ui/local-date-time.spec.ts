import { describe, expect, it } from '@jest/globals';
import { isLocalDateTime, toLocalDateTime, toTime } from './local-date-time';
import { isoToZonedInput, zonedInputToIso } from './time';

describe('typed dates and times', () => {
  it('reads a day and a 24-hour time with a space or a T, and pads the hour', () => {
    expect(toLocalDateTime('2024-10-30 14:00')).toBe('2024-10-30T14:00');
    expect(toLocalDateTime(' 2024-10-30T9:05 ')).toBe('2024-10-30T09:05');
    expect(isLocalDateTime('2024-10-30T14:00')).toBe(true);
  });

  it('reads the day first, as English (UK) and Vietnamese write it', () => {
    expect(toLocalDateTime('30/10/2024 14:00')).toBe('2024-10-30T14:00');
    expect(toLocalDateTime('1.3.2027, 9:05')).toBe('2027-03-01T09:05');
    expect(toLocalDateTime('31/02/2027 10:00')).toBeNull();
  });

  it('refuses the browser’s US forms, days that do not exist and hours past 23', () => {
    for (const text of ['10/30/2024, 02:00 PM', '2024-10-30 2:00 PM', '2024-02-30 10:00', '2024-10-30 24:00', '2024-10-30 10:60', '2024-10-30']) {
      expect(toLocalDateTime(text)).toBeNull();
    }
    expect(isLocalDateTime('2024-10-30 14:00')).toBe(false);
  });

  it('reads a time of day on the 24-hour clock only', () => {
    expect(toTime('9:30')).toBe('09:30');
    expect(toTime('23:59')).toBe('23:59');
    expect(toTime('2:30 PM')).toBeNull();
    expect(toTime('24:00')).toBeNull();
  });

  it('turns a typed wall-clock time into the instant in the event’s zone and back', () => {
    expect(zonedInputToIso('2024-10-30T14:00', 'Asia/Bangkok')).toBe('2024-10-30T07:00:00.000Z');
    expect(isoToZonedInput('2024-10-30T07:00:00.000Z', 'Asia/Bangkok')).toBe('2024-10-30T14:00');
  });
});
