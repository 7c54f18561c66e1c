// How "running late" reads: whole minutes, rounded, with the sign turned into words by the caller.

/** Minutes late (positive), ahead (negative) or 0 for on time, from the core's `lateSeconds`. */
export function lateMinutes(seconds: number): number {
  const m = Math.round(seconds / 60);
  return m === 0 ? 0 : m; // no "-0"
}

/** The message id and arguments for a `lateSeconds` value. */
export function lateMessage(seconds: number): { id: string; minutes: number } {
  const m = lateMinutes(seconds);
  if (m > 0) return { id: 'late-behind', minutes: m };
  if (m < 0) return { id: 'late-ahead', minutes: -m };
  return { id: 'late-on-time', minutes: 0 };
}
