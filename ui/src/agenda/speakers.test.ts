import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakers';

describe('speakersOf', () => {
  it('puts the lead speaker first, then the others in order', () => {
    expect(speakersOf({ speaker: 'ann-lee', cospeakers: ['raj-patel', 'mia-wong'] })).toEqual(['ann-lee', 'raj-patel', 'mia-wong']);
  });
  it('is empty for a break and has the co-speakers alone when nobody leads', () => {
    expect(speakersOf({ speaker: null })).toEqual([]);
    expect(speakersOf({ speaker: null, cospeakers: ['raj-patel'] })).toEqual(['raj-patel']);
  });
  it('names nobody twice', () => {
    expect(speakersOf({ speaker: 'ann-lee', cospeakers: ['ann-lee', 'raj-patel'] })).toEqual(['ann-lee', 'raj-patel']);
  });
});
