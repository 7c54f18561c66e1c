import { describe, expect, it } from 'vitest';
import type { Concept } from '../lib/bindings/Concept';
import type { Hit } from '../lib/bindings/Hit';
import { emptyListing, hitRows, move, spanFor } from './rows';

const concept = (id: string, sessions: string[] = []): Concept => ({
  id,
  term: { 'en-US': id, ko: id },
  abbr: {},
  alt: {},
  note: {},
  domain: null,
  sessions,
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
  it('lists the session’s concepts for an empty query, in pack order', () => {
    const g = [concept('a'), concept('b', ['s1']), concept('c', ['s2']), concept('d', ['s1'])];
    const l = emptyListing(g, 's1');
    expect(l.rows.map((r) => r.concept.id)).toEqual(['b', 'd']);
    expect(l).toMatchObject({ total: 2, session: true });
  });

  it('falls back to the glossary and never lists more than the cap', () => {
    const g = Array.from({ length: 100_000 }, (_, i) => concept(`c${i}`));
    const l = emptyListing(g, 'no-such-session', 200);
    expect(l.rows).toHaveLength(200);
    expect(l).toMatchObject({ total: 100_000, session: false });
    expect(emptyListing(g, null, 200).rows[0].concept.id).toBe('c0');
  });

  it('drops hits that point outside the glossary', () => {
    const g = [concept('a'), concept('b')];
    expect(hitRows(g, [hit(1, 'term'), hit(7, 'term')]).map((r) => r.concept.id)).toEqual(['b']);
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
