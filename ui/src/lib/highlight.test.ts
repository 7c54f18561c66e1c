import { describe, expect, it } from 'vitest';
import { minSec, splitSpan } from './highlight';

describe('splitSpan', () => {
  it('counts characters the way the core does, not UTF-16 units', () => {
    expect(splitSpan('지속가능발전목표', 2, 4)).toEqual(['지속', '가능', '발전목표']);
    expect(splitSpan('𝐀 SDGs', 2, 6)).toEqual(['𝐀 ', 'SDGs', '']);
  });
  it('clamps spans outside the text', () => {
    expect(splitSpan('abc', 2, 99)).toEqual(['ab', 'c', '']);
    expect(splitSpan('abc', 5, 1)).toEqual(['abc', '', '']);
  });
});

describe('minSec', () => {
  it('splits seconds and never goes negative', () => {
    expect(minSec(599)).toEqual({ minutes: 9, seconds: 59 });
    expect(minSec(-3)).toEqual({ minutes: 0, seconds: 0 });
  });
});
