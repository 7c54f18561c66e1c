// Shared by the agenda and booth-mode specs: the day timeline's time labels stand under the times they
// label. Measured in the window: a block's start is the left edge of its drawn block on the bar, the day's
// end the right edge of the last block. An inner label's centre must be within 3 px of its block's start,
// the first label's left edge at the day's start and the last label's right edge at its end; no two labels
// overlap, and all sit below the bar.
export async function checkTicks(browser, check, when) {
  const r = await browser.execute(() => {
    const fig = document.querySelector('[data-testid="timeline"]');
    const bar = fig.querySelector('svg').getBoundingClientRect();
    const blocks = [...fig.querySelectorAll('rect[data-block]')].map((el) => ({ id: el.getAttribute('data-block'), r: el.getBoundingClientRect() }));
    const labels = [...fig.querySelectorAll('[data-testid="timeline-tick"]')].map((el) => {
      const b = el.getBoundingClientRect();
      return { block: el.getAttribute('data-block'), anchor: el.getAttribute('data-anchor'), text: el.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width };
    });
    return { barBottom: bar.bottom, blocks: blocks.map((b) => ({ id: b.id, left: b.r.left, right: b.r.right })), labels };
  });
  const bad = [];
  const ends = r.blocks.length ? r.blocks[r.blocks.length - 1].right : NaN;
  for (const l of r.labels) {
    const block = r.blocks.find((b) => b.id === l.block);
    const [got, want] =
      l.anchor === 'middle' ? [(l.left + l.right) / 2, block?.left] : l.anchor === 'start' ? [l.left, block?.left] : [l.right, ends];
    if (!(Math.abs(got - want) <= 3) || !(l.width > 5)) bad.push(`${l.text} ${l.anchor} at ${got?.toFixed(1)} not ${want?.toFixed(1)}`);
    // (The glyph box includes the font's ascent, so its middle, not its top, must be below the bar.)
    if ((l.top + l.bottom) / 2 < r.barBottom) bad.push(`${l.text} overlaps the bar`);
  }
  const sorted = [...r.labels].sort((a, b) => a.left - b.left);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].left < sorted[i - 1].right) bad.push(`${sorted[i - 1].text} and ${sorted[i].text} overlap`);
  const first = r.labels[0];
  const last = r.labels[r.labels.length - 1];
  if (!first || first.block !== r.blocks[0]?.id) bad.push('the first block start is not labelled');
  if (!last || last.anchor !== 'end') bad.push('the day end is not labelled');
  check(
    `timeline labels stand under their times (${when})`,
    r.labels.length >= 2 && bad.length === 0,
    bad.length ? bad.join('; ') : r.labels.map((l) => `${l.text}@${Math.round(l.left)}–${Math.round(l.right)}`).join(' '),
  );
  return r.labels.length;
}
