// Keystroke → painted results, measured in the real window: the glossary records, for every query whose
// results were painted, the time from the input event to the frame after the results were in the DOM, and
// where it went. The end-to-end harness reads it (ui/e2e/latency.mjs) so the number in BENCHMARKS.md comes
// from the window people use, not from a model of it. Kept in memory only, bounded.

/** Where one keystroke's time went (ms): input event → search asked (Svelte's effect), the search's round
 * trip to the shell (`ipc`: the synchronous search scheme, or the command when it falls back; the core's
 * search included), the DOM update of the first rows, and the frame that paints them (layout, paint,
 * waiting for the frame). `wait` is the part of `frame` before its rendering began (the first
 * `requestAnimationFrame` callback): time spent waiting for the frame, not drawing it. */
export interface LatencyParts {
  before: number;
  ipc: number;
  dom: number;
  frame: number;
  wait: number;
}

export interface LatencySample extends Partial<LatencyParts> {
  ms: number;
  query: string;
  /** How the results came: the synchronous search scheme, or the `search` command (its fallback). */
  via?: 'instant' | 'command';
}

declare global {
  interface Window {
    __boothGlossaryLatency?: LatencySample[];
  }
}

const MAX_SAMPLES = 5000;

export function recordLatency(ms: number, query: string, parts?: LatencyParts, via?: LatencySample['via']): void {
  if (typeof window === 'undefined') return;
  const samples = (window.__boothGlossaryLatency ??= []);
  if (samples.length >= MAX_SAMPLES) samples.shift();
  samples.push({ ms, query, ...parts, via });
}
