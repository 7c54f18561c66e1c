import { describe, expect, it } from 'vitest';
import type { Concept } from '../lib/bindings/Concept';
import type { Hit } from '../lib/bindings/Hit';
import { foundRows, listingRows, move, spanFor } from './rows';

const concept = (id: string, sessions: string[] = []): Concept => ({
  id,
  term: { 'en-US': id, ko: id },
  abbr: {},
  alt: {},
  note: {},
  domain: null,
  sessions,
  unverified: [],
});

const hit = (concept: number, field: Hit['field'], altIndex: number | null = null): Hit => ({
  concept,
  conceptId: `c${concept}`,
  kind: 'prefix',
  field,
  locale: 'ko',
  altIndex,
  start: 0,
  end: 1,
  particleStripped: false,
});

describe('glossary rows', () => {
  it('keeps the core’s ranking and pairs each hit with its concept', () => {
    const rows = foundRows([
      { hit: hit(1, 'term'), concept: concept('b') },
      { hit: hit(0, 'abbr'), concept: concept('a') },
    ]);
    expect(rows.map((r) => [r.concept.id, r.hit?.field])).toEqual([
      ['b', 'term'],
      ['a', 'abbr'],
    ]);
  });

  it('lists the shell’s capped listing without hits, keeping the total', () => {
    const l = listingRows({ concepts: [concept('b', ['s1']), concept('d', ['s1'])], total: 7, session: true });
    expect(l.rows.map((r) => [r.concept.id, r.hit])).toEqual([
      ['b', null],
      ['d', null],
    ]);
    expect(l).toMatchObject({ total: 7, session: true });
  });

  it('moves the selection inside the list', () => {
    expect(move(0, -1, 5)).toBe(0);
    expect(move(0, 1, 5)).toBe(1);
    expect(move(4, 1, 5)).toBe(4);
    expect(move(3, 1, 0)).toBe(-1);
  });

  it('puts a span only on the field, locale and rendering it belongs to', () => {
    expect(spanFor(hit(0, 'term'), 'term', 'ko')).not.toBeNull();
    expect(spanFor(hit(0, 'term'), 'term', 'en-US')).toBeNull();
    expect(spanFor(hit(0, 'abbr'), 'term', 'ko')).toBeNull();
    expect(spanFor(hit(0, 'alt', 1), 'alt', 'ko', 1)).not.toBeNull();
    expect(spanFor(hit(0, 'alt', 1), 'alt', 'ko', 0)).toBeNull();
    expect(spanFor(null, 'term', 'ko')).toBeNull();
  });
});
