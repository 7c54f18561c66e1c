import { describe, expect, it } from 'vitest';
import { byLevel, targetOf, where } from './jump';
import type { Finding } from '../lib/bindings/Finding';

const f = (over: Partial<Finding>): Finding => ({
  severity: 'error',
  code: 'missing-message',
  file: 'ko/forum/glossary.ftl',
  line: null,
  column: null,
  message: 'm',
  locale: 'ko',
  id: null,
  attribute: null,
  reference: null,
  ...over,
});

describe('check findings', () => {
  it('lead to the concept, person or item their message id names', () => {
    expect(targetOf(f({ id: 'concept-sdgs' }))).toEqual({ kind: 'concept', id: 'sdgs' });
    expect(targetOf(f({ id: 'person-du-sub-shin' }))).toEqual({ kind: 'person', id: 'du-sub-shin' });
    expect(targetOf(f({ id: 'item-s1-qa' }))).toEqual({ kind: 'item', id: 's1-qa' });
  });

  it('lead nowhere for other entries, which show file:line:col instead', () => {
    expect(targetOf(f({ id: 'block-opening' }))).toBeNull();
    expect(targetOf(f({ id: '-brand' }))).toBeNull();
    expect(targetOf(f({ id: 'concept-' }))).toBeNull();
    expect(targetOf(f({}))).toBeNull();
    expect(where(f({ line: 12, column: 3 }))).toBe('ko/forum/glossary.ftl:12:3');
    expect(where(f({}))).toBe('ko/forum/glossary.ftl');
  });

  it('are grouped most serious first', () => {
    const groups = byLevel([f({ severity: 'warning' }), f({ severity: 'error' }), f({ severity: 'warning' })]);
    expect(groups.map((g) => [g.level, g.findings.length])).toEqual([
      ['error', 1],
      ['warning', 2],
    ]);
  });
});
