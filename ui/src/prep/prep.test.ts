import { describe, expect, it } from 'vitest';
import { sessionPeople, sessionTerms } from './prep';
import type { Pack } from '../lib/ipc';

// A pack shaped like the core's JSON, reduced to what the prep view reads.
const person = (id: string) => ({ id, name: { 'en-US': id } }) as unknown as Pack['people'][number];
const pack = {
  people: ['mod', 'a', 'b', 'other'].map(person),
  glossary: [
    { id: 'x', sessions: ['s1'] },
    { id: 'y', sessions: ['s2'] },
    { id: 'z', sessions: ['s1', 's2'] },
  ],
  agenda: {
    blocks: [
      { session: 's1', moderator: 'mod', items: [{ speaker: 'a' }, { speaker: 'b' }, { speaker: null }, { speaker: 'a' }] },
      { session: 's2', moderator: 'other', items: [{ speaker: 'b' }] },
      { session: null, moderator: null, items: [{ speaker: 'other' }] },
    ],
  },
} as unknown as Pack;

describe('prep view', () => {
  it('lists a session’s moderator first, then its speakers once each, in programme order', () => {
    expect(sessionPeople(pack, 's1').map((p) => [p.person.id, p.moderator])).toEqual([
      ['mod', true],
      ['a', false],
      ['b', false],
    ]);
    expect(sessionPeople(pack, 'none')).toEqual([]);
  });

  it('lists the concepts linked to the session', () => {
    expect(sessionTerms(pack, 's1').map((c) => c.id)).toEqual(['x', 'z']);
    expect(sessionTerms(pack, 's2').map((c) => c.id)).toEqual(['y', 'z']);
  });
});
