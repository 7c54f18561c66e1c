// Keystroke → painted results in the real window, with a large generated glossary (default 100,000
// concepts). Separate from run.mjs because it needs its own app session on a pack that `./x test` should
// not have to generate; same driver set-up as run.mjs (tauri-driver → WebKitWebDriver, under Xvfb).
//
//   cargo run --release --example glossary_pack -- 100000 target/packs/gen-100k
//   xvfb-run -a -s "-screen 0 1280x800x24" node ui/e2e/latency.mjs target/packs/gen-100k
//   xvfb-run -a -s "-screen 0 1280x800x24" node ui/e2e/latency.mjs --release locales   # forum pack, release
//
// The app is target/debug/booth-app (what `./x test` builds), target/release/booth-app with `--release`
// (build it with `(cd ui && npm run build) && cargo build --release -p booth-app --features
// custom-protocol`), or BOOTH_APP.
//
// It types queries one key at a time, waiting for each keystroke's results to be painted (the glossary
// records the time from the input event to the frame after its results are in the DOM, and where it went,
// see ui/src/glossary/latency.ts), then prints p50/p95/p99/max, the median of each part, and writes
// screenshots/latency-<pack>.json. The wait for a keystroke's sample runs inside the page (one WebDriver
// call per keystroke), so the harness does not load the window's main thread while it measures.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeApp, harnessArgs, openApp, startDriver } from './driver.mjs';

const { app, pack, shots } = harnessArgs('target/packs/gen-100k');
const packName = pack.split('/').filter(Boolean).pop();

// As-you-type queries in both scripts: whole terms of the generated pack typed key by key, Korean initials,
// a half-typed syllable and typos.
const QUERIES = [
  'digital transformation',
  'sustainable development goal',
  'public service delivery',
  'cross-border collaborative',
  'sustianable developmnet',
  'dig trans',
  'SDG',
  '디지털 전환',
  '지속가능한 발전',
  '공공 서비스 제공',
  'ㄷㅈㅌ ㅈㅎ',
  'ㅈㅅㄱㄴㅎ',
  '정부가',
];


const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))];

let driver;
let browser;
let code = 1;
try {
  driver = await startDriver(4444);
  const started = Date.now();
  browser = await openApp(app, ['--pack', pack]);
  const search = await browser.$('[data-testid="glossary-search"]');
  await search.waitForDisplayed({ timeout: 300000 });
  const loadMs = Date.now() - started;
  // A big pack shows its agenda first and its glossary when loaded: type only once the glossary is there.
  await browser.waitUntil(async () => !(await browser.$('[data-testid="glossary-loading"]').isExisting()), {
    timeout: 300000,
    interval: 50,
  });
  const glossaryMs = Date.now() - started;
  const concepts = await browser.execute(() => document.querySelector('[data-testid="glossary-count"]')?.textContent ?? '');
  const samples = () => browser.execute(() => (window.__boothGlossaryLatency ?? []).length);
  let missed = 0;
  // LATENCY_PASSES=2 types the set twice in one session (the second pass with every glyph and word already
  // seen by the engine's caches).
  const passes = Math.max(1, Number(process.env.LATENCY_PASSES ?? 1) || 1);
  for (const q of Array.from({ length: passes }, () => QUERIES).flat()) {
    await search.click();
    await browser.keys(['Control', 'a']);
    await browser.keys(['Control']);
    await browser.keys(['Backspace']);
    // LATENCY_PAUSE: ms between clearing the box and the query's first key (the first key's cost does not
    // depend on it: 1,500 gives the same as 200).
    await browser.pause(Number(process.env.LATENCY_PAUSE ?? 200));
    for (const ch of Array.from(q)) {
      const before = await samples();
      await browser.keys([ch]);
      // Wait inside the page for this keystroke's sample (polling over WebDriver every few ms would itself
      // keep the page's main thread busy).
      const got = await browser.executeAsync((n, done) => {
        const end = performance.now() + 2000;
        const poll = () => {
          if ((window.__boothGlossaryLatency ?? []).length > n) done(true);
          else if (performance.now() > end) done(false);
          else setTimeout(poll, 10);
        };
        poll();
      }, before);
      if (!got) missed += 1; // reported: no sample within 2 s
    }
  }
  await browser.saveScreenshot(resolve(shots, `latency-${packName}.png`));
  const all = await browser.execute(() => window.__boothGlossaryLatency ?? []);
  // How many rows the last answer drew (the region's fill, not the 50 asked for).
  const rowsDrawn = await browser.execute(() => document.querySelectorAll('[data-testid="glossary-row"]').length);
  const ms = all.map((s) => s.ms).sort((a, b) => a - b);
  const median = (key) => {
    const v = all.map((s) => s[key]).filter((x) => typeof x === 'number').sort((a, b) => a - b);
    return v.length ? Math.round(pct(v, 0.5) * 10) / 10 : null;
  };
  const report = {
    app,
    pack,
    concepts: concepts.trim(),
    startupMs: loadMs,
    glossaryReadyMs: glossaryMs,
    keystrokes: passes * QUERIES.reduce((n, q) => n + Array.from(q).length, 0),
    samples: ms.length,
    rowsDrawn,
    missed,
    // How the results came: the synchronous search scheme, or the command it falls back to.
    via: all.reduce((n, s) => ({ ...n, [s.via ?? 'unknown']: (n[s.via ?? 'unknown'] ?? 0) + 1 }), {}),
    p50: pct(ms, 0.5),
    p95: pct(ms, 0.95),
    p99: pct(ms, 0.99),
    max: ms[ms.length - 1],
    // Medians of where the time went: input → search asked, the search command's round trip, the DOM
    // update of the first rows, the frame that paints them, and the part of that frame spent waiting for it
    // to begin.
    parts: { before: median('before'), ipc: median('ipc'), dom: median('dom'), frame: median('frame'), wait: median('wait') },
    slowest: [...all].sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
  console.log(JSON.stringify(report, null, 2));
  // Every sample, in typing order, in the file only.
  writeFileSync(resolve(shots, `latency-${packName}.json`), JSON.stringify({ ...report, all }, null, 2));
  code = ms.length ? 0 : 1;
} catch (e) {
  console.error('latency run failed:', e?.message ?? e);
} finally {
  await closeApp(browser, driver);
}
process.exit(code);
