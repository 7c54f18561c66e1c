import { describe, expect, it } from 'vitest';
import { choiceKey, choiceOf, consensus, decisionsFor, fieldValue, groupPending, percent, verdictOf } from './exchange';
import type { Concept } from '../lib/bindings/Concept';
import type { ImportConflict } from '../lib/bindings/ImportConflict';
import type { Review } from '../lib/bindings/Review';

const sdgs: Concept = {
  id: 'sdgs',
  term: { 'en-US': 'Sustainable Development Goals', ko: '지속가능발전목표' },
  abbr: { 'en-US': 'SDGs' },
  alt: { ko: ['지속가능개발목표', 'SDG'] },
  note: { ko: '유엔 2030 의제' },
  domain: 'Development',
  sessions: ['session-1', 'session-2'],
  unverified: [],
};

const conflict = (key: string): ImportConflict => ({
  key,
  kind: 'sameIdOtherContent',
  existing: sdgs,
  imported: sdgs,
  incoming: sdgs,
  fields: ['term.ko'],
  entry: 2,
});

const review = (reviewer: string, status: Review['status'], term = '지속가능발전목표'): Review => ({
  concept: 'sdgs',
  locale: 'ko',
  term,
  reviewer,
  status,
  comment: null,
  date: null,
});

describe('import preview helpers', () => {
  it('read the fields the core names', () => {
    expect(fieldValue(sdgs, 'term.ko')).toBe('지속가능발전목표');
    expect(fieldValue(sdgs, 'abbr.en-US')).toBe('SDGs');
    expect(fieldValue(sdgs, 'abbr.ko')).toBe('');
    expect(fieldValue(sdgs, 'alt.ko')).toBe('지속가능개발목표; SDG');
    expect(fieldValue(sdgs, 'note.ko')).toBe('유엔 2030 의제');
    expect(fieldValue(sdgs, 'domain')).toBe('Development');
    expect(fieldValue(sdgs, 'sessions')).toBe('session-1; session-2');
    expect(fieldValue(sdgs, 'nonsense.ko')).toBe('');
  });

  it('answer every conflict, skipping what was not taken', () => {
    expect(decisionsFor([conflict('a'), conflict('b')], new Set(['b']))).toEqual({ a: 'skip', b: 'import' });
    expect(decisionsFor([], new Set(['x']))).toEqual({});
  });

  it('turn progress into a bounded percentage', () => {
    expect(percent(null)).toBe(0);
    expect(percent({ done: 0, total: 0 })).toBe(100);
    expect(percent({ done: 512, total: 1024 })).toBe(50);
    expect(percent({ done: 2000, total: 1024 })).toBe(100);
  });
});

describe('review helpers', () => {
  const reviews = [review('deniz-susar', 'preferred'), review('sean-audain', 'preferred'), review('sean-audain', 'deprecated', 'SDGs')];

  it('find one reviewer’s verdict', () => {
    expect(verdictOf(reviews, 'sean-audain', 'sdgs', 'ko', 'SDGs')?.status).toBe('deprecated');
    expect(verdictOf(reviews, 'deniz-susar', 'sdgs', 'ko', 'SDGs')).toBeUndefined();
  });

  it('agree only when every verdict is the same', () => {
    expect(consensus(reviews, 'sdgs', 'ko', '지속가능발전목표')).toEqual({ count: 2, agreed: 'preferred' });
    const split = [...reviews, review('zaki-khoury', 'admitted')];
    expect(consensus(split, 'sdgs', 'ko', '지속가능발전목표')).toEqual({ count: 3, agreed: null });
    expect(consensus(reviews, 'sdgs', 'en-US', 'SDGs')).toEqual({ count: 0, agreed: null });
  });

  it('group pending reviews by session and reviewer, keeping order', () => {
    const p = (session: string, reviewer: string, term: string) => ({ session, reviewer, concept: 'sdgs', locale: 'ko', term });
    const groups = groupPending([p('s2', 'a', 'x'), p('s2', 'b', 'x'), p('s2', 'a', 'y'), p('s1', 'a', 'x')]);
    expect(groups.map((g) => [g.session, g.reviewer, g.items.length])).toEqual([
      ['s2', 'a', 2],
      ['s2', 'b', 1],
      ['s1', 'a', 1],
    ]);
  });
});

describe('column choices', () => {
  it('round-trip through menu values', () => {
    for (const c of [{ as: 'keep' }, { as: 'note' }, { as: 'drop' }, { as: 'field', field: 'definition', locale: 'en-US' }] as const) {
      expect(choiceOf(choiceKey(c))).toEqual(c);
    }
  });
  it('keep the column for anything it does not know', () => {
    expect(choiceOf('')).toEqual({ as: 'keep' });
    expect(choiceOf('field:term')).toEqual({ as: 'keep' });
  });
});
