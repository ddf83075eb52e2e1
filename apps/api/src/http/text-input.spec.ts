import { bodyHasNul, urlHasNul } from './text-input.js';

describe('NUL checks', () => {
  it('finds a NUL in any string or key of a body, however nested', () => {
    expect(bodyHasNul({ a: [{ b: ['x', 'y\u0000'] }] })).toBe(true);
    expect(bodyHasNul({ 'k\u0000': 1 })).toBe(true);
    expect(bodyHasNul('csv,with\u0000nul')).toBe(true);
    expect(bodyHasNul({ a: [1, true, null, { b: 'fine' }], c: '\\u0000 as typed text' })).toBe(false);
    expect(bodyHasNul(undefined)).toBe(false);
  });

  it('finds a percent-encoded NUL in a path or query', () => {
    expect(urlHasNul('/events/%00')).toBe(true);
    expect(urlHasNul('/events?q=a%00b')).toBe(true);
    expect(urlHasNul('/events/%2500')).toBe(false);
  });
});
