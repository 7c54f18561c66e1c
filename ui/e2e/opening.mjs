// What the window shows while a big pack's glossary loads (issue 16): the agenda at once, and in the
// glossary region the step and, where it can be counted, how far it has got. Not part of the e2e suite (it
// needs a generated pack); run by hand and look at the screenshots:
//
//   cargo run --release --example glossary_pack -- 300000 target/packs/gen-300k
//   BOOTH_CACHE_DIR=$(mktemp -d) xvfb-run -a -s "-screen 0 1280x800x24" node ui/e2e/opening.mjs [--release] [PACK]
//
// With an empty cache folder the pack is parsed (the longest opening); the script samples the progress the
// page shows every 100 ms, takes `opening-en.png`, switches the UI to Korean, takes `opening-ko.png`, then
// switches back to English and waits for the glossary. It prints every distinct progress text seen.
import { resolve } from 'node:path';
import { closeApp, harnessArgs, openApp, startDriver } from './driver.mjs';

const { app, pack, shots } = harnessArgs('target/packs/gen-300k');

let driver;
let browser;
let code = 1;
try {
  driver = await startDriver(4444);
  const started = Date.now();
  browser = await openApp(app, ['--pack', pack]);
  await (await browser.$('[data-testid="glossary-search"]')).waitForDisplayed({ timeout: 300000 });
  const text = () => browser.execute(() => document.querySelector('[data-testid="glossary-opening"]')?.textContent?.trim() ?? null);
  const seen = [];
  const note = (t) => {
    if (t && seen[seen.length - 1]?.text !== t) seen.push({ ms: Date.now() - started, text: t });
  };
  // Wait for a counted step (a percentage) to show, then take the English screenshot.
  await browser.waitUntil(
    async () => {
      const t = await text();
      note(t);
      return t !== null && /\d+ ?%/.test(t);
    },
    { timeout: 300000, interval: 100 },
  );
  await browser.saveScreenshot(resolve(shots, 'opening-en.png'));
  await (await browser.$('[data-testid="ui-locale-ko"]')).click();
  await browser.waitUntil(async () => {
    const t = await text();
    note(t);
    return t === null || /[가-힣]/.test(t);
  }, { timeout: 10000, interval: 50 });
  await browser.saveScreenshot(resolve(shots, 'opening-ko.png'));
  await (await browser.$('[data-testid="ui-locale-en-US"]')).click();
  await browser.waitUntil(
    async () => {
      note(await text());
      return !(await browser.$('[data-testid="glossary-loading"]').isExisting());
    },
    { timeout: 300000, interval: 100 },
  );
  console.log(JSON.stringify({ pack, readyMs: Date.now() - started, seen }, null, 2));
  code = seen.length ? 0 : 1;
} catch (e) {
  console.error('opening run failed:', e?.message ?? e);
} finally {
  await closeApp(browser, driver);
}
process.exit(code);
