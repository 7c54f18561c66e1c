import { describe, expect, it, beforeEach } from 'vitest';
import { clock, offEventDay, readSaved } from './clock.svelte';

describe('the clock', () => {
  beforeEach(() => localStorage.clear());

  it('knows the event day in the event zone, not the machine’s', () => {
    // 2021-07-06 23:30 UTC is already 7 July in Seoul.
    const t = Date.parse('2021-07-06T23:30:00Z');
    expect(offEventDay('2021-07-07', 'Asia/Seoul', t)).toBe(false);
    expect(offEventDay('2021-07-07', 'UTC', t)).toBe(true);
    expect(offEventDay('2021-07-07', 'Asia/Seoul', Date.parse('2026-12-05T05:00:00Z'))).toBe(true);
  });

  it('reads only well-formed remembered rehearsals', () => {
    expect(readSaved(null)).toEqual({});
    expect(readSaved('not json')).toEqual({});
    expect(readSaved('[1]')).toEqual({});
    expect(readSaved('{"a": 5, "b": "x", "c": null}')).toEqual({ a: 5 });
  });

  it('remembers a rehearsal per pack until the real clock is chosen again', () => {
    const start = Date.parse('2021-07-07T05:00:00Z');
    clock.usePack('forum');
    expect(clock.mode).toBe('real');
    clock.rehearseFrom(start);
    expect(readSaved(localStorage.getItem('booth.rehearsal.v1'))).toEqual({ forum: start });
    clock.usePack('other');
    expect(clock.mode).toBe('real');
    clock.usePack('forum');
    expect(clock.mode).toBe('rehearsal');
    expect(Math.abs(clock.now - start)).toBeLessThan(1000);
    clock.backToReal();
    expect(readSaved(localStorage.getItem('booth.rehearsal.v1'))).toEqual({});
    clock.usePack('other');
    clock.usePack('forum');
    expect(clock.mode).toBe('real');
  });
});
