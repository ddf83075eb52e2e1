import { describe, expect, it } from '@jest/globals';
import { foldName } from './folded-name.js';

describe('folding a name as the desk types it', () => {
  it('drops case and Vietnamese marks, and reads đ as d', () => {
    expect(foldName('Nguyễn Thị Đào')).toBe('nguyen thi dao');
    expect(foldName('TRẦN đức')).toBe('tran duc');
  });

  it('folds a name typed with combining marks like its composed form', () => {
    expect(foldName('Lê Văn Hưng'.normalize('NFD'))).toBe(foldName('Lê Văn Hưng'));
  });
});
