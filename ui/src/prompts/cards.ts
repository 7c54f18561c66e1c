// The prompts on screen: newest first, each fading after the user's time unless pinned. Pure functions, so
// the region's behaviour is unit-tested without a window.
import type { Prompted } from '../lib/ipc';

export interface Shown {
  /** Unique per prompt shown (the same term may come back after its cool-down). */
  key: number;
  prompted: Prompted;
  /** When it arrived (ms, the page's clock). */
  at: number;
  pinned: boolean;
  /** Heard late: the recogniser heard the words right only seconds after they were said. */
  late: boolean;
}

let next = 0;

/** New prompts first (in the order they were said within one line), then what was there. */
export function arrive(list: Shown[], prompted: Prompted[], now: number, late = false): Shown[] {
  const fresh = prompted.map((p) => ({ key: ++next, prompted: p, at: now, pinned: false, late }));
  return [...fresh.reverse(), ...list];
}

/** What is still on screen at `now`: pinned prompts, and the others younger than `fadeS` (0: never fade). */
export function fade(list: Shown[], now: number, fadeS: number): Shown[] {
  if (fadeS <= 0) return list;
  const kept = list.filter((s) => s.pinned || now - s.at < fadeS * 1000);
  return kept.length === list.length ? list : kept;
}

/** The text cut into runs, each either plain or the words of one prompt (spans are in characters). */
export function runs(text: string, prompted: Prompted[]): { text: string; prompt: Prompted | null }[] {
  const chars = Array.from(text);
  const out: { text: string; prompt: Prompted | null }[] = [];
  let at = 0;
  for (const p of [...prompted].sort((a, b) => a.start - b.start)) {
    if (p.start < at || p.end > chars.length) continue;
    if (p.start > at) out.push({ text: chars.slice(at, p.start).join(''), prompt: null });
    out.push({ text: chars.slice(p.start, p.end).join(''), prompt: p });
    at = p.end;
  }
  if (at < chars.length) out.push({ text: chars.slice(at).join(''), prompt: null });
  return out;
}

/** An exact decimal string with its integer digits grouped by three ("-350000000.5" → "-350,000,000.5"):
 *  no float in between, so 10^16 shows as it is. */
export function grouped(value: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '');
}
