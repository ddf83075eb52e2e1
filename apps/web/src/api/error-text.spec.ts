import { beforeAll, describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import awards from '../awards/messages';
import common from '../i18n/common';
import errors from '../i18n/errors';

// client.ts reads the page's origin when it loads; the test gives it one.
Object.assign(globalThis, { window: { location: { origin: 'http://localhost' } } });
const { ApiError } = await import('./client');
const { errorText } = await import('./error-text');

describe('errorText', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: {
        en: { common: common.en, awards: awards.en, errors: errors.en },
        vi: { common: common.vi, awards: awards.vi, errors: errors.vi },
      },
      lng: 'vi',
      fallbackLng: 'en',
      defaultNS: 'common',
      interpolation: { escapeValue: false },
    });
  });

  it('says a code with its data in the reader’s language, never the English message', () => {
    const error = new ApiError(409, 'Room "Hall" is taken by "Opening" from 09:00 to 10:30', {}, undefined, 'ROOM_TAKEN', {
      room: 'Hall',
      session: 'Opening',
      from: '09:00',
      to: '10:30',
    });
    expect(errorText(i18next.t, error)).toBe('Phòng “Hall” đã được xếp cho phiên “Opening” từ 09:00 đến 10:30.');
  });

  it('translates words that arrive as data: a region, a state, the accepted file types', () => {
    expect(errorText(i18next.t, new ApiError(409, 'x', {}, undefined, 'QUOTA_REACHED', { region: 'asia-pacific', quota: 6 }))).toBe(
      `Khu vực ${awards.vi.regions['asia-pacific']} đã đủ chỉ tiêu 6 thành phố đoạt giải trong kỳ xét giải này.`,
    );
    expect(errorText(i18next.t, new ApiError(410, 'x', {}, undefined, 'INVITATION_USED', { state: 'accepted' }))).toContain('(đã nhận lời)');
    expect(errorText(i18next.t, new ApiError(415, 'x', {}, undefined, 'FILE_TYPE_REFUSED', { accepted: ['PDF', 'PNG', 'JPEG'] }))).toContain(
      'PDF, PNG hoặc JPEG',
    );
  });

  it('falls back to the message only for a code this build does not know', () => {
    expect(errorText(i18next.t, new ApiError(409, 'Something new', {}, undefined, 'BRAND_NEW_CODE' as never))).toBe('Something new');
  });
});
