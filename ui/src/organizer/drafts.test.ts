import { describe, expect, it } from 'vitest';
import { conceptForm, conceptProblems, itemForm, newId, personForm, toConcept, toItem, toPerson } from './drafts';
import type { Concept } from '../lib/bindings/Concept';

const L = ['en-US', 'ko'];
const sdgs: Concept = {
  id: 'sdgs',
  term: { 'en-US': 'Sustainable Development Goals', ko: '지속가능발전목표' },
  abbr: { 'en-US': 'SDGs' },
  alt: { ko: ['지속가능개발목표', 'SDG'] },
  note: {},
  domain: 'Development',
  sessions: ['session-2'],
  unverified: [],
};

describe('edit drafts', () => {
  it('round-trip a concept through its form', () => {
    expect(toConcept(conceptForm(sdgs, L))).toEqual(sdgs);
  });

  it('drop empty values, split other renderings on ; and trim', () => {
    const f = conceptForm(null, L);
    f.id = ' new-term ';
    f.term = { 'en-US': ' local economy ', ko: '지역경제' };
    f.alt = { 'en-US': 'regional economy ;; ', ko: '' };
    f.note.ko = '   ';
    const c = toConcept(f);
    expect(c).toEqual({
      id: 'new-term',
      term: { 'en-US': 'local economy', ko: '지역경제' },
      abbr: {},
      alt: { 'en-US': ['regional economy'] },
      note: {},
      domain: null,
      sessions: [],
      unverified: [],
    });
  });

  it('refuse a concept without both terms or with a bad id', () => {
    const f = conceptForm(sdgs, L);
    expect(conceptProblems(f, L)).toEqual([]);
    f.term.ko = ' ';
    f.id = 'Bad Id';
    expect(conceptProblems(f, L)).toEqual(['org-problem-id', 'org-problem-both-terms']);
  });

  it('make people and items drafts the core accepts', () => {
    const p = personForm(null, L);
    p.id = 'jane-doe';
    p.name = { 'en-US': 'Jane Doe', ko: '' };
    p.email = ' ';
    expect(toPerson(p)).toMatchObject({ id: 'jane-doe', name: { 'en-US': 'Jane Doe' }, email: null, contact: false });
    const i = itemForm(null, 'opening', L);
    i.id = 'welcome';
    i.minutes = 7.6;
    expect(toItem(i)).toMatchObject({ id: 'welcome', block: 'opening', minutes: 8, speaker: null, cospeakers: [], position: null });
    i.speaker = 'ann-lee';
    i.cospeakers = ['ann-lee', 'raj-patel'];
    expect(toItem(i).cospeakers).toEqual(['raj-patel']);
  });

  it('make unique ids from names', () => {
    expect(newId('Sustainable Development Goals', [])).toBe('sustainable-development-goals');
    expect(newId('SDGs', ['sdgs', 'sdgs-2'])).toBe('sdgs-3');
    expect(newId('지속가능', [])).toBe('new');
  });
});
