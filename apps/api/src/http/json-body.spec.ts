import { jsonNestsDeeperThan } from './json-body.js';

const deep = (levels: number) => Buffer.from('['.repeat(levels) + ']'.repeat(levels));

describe('jsonNestsDeeperThan', () => {
  it('counts objects and arrays together, up to the limit itself', () => {
    expect(jsonNestsDeeperThan(deep(3), 3)).toBe(false);
    expect(jsonNestsDeeperThan(deep(4), 3)).toBe(true);
    expect(jsonNestsDeeperThan(Buffer.from('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(jsonNestsDeeperThan(Buffer.from('[[1],[2],[3],{"a":[4]}]'), 3)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes and backslashes included', () => {
    expect(jsonNestsDeeperThan(Buffer.from(JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[', c: '\\', d: '"{{{{' })), 1)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from(JSON.stringify({ a: '\\', b: [[[]]] })), 3)).toBe(true);
  });
});
