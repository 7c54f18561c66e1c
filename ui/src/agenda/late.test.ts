import { describe, expect, it } from 'vitest';
import { lateMessage, lateMinutes } from './late';

describe('running late', () => {
  it('rounds seconds to whole minutes either way', () => {
    expect(lateMinutes(420)).toBe(7);
    expect(lateMinutes(89)).toBe(1);
    expect(lateMinutes(29)).toBe(0);
    expect(Object.is(lateMinutes(-20), 0)).toBe(true);
    expect(lateMinutes(-300)).toBe(-5);
  });

  it('chooses late, ahead or on time', () => {
    expect(lateMessage(420)).toEqual({ id: 'late-behind', minutes: 7 });
    expect(lateMessage(-180)).toEqual({ id: 'late-ahead', minutes: 3 });
    expect(lateMessage(10)).toEqual({ id: 'late-on-time', minutes: 0 });
  });
});
