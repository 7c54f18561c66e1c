import { describe, expect, it } from 'vitest';
import { clampScale, defaults, parse } from './prefs.svelte';

describe('booth prefs', () => {
  it('default the theme from the OS and the rest to neutral values', () => {
    const d = defaults(true);
    expect([d.theme, d.scale, d.locale, d.localZone, d.view]).toEqual(['dark', 1, null, null, 'live']);
    expect([d.promptsOpen, d.promptFade, d.promptCooldown]).toEqual([false, 20, 60]);
    expect(defaults(false).theme).toBe('light');
  });

  it('read back what was stored, and ignore what is broken field by field', () => {
    const base = defaults(false);
    const stored = JSON.stringify({ theme: 'dark', scale: 1.4, locale: 'ko', localZone: 'Europe/Berlin', view: 'prep' });
    expect(parse(stored, base)).toEqual({ ...base, theme: 'dark', scale: 1.4, locale: 'ko', localZone: 'Europe/Berlin', view: 'prep' });
    expect(parse(JSON.stringify({ promptsOpen: true, promptFade: 0, promptCooldown: 7200 }), base)).toEqual({ ...base, promptsOpen: true, promptFade: 0 });
    expect(parse('{not json', base)).toEqual(base);
    expect(parse(JSON.stringify({ theme: 'purple', scale: 'big', view: 1 }), base)).toEqual(base);
    expect(parse(null, base)).toEqual(base);
  });

  it('keep the font scale readable', () => {
    expect(clampScale(5)).toBe(2);
    expect(clampScale(0.1)).toBe(0.8);
    expect(clampScale(1.1 + 0.1)).toBe(1.2);
    expect(clampScale(Number.NaN)).toBe(1);
  });
});
