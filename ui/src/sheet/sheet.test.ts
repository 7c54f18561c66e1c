import { describe, expect, it } from 'vitest';
import { sheetPages } from './sheet';
import type { Pack } from '../lib/ipc';

const pack = {
  locales: ['en-US', 'ko'],
  sessions: [
    { id: 's1', title: { 'en-US': 'One' }, organizer: {}, summary: {} },
    { id: 's2', title: { 'en-US': 'Two' }, organizer: {}, summary: {} },
  ],
  agenda: { blocks: [{ id: 'b1', session: 's1', moderator: 'mo', items: [{ id: 'i1', speaker: 'sp' }] }] },
  people: [
    { id: 'sp', name: { 'en-US': 'Speaker' } },
    { id: 'mo', name: { 'en-US': 'Moderator' } },
  ],
  glossary: [
    { id: 'z', term: { 'en-US': 'zeta' }, sessions: ['s1'] },
    { id: 'a', term: { 'en-US': 'Alpha' }, sessions: ['s1'] },
    { id: 'o', term: { 'en-US': 'other' }, sessions: ['s2'] },
  ],
} as unknown as Pack;

describe('booth sheet', () => {
  it('has one page per session with its people (moderators first) and its terms alphabetically', () => {
    const pages = sheetPages(pack, null);
    expect(pages.map((p) => p.session.id)).toEqual(['s1', 's2']);
    expect(pages[0].people.map((p) => [p.person.id, p.moderator])).toEqual([
      ['mo', true],
      ['sp', false],
    ]);
    expect(pages[0].terms.map((c) => c.id)).toEqual(['a', 'z']);
    expect(pages[0].blocks.map((b) => b.id)).toEqual(['b1']);
    expect(pages[1].blocks).toEqual([]);
  });

  it('can be limited to one session', () => {
    expect(sheetPages(pack, 's2').map((p) => p.terms.map((c) => c.id))).toEqual([['o']]);
  });
});
