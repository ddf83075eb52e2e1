import { describe, expect, it } from '@jest/globals';
import { edgeStep } from './auto-scroll';

describe('edgeStep', () => {
  it('holds still away from the edges', () => {
    expect(edgeStep(400, 0, 800)).toBe(0);
    expect(edgeStep(49, 0, 800)).toBe(0);
  });

  it('scrolls towards the nearer edge, faster the closer the pointer, and at full speed past it', () => {
    expect(edgeStep(40, 0, 800)).toBeLessThan(0);
    expect(edgeStep(10, 0, 800)).toBeLessThan(edgeStep(40, 0, 800));
    expect(edgeStep(-30, 0, 800)).toBe(edgeStep(0, 0, 800));
    expect(edgeStep(790, 0, 800)).toBeGreaterThan(edgeStep(760, 0, 800));
    expect(edgeStep(760, 0, 800)).toBeGreaterThan(0);
    expect(edgeStep(900, 0, 800)).toBe(20);
  });

  it('keeps a middle where nothing scrolls in a small area', () => {
    expect(edgeStep(50, 0, 100)).toBe(0);
    expect(edgeStep(5, 0, 100)).toBeLessThan(0);
  });
});
