// The Prep view's documents, candidates and drill: what to say about a document's warnings, how the keys
// move and act, and how a reading is cut into marked runs. Pure functions, so they are unit-tested without
// a window.
import type { DocumentWarning, DrillCard, DrillGrade, Prompted } from '../lib/ipc';
import { CommandError } from '../lib/ipc';

/** A UI message: its Fluent id and arguments. */
export interface Message {
  id: string;
  args?: Record<string, string | number>;
}

/** What to tell the user about a document read only in part. */
export function warningMessage(w: DocumentWarning): Message {
  switch (w.kind) {
    case 'unreadableUnit':
      return { id: 'doc-warn-unreadable', args: { unit: w.unit } };
    case 'noTextOn':
      return { id: 'doc-warn-no-text', args: { units: w.units.join(', '), count: w.units.length } };
    case 'truncated':
      return { id: 'doc-warn-truncated', args: { read: w.read, total: w.total } };
    case 'invalidEncoding':
      return { id: 'doc-warn-encoding' };
  }
}

/** A failed documents command, in the user's words; the core's message (it names the file) goes along. */
export function failureMessage(e: unknown): Message {
  const detail = e instanceof CommandError ? e.message : String(e);
  const kind = e instanceof CommandError ? e.kind : 'ipc';
  switch (kind) {
    case 'readOnly':
      return { id: 'doc-error-read-only' };
    case 'document':
      return { id: 'doc-error-document', args: { detail } };
    case 'documentExists':
      return { id: 'doc-error-exists', args: { detail } };
    default:
      return { id: 'doc-error-other', args: { detail } };
  }
}

/** The selected row after `delta` (clamped to the list; -1 for an empty list). */
export function move(at: number, delta: number, length: number): number {
  if (length === 0) return -1;
  return Math.max(0, Math.min(length - 1, at + delta));
}

/** The candidate list's keys: arrows move, A or Enter adds to the glossary, D or Delete dismisses. */
export function candidateAction(key: string): 'up' | 'down' | 'accept' | 'dismiss' | null {
  switch (key) {
    case 'ArrowUp':
    case 'k':
      return 'up';
    case 'ArrowDown':
    case 'j':
      return 'down';
    case 'a':
    case 'A':
    case 'Enter':
      return 'accept';
    case 'd':
    case 'D':
    case 'Delete':
      return 'dismiss';
    default:
      return null;
  }
}

export const GRADES: readonly DrillGrade[] = ['again', 'hard', 'good', 'easy'];

/** The drill's grade keys 1–4 (Again, Hard, Good, Easy), only once the answer is shown. */
export function gradeFor(key: string, revealed: boolean): DrillGrade | null {
  if (!revealed) return null;
  const n = ['1', '2', '3', '4'].indexOf(key);
  return n < 0 ? null : GRADES[n];
}

/** What the drill proposes after a typed answer: Good when right, Again when wrong (the user may override). */
export function suggested(right: boolean | null): DrillGrade | null {
  return right === null ? null : right ? 'good' : 'again';
}

/** The language names a card goes between, as message ids ("en" → "doc-lang-en"). */
export const langId = (card: DrillCard, side: 'from' | 'to') => `doc-lang-${card[side]}`;

/** One run of a reading: plain text, or the words of one prompt with what to show beside them. */
export interface Run {
  text: string;
  prompt: Prompted | null;
  /** For a number: its rendering in the other language ("350 million" beside "3억 5천만"). */
  converted?: string;
}

/** A document's text cut into runs (prompt spans are in characters, not UTF-16 units). */
export function readingRuns(text: string, prompted: Prompted[]): Run[] {
  const chars = Array.from(text);
  const out: Run[] = [];
  let at = 0;
  for (const p of [...prompted].sort((a, b) => a.start - b.start)) {
    if (p.start < at || p.end > chars.length) continue;
    if (p.start > at) out.push({ text: chars.slice(at, p.start).join(''), prompt: null });
    const run: Run = { text: chars.slice(p.start, p.end).join(''), prompt: p };
    if (p.kind === 'number' && p.number) {
      const other = p.number.sourceLang === 'ko' ? p.en : p.ko;
      if (other && other !== run.text) run.converted = other;
    }
    out.push(run);
    at = p.end;
  }
  if (at < chars.length) out.push({ text: chars.slice(at).join(''), prompt: null });
  return out;
}
