import { describe, expect, it } from 'vitest';
import { fitTicks } from './ticks';

// The forum's day: 14:00, 14:15, 15:15, 16:15 block starts and the 16:30 end, over 150 minutes.
const forum = [0, 15 / 150, 75 / 150, 135 / 150, 1];

describe('fitTicks', () => {
  it('keeps every label when the bar is wide enough, first and last anchored to the ends', () => {
    expect(fitTicks(forum, 1250, 32)).toEqual([
      { index: 0, anchor: 'start' },
      { index: 1, anchor: 'middle' },
      { index: 2, anchor: 'middle' },
      { index: 3, anchor: 'middle' },
      { index: 4, anchor: 'end' },
    ]);
  });

  it('drops inner labels that would collide and keeps the first and last', () => {
    // 300 px bar, 40 px labels: 14:15 sits at 30 px (collides with 14:00 ending at 40), 16:15 at 270 px
    // (collides with 16:30 starting at 260).
    expect(fitTicks(forum, 300, 40).map((t) => t.index)).toEqual([0, 2, 4]);
  });

  it('never lets kept labels overlap, whatever the width', () => {
    for (let w = 20; w <= 2000; w += 7) {
      for (const label of [20, 32, 64]) {
        const kept = fitTicks(forum, w, label);
        const spans = kept.map(({ index, anchor }) => {
          const x = forum[index] * w;
          return anchor === 'start' ? [x, x + label] : anchor === 'end' ? [x - label, x] : [x - label / 2, x + label / 2];
        });
        for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
        expect(kept[0].index).toBe(0);
      }
    }
  });

  it('keeps only the first when even the first and last do not fit', () => {
    expect(fitTicks(forum, 50, 32)).toEqual([{ index: 0, anchor: 'start' }]);
  });
});
