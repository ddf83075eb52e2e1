import { describe, expect, it } from '@jest/globals';
import { suggestSlug } from './slug';

describe('suggestSlug', () => {
  it.each([
    ['Hội nghị Thành phố học tập Đà Nẵng 2027', 'hoi-nghi-thanh-pho-hoc-tap-da-nang-2027'],
    ['ASEAN+3 Learning Cities — Bangkok', 'asean-3-learning-cities-bangkok'],
    ['  --Trailing & leading--  ', 'trailing-leading'],
    ['', ''],
  ])('turns %j into %j', (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it('keeps to the 100 characters a slug may have, without a hyphen at the end', () => {
    const slug = suggestSlug(`${'a'.repeat(99)} b`);
    expect(slug).toBe('a'.repeat(99));
  });
});
