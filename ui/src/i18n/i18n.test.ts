import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { bundleFrom, locale, setLocale, t } from './i18n.svelte';
import { ftl } from '../lib/test-support';


afterEach(() => clearMocks());

describe('UI strings', () => {
  it('format plurals and variables from the real files', () => {
    const en = bundleFrom('en-US', ftl('en-US'));
    const one = en.getMessage('glossary-results')!.value!;
    expect(en.formatPattern(one, { count: 1 })).toBe('1 concept');
    expect(en.formatPattern(one, { count: 203 })).toBe('203 concepts');
    const ko = bundleFrom('ko', ftl('ko'));
    expect(ko.formatPattern(ko.getMessage('agenda-left')!.value!, { minutes: 9, seconds: 5 })).toBe('9분 5초 남음');
  });

  it('switch locale live through the IPC module', async () => {
    mockIPC((cmd, args) => {
      expect(cmd).toBe('ui_strings');
      return ftl((args as { locale: string }).locale);
    });
    await setLocale('ko');
    expect(locale()).toBe('ko');
    expect(t('region-glossary')).toBe('용어집');
    expect(t('glossary-search', undefined, 'placeholder')).toBe('영어 또는 한국어로 검색…');
    await setLocale('en-US');
    expect(t('region-glossary')).toBe('Glossary');
    expect(t('no-such-id')).toBe('no-such-id');
  });
});
