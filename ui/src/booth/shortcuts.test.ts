import { describe, expect, it } from 'vitest';
import { actionFor, isTyping, SHORTCUTS, type KeyLike } from './shortcuts';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...k });

describe('booth shortcuts', () => {
  it('map font, theme, language, late and region keys', () => {
    expect(actionFor(key({ key: '=', ctrlKey: true }), false)).toBe('font-bigger');
    expect(actionFor(key({ key: '+', ctrlKey: true, shiftKey: true }), true)).toBe('font-bigger');
    expect(actionFor(key({ key: '-', ctrlKey: true }), false)).toBe('font-smaller');
    expect(actionFor(key({ key: '0', metaKey: true }), false)).toBe('font-reset');
    expect(actionFor(key({ key: 't', code: 'KeyT', altKey: true }), false)).toBe('theme');
    // macOS Option+T types a dagger: the physical key still counts.
    expect(actionFor(key({ key: '†', code: 'KeyT', altKey: true }), false)).toBe('theme');
    expect(actionFor(key({ key: '2', code: 'Digit2', altKey: true }), true)).toBe('focus-speaker');
    expect(actionFor(key({ key: 'ArrowUp', altKey: true }), false)).toBe('later');
    expect(actionFor(key({ key: 'ArrowDown', altKey: true }), false)).toBe('earlier');
  });

  it('leave plain keys to text fields', () => {
    expect(actionFor(key({ key: '?' }), false)).toBe('help');
    expect(actionFor(key({ key: '?' }), true)).toBeNull();
    expect(actionFor(key({ key: 'F1' }), true)).toBe('help');
    expect(actionFor(key({ key: 'a' }), false)).toBeNull();
    // Ctrl+F belongs to the glossary component.
    expect(actionFor(key({ key: 'f', ctrlKey: true }), false)).toBeNull();
  });

  it('know what a text field is', () => {
    const input = document.createElement('input');
    expect(isTyping(input)).toBe(true);
    input.type = 'button';
    expect(isTyping(input)).toBe(false);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('list only labels that both UI locales translate', () => {
    const dir = (loc: string) => resolve(__dirname, `../../../locales/${loc}/booth`);
    for (const loc of ['en-US', 'ko']) {
      const ftl = readdirSync(dir(loc))
        .filter((f) => f.endsWith('.ftl'))
        .map((f) => readFileSync(resolve(dir(loc), f), 'utf8'))
        .join('\n');
      for (const s of SHORTCUTS) expect(ftl, `${loc}: ${s.label}`).toMatch(new RegExp(`^${s.label} =`, 'm'));
    }
  });
});
