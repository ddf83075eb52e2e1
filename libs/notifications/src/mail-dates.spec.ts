import { mailDateRange, mailDay, mailMoment, mailSpan } from './mail-dates.js';

describe('mail dates in Vietnamese (the translator’s one style)', () => {
  it('writes a moment as time, weekday, day/month/year and the zone by city and offset', () => {
    expect(mailMoment('2024-10-29T02:00:00Z', 'Asia/Bangkok', 'vi')).toBe('09:00, thứ Ba, 29/10/2024 (giờ Bangkok, GMT+7)');
    expect(mailMoment('2024-10-29T02:00:00Z', 'Asia/Ho_Chi_Minh', 'vi')).toContain('(giờ Ho Chi Minh, GMT+7)');
  });

  it('writes a range of days once, naming month and year only where they differ', () => {
    expect(mailDateRange('2024-10-29', '2024-10-30', 'Asia/Bangkok', 'vi')).toBe('ngày 29–30/10/2024');
    expect(mailDateRange('2024-10-30', '2024-11-01', 'Asia/Bangkok', 'vi')).toBe('ngày 30/10–01/11/2024');
    expect(mailDateRange('2024-12-31', '2025-01-01', 'Asia/Bangkok', 'vi')).toBe('ngày 31/12/2024–01/01/2025');
    expect(mailDateRange('2024-10-29', '2024-10-29', 'Asia/Bangkok', 'vi')).toBe('ngày 29/10/2024');
  });

  it('writes one day and a span without "Thứ 3" or "thg"', () => {
    expect(mailDay('2024-10-29', 'Asia/Bangkok', 'vi')).toBe('thứ Ba, ngày 29/10/2024');
    expect(mailSpan('2024-10-29T02:00:00Z', '2024-10-29T03:30:00Z', 'Asia/Bangkok', 'vi', () => 'unused')).toBe('09:00–10:30, thứ Ba, 29/10/2024');
  });

  it('leaves English as it was', () => {
    expect(mailMoment('2024-10-29T02:00:00Z', 'Asia/Bangkok', 'en')).toBe('29 Oct 2024, 09:00 (Asia/Bangkok)');
    expect(mailDateRange('2024-10-29', '2024-10-30', 'Asia/Bangkok', 'en')).toMatch(/^29\s–\s30 October 2024$/);
  });
});

describe('mail dates in Thai (the Buddhist era, as th-TH writes it)', () => {
  it('writes a moment, a range, a day and a span with the year 2567 and the zone by its Thai name', () => {
    expect(mailMoment('2024-10-29T02:00:00Z', 'Asia/Bangkok', 'th')).toBe('วันอังคารที่ 29 ตุลาคม 2567 เวลา 09:00 น. (เวลาอินโดจีน, GMT+7)');
    expect(mailDateRange('2024-10-29', '2024-10-30', 'Asia/Bangkok', 'th')).toMatch(/^29\s?–\s?30 ตุลาคม 2567$/);
    expect(mailDay('2024-10-29', 'Asia/Bangkok', 'th')).toBe('วันอังคารที่ 29 ตุลาคม 2567');
    expect(mailSpan('2024-10-29T02:00:00Z', '2024-10-29T03:30:00Z', 'Asia/Bangkok', 'th', () => 'unused')).toBe('วันอังคารที่ 29 ตุลาคม 2567 เวลา 09:00–10:30 น.');
  });
});
