import { describe, expect, it } from 'vitest';
import { candidateAction, failureMessage, gradeFor, move, readingRuns, suggested, warningMessage } from './documents';
import { CommandError, type Prompted } from '../lib/ipc';

describe('document warnings and failures', () => {
  it('names the scanned pages and the truncated read', () => {
    expect(warningMessage({ kind: 'noTextOn', units: [2, 5] })).toEqual({
      id: 'doc-warn-no-text',
      args: { units: '2, 5', count: 2 },
    });
    expect(warningMessage({ kind: 'truncated', read: 3, total: 500 })).toEqual({
      id: 'doc-warn-truncated',
      args: { read: 3, total: 500 },
    });
    expect(warningMessage({ kind: 'invalidEncoding' }).id).toBe('doc-warn-encoding');
    expect(warningMessage({ kind: 'unreadableUnit', unit: 4 }).args).toEqual({ unit: 4 });
  });

  it('keeps the core message, which names the file', () => {
    const m = failureMessage(new CommandError('document', '/tmp/broken.pdf: corrupt'));
    expect(m).toEqual({ id: 'doc-error-document', args: { detail: '/tmp/broken.pdf: corrupt' } });
    expect(failureMessage(new CommandError('readOnly', 'x')).id).toBe('doc-error-read-only');
    expect(failureMessage(new CommandError('documentExists', 'a.pdf')).id).toBe('doc-error-exists');
    expect(failureMessage(new Error('boom'))).toEqual({ id: 'doc-error-other', args: { detail: 'Error: boom' } });
  });
});

describe('keys', () => {
  it('moves within the list and stops at its ends', () => {
    expect(move(0, -1, 3)).toBe(0);
    expect(move(1, 1, 3)).toBe(2);
    expect(move(2, 1, 3)).toBe(2);
    expect(move(-1, 1, 3)).toBe(0);
    expect(move(0, 1, 0)).toBe(-1);
  });

  it('maps candidate keys to actions', () => {
    expect(candidateAction('ArrowDown')).toBe('down');
    expect(candidateAction('a')).toBe('accept');
    expect(candidateAction('Enter')).toBe('accept');
    expect(candidateAction('Delete')).toBe('dismiss');
    expect(candidateAction('x')).toBeNull();
  });

  it('grades with 1–4 only once the answer is shown', () => {
    expect(gradeFor('1', false)).toBeNull();
    expect(gradeFor('1', true)).toBe('again');
    expect(gradeFor('4', true)).toBe('easy');
    expect(gradeFor('5', true)).toBeNull();
    expect(suggested(true)).toBe('good');
    expect(suggested(false)).toBe('again');
    expect(suggested(null)).toBeNull();
  });
});

describe('reading runs', () => {
  const number = (start: number, end: number, text: string, en: string, ko: string, sourceLang: 'ko' | 'en' | 'neutral') =>
    ({ kind: 'number', start, end, text, en, ko, number: { sourceLang } }) as unknown as Prompted;
  const term = (start: number, end: number, text: string) => ({ kind: 'term', start, end, text, en: text, ko: '용어' }) as Prompted;

  it('cuts by characters, not UTF-16 units, and converts numbers into the other language', () => {
    // "😀" is two UTF-16 units but one character: the spans count it once.
    const text = '😀 예산 3억 5천만 원, SDGs.';
    const runs = readingRuns(text, [number(5, 13, '3억 5천만 원', '350 million won', '3억 5천만 원', 'ko'), term(15, 19, 'SDGs')]);
    expect(runs.map((r) => r.text)).toEqual(['😀 예산 ', '3억 5천만 원', ', ', 'SDGs', '.']);
    expect(runs[1].converted).toBe('350 million won');
    expect(runs[3].prompt?.kind).toBe('term');
    expect(runs[3].converted).toBeUndefined();
  });

  it('shows no conversion that only repeats the digits, and skips overlapping spans', () => {
    const runs = readingRuns('in 2021 now', [number(3, 7, '2021', '2021', '2021', 'neutral'), term(4, 6, '02')]);
    expect(runs.map((r) => r.text)).toEqual(['in ', '2021', ' now']);
    expect(runs[1].converted).toBeUndefined();
  });
});
