/** Splits `text` around a span given in Unicode scalar values (how the core counts), not UTF-16 units. */
export function splitSpan(text: string, start: number, end: number): [string, string, string] {
  const chars = Array.from(text);
  const s = Math.max(0, Math.min(start, chars.length));
  const e = Math.max(s, Math.min(end, chars.length));
  return [chars.slice(0, s).join(''), chars.slice(s, e).join(''), chars.slice(e).join('')];
}

/** `m:ss` for a number of seconds (negative clamps to 0). */
export function minSec(seconds: number): { minutes: number; seconds: number } {
  const s = Math.max(0, Math.floor(seconds));
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
