import { describe, expect, it } from 'vitest';
import { arrive, fade, grouped, runs } from './cards';
import type { Prompted } from '../lib/ipc';

const p = (text: string, start: number, end: number): Prompted => ({ kind: 'term', start, end, text, en: text, ko: text });

describe('prompts on screen', () => {
  it('puts the newest first, in the order said within a line', () => {
    const one = arrive([], [p('a', 0, 1)], 0);
    const two = arrive(one, [p('b', 0, 1), p('c', 2, 3)], 5);
    expect(two.map((s) => s.prompted.text)).toEqual(['c', 'b', 'a']);
  });

  it('marks what was heard late, and only that', () => {
    const list = arrive(arrive([], [p('on time', 0, 7)], 0), [p('late', 0, 4)], 1, true);
    expect(list.map((s) => [s.prompted.text, s.late])).toEqual([
      ['late', true],
      ['on time', false],
    ]);
  });

  it('fades unpinned prompts after the chosen time and keeps pinned ones', () => {
    const list = arrive([], [p('old', 0, 3)], 0);
    list[0].pinned = true;
    const both = arrive(list, [p('new', 0, 3)], 15_000);
    expect(fade(both, 21_000, 20).map((s) => s.prompted.text)).toEqual(['new', 'old']);
    expect(fade(both, 36_000, 20).map((s) => s.prompted.text)).toEqual(['old']);
    expect(fade(both, 1e9, 0)).toBe(both);
  });

  it('cuts a script into plain text and prompted words, by characters', () => {
    const text = '🙂 3억 원과 SDGs';
    const r = runs(text, [p('SDGs', 8, 12), p('3억 원', 2, 6)]);
    expect(r.map((x) => [x.text, x.prompt !== null])).toEqual([
      ['🙂 ', false],
      ['3억 원', true],
      ['과 ', false],
      ['SDGs', true],
    ]);
  });
});

describe('grouped', () => {
  it('groups exact decimals without floats', () => {
    expect(grouped('350000000')).toBe('350,000,000');
    expect(grouped('-1234567.25')).toBe('-1,234,567.25');
    expect(grouped('10000000000000001')).toBe('10,000,000,000,000,001');
    expect(grouped('12')).toBe('12');
  });
});
