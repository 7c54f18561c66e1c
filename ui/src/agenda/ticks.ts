// Which time labels fit under the day timeline. Pure geometry, so it is testable without a window.
//
// `at` are the labels' positions as fractions of the bar (0 = day start, 1 = day end), in order. The first
// label is drawn starting at its position and the last ending at its position (so neither hangs off the
// bar); every other one is centred on its position. The first and last are always kept (unless the bar is
// too narrow for both, then only the first); an inner label is kept only if it clears the previous kept
// label and the last one by `gap` pixels.
export type TickAnchor = 'start' | 'middle' | 'end';

export function fitTicks(at: number[], barWidth: number, labelWidth: number, gap = 6): { index: number; anchor: TickAnchor }[] {
  const n = at.length;
  if (n === 0) return [];
  if (n === 1 || !(barWidth > 0)) return [{ index: 0, anchor: 'start' }];
  const px = at.map((f) => f * barWidth);
  const first = { index: 0, anchor: 'start' as TickAnchor };
  const firstRight = px[0] + labelWidth;
  const lastLeft = px[n - 1] - labelWidth;
  if (lastLeft < firstRight + gap) return [first];
  const kept: { index: number; anchor: TickAnchor }[] = [first];
  let right = firstRight;
  for (let i = 1; i < n - 1; i++) {
    const l = px[i] - labelWidth / 2;
    const r = px[i] + labelWidth / 2;
    if (l >= right + gap && r <= lastLeft - gap) {
      kept.push({ index: i, anchor: 'middle' });
      right = r;
    }
  }
  kept.push({ index: n - 1, anchor: 'end' });
  return kept;
}
